//===----------------------------------------------------------------------===//
//
// This source file is part of the swift-retry-conformance open source project
//
// Licensed under Apache License v2.0
// See LICENSE.txt for license information
//
// SPDX-License-Identifier: Apache-2.0
//
//===----------------------------------------------------------------------===//

import ConformJSON
import ConformTestSupport
import ConformVectors
import Testing

/// (5) Strings must be well-formed UTF-8.
@Suite struct UTF8ValidationTests {
  /// `"` + bytes + `"`.
  static func quoted(_ bytes: [UInt8]) -> [UInt8] { [0x22] + bytes + [0x22] }

  static let invalid: [[UInt8]] = [
    [0x80], [0xBF], [0x80, 0x80],  // stray continuation bytes
    [0xC0, 0x80], [0xC1, 0xBF],  // overlong 2-byte
    [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],  // overlong 3-byte
    [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],  // overlong 4-byte
    [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xAD, 0xBF, 0xED, 0xB0, 0x80],  // UTF-8 encoded surrogates
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF7, 0xBF, 0xBF, 0xBF],  // > U+10FFFF
    [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], [0xFE], [0xFF],
    [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98],  // truncated before the closing quote
    [0xC2, 0x41], [0xE2, 0x41, 0x82], [0xF0, 0x9F, 0x41, 0x80],  // bad continuation
    [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xC3],  // after a SWAR block
  ]

  @Test func invalidSequencesAreRejected() {
    for seq in Self.invalid {
      let doc = Self.quoted(seq)
      let error = parseError(bytes: doc)
      let first = seq.firstIndex(where: { $0 >= 0x80 })!
      #expect(
        error == JSONParseError(offset: 1 + first, reason: .invalidUTF8),
        "\(Hex.string(seq)): \(String(describing: error))")
      // Also as an object key and inside an array.
      #expect(parseError(bytes: Array("{".utf8) + doc + Array(":1}".utf8))?.reason == .invalidUTF8)
      #expect(parseError(bytes: Array("[1,".utf8) + doc + Array("]".utf8))?.reason == .invalidUTF8)
      // And in a string that also has escapes.
      #expect(parseError(bytes: [0x22, 0x5C, 0x6E] + seq + [0x22])?.reason == .invalidUTF8)
    }
  }

  @Test func truncatedAtEndOfInput() {
    for seq: [UInt8] in [[0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98]] {
      #expect(parseError(bytes: [0x22] + seq) == JSONParseError(offset: 1, reason: .invalidUTF8))
    }
  }

  static let valid: [([UInt8], String)] = [
    ([0xC2, 0x80], "\u{80}"), ([0xDF, 0xBF], "\u{7FF}"), ([0xE0, 0xA0, 0x80], "\u{800}"),
    ([0xED, 0x9F, 0xBF], "\u{D7FF}"), ([0xEE, 0x80, 0x80], "\u{E000}"), ([0xEF, 0xBF, 0xBF], "\u{FFFF}"),
    ([0xEF, 0xBB, 0xBF], "\u{FEFF}"), ([0xF0, 0x90, 0x80, 0x80], "\u{10000}"),
    ([0xF4, 0x8F, 0xBF, 0xBF], "\u{10FFFF}"), ([0xF0, 0x9F, 0x98, 0x80], "😀"),
    ([0x7F], "\u{7F}"),
  ]

  @Test func boundaryScalarsAreAccepted() throws {
    for (seq, expected) in Self.valid {
      let value = try JSONParser.parse(Self.quoted(seq))
      #expect(value == .string(expected), "\(Hex.string(seq))")
    }
  }

  /// Random byte strings: accepted exactly when the standard library's validator accepts them.
  @Test func randomBytesAgreeWithStdlibValidation() {
    var rng = SplitMix64(state: 0x5EED_0006)
    var accepted = 0
    for _ in 0..<50_000 {
      let length = Int(rng.next() % 24)
      var bytes: [UInt8] = []
      for _ in 0..<length {
        var b = UInt8(truncatingIfNeeded: rng.next())
        if rng.next() % 3 == 0 { b = 0x41 + UInt8(rng.next() % 26) }
        if b < 0x20 || b == 0x22 || b == 0x5C { b = 0x61 }
        bytes.append(b)
      }
      let stdlib = String(validating: bytes, as: UTF8.self)
      switch parseResult(bytes: Self.quoted(bytes)) {
      case .success(.string(let s)):
        accepted += 1
        #expect(stdlib != nil && Array(s.utf8) == bytes, "\(Hex.string(bytes))")
      case .failure(let e):
        #expect(stdlib == nil && e.reason == .invalidUTF8, "\(Hex.string(bytes)): \(e)")
      default:
        Issue.record("not a string")
      }
    }
    #expect(accepted > 1_000)
  }
}
