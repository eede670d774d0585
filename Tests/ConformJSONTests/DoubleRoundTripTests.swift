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
import ConformVectors
import Foundation
import Testing

/// (1) Doubles written by JSONWriter parse back bit-exactly, and the text equals JSONEncoder's.
@Suite struct DoubleRoundTripTests {
  /// 100,000 random finite bit patterns plus special values.
  static func sampleDoubles() -> [Double] {
    var rng = SplitMix64(state: 0x5EED_0001)
    var values: [Double] = [
      0, -0.0, 1, -1, 100, 1e-7, 1e21, 1e22, 1e16, 1e15, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
      .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNormalMagnitude,
      .leastNonzeroMagnitude, 0.1, 0.2, 0.30000000000000004, 123456.789,
      9007199254740992, 9007199254740994, 9007199254740991, -9007199254740992,
      4503599627370496.5, 0.5692038748222122, 1e-4, 1e-5, 0.0001234, 2.5, 1e300, 1e-300,
      9.223372036854776e18, -9.223372036854776e18, 1.8446744073709552e19,
    ]
    while values.count < 100_000 {
      let bits = rng.next()
      var d = Double(bitPattern: bits)
      switch bits % 4 {
      case 0: d = Double(bitPattern: bits)  // any exponent
      case 1: d = Double(bits >> 11) / Double(1 << 53)  // uniform [0, 1)
      case 2: d = Double(Int64(bitPattern: bits) >> Int64(bits & 63))  // integers of all sizes
      default: d = Double(bits >> 40) / 1000  // short decimals
      }
      if d.isFinite { values.append(d) }
    }
    return values
  }

  @Test func writerOutputParsesBackBitExactly() throws {
    for d in Self.sampleDoubles() {
      var w = JSONWriter()
      w.writeDouble(d)
      let text = String(decoding: w.bytes, as: UTF8.self)
      let parsed = try JSONParser.parse(w.bytes)
      guard case .number(let n) = parsed else {
        Issue.record("\(text) did not parse to a number")
        continue
      }
      #expect(n.double.bitPattern == d.bitPattern, "\(d) -> \(text) -> \(n.double)")
    }
  }

  @Test func writerTextEqualsJSONEncoderText() throws {
    let values = Self.sampleDoubles()
    let foundation = try JSONEncoder().encode(values)
    let ours = JSONWriter.encode(.array(values.map { .number(JSONNumber($0)) }))
    if Array(foundation) != ours {
      // Find the first differing number for a useful message.
      let a = String(decoding: foundation, as: UTF8.self).dropFirst().dropLast().split(separator: ",")
      let b = String(decoding: ours, as: UTF8.self).dropFirst().dropLast().split(separator: ",")
      let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
      Issue.record("JSONEncoder: \(i < a.count ? a[i] : "-") ours: \(i < b.count ? b[i] : "-") for \(values[i])")
    }
  }

  @Test func writerTextIsDescriptionWithoutTrailingPointZero() {
    for d in Self.sampleDoubles().prefix(20_000) {
      var expected = d.description
      if expected.hasSuffix(".0") { expected.removeLast(2) }
      var w = JSONWriter()
      w.writeDouble(d)
      #expect(String(decoding: w.bytes, as: UTF8.self) == expected)
    }
  }

  @Test(arguments: [
    (100.0, "100"), (1e-07, "1e-07"), (1e+21, "1e+21"), (.leastNonzeroMagnitude, "5e-324"), (-0.0, "-0"),
    (0.0, "0"), (0.1, "0.1"), (-1.5, "-1.5"), (1e16, "1e+16"), (123456789012.0, "123456789012"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (9007199254740992.0, "9007199254740992"),
  ])
  func knownDoubleTexts(value: Double, text: String) {
    var w = JSONWriter()
    w.writeDouble(value)
    #expect(String(decoding: w.bytes, as: UTF8.self) == text)
  }
}
