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
import ConformProtocol
import GoErrorModel
import GoV1Retry
import JSV2Retry
import JSValueModel
import Testing

/// Decoding with paths, the JS value encoding, and canonical forms.
@Suite struct WireTests {
  static func json(_ text: String) throws -> JSON { try JSONParser.parse(text) }

  @Test func jsValuesInBothNumberEncodings() throws {
    #expect(try JSWire.value(Self.json("0.5")) == .number(0.5))
    #expect(try JSWire.value(Self.json(#"{"f64":"0x3FE0000000000000"}"#)) == .number(0.5))
    #expect(try JSWire.value(Self.json(#"{"undefined":true}"#)) == .undefined)
    #expect(throws: InvalidValue.self) { try JSWire.value(Self.json(#"{"f64":"0x3fe"}"#)) }
    #expect(throws: InvalidValue.self) { try JSWire.value(Self.json("[1]")) }
    #expect(JSEncode.value(.number(-0.0)) == (try Self.json(#"{"f64":"0x8000000000000000"}"#)))
    #expect(JSEncode.value(.number(.nan)) == (try Self.json(#"{"f64":"0x7ff8000000000000"}"#)))
    #expect(JSEncode.value(.number(3)) == .number(JSONNumber(3.0)))
  }

  /// Int64 strings are read eight digits at a time (`Wire.eightDigits`): every length up to 24, with a sign or
  /// not, each position holding a byte just outside `0...9` or a digit, and the values around the limits agree
  /// with Swift's `Int64(_:)`.
  @Test func int64StringsAgreeWithSwiftsParser() throws {
    func wire(_ text: String) -> Int64? { try? Wire.int64(.string(text)) }
    var texts = [
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "9999999999999999999", "10000000000000000000", "18446744073709551615", "18446744073709551616",
      "+0", "-0", "0000000000000000000009223372036854775807", "0000000000000000000000000000000000000001",
    ]
    for length in 1...24 {
      let digits = String((0..<length).map { Character(String(($0 * 7 + length) % 10)) })
      for sign in ["", "-", "+"] {
        texts.append(sign + digits)
        for position in 0..<length {
          for replacement in ["/", ":", "0", "9", " ", "a", "\u{7F}"] {
            var bytes = Array(digits.utf8)
            bytes[position] = Array(replacement.utf8)[0]
            texts.append(sign + String(decoding: bytes, as: UTF8.self))
          }
        }
      }
    }
    for text in texts { #expect(wire(text) == Int64(text), "\(text)") }
  }

  @Test func int64AcceptsStringsAndIntegerLiterals() throws {
    #expect(try Wire.int64(Self.json(#""-9223372036854775808""#)) == Int64.min)
    #expect(try Wire.int64(Self.json("9223372036854775807")) == Int64.max)
    #expect(throws: InvalidValue.self) { try Wire.int64(Self.json(#""9223372036854775808""#)) }
    #expect(throws: InvalidValue.self) { try Wire.int64(Self.json("1.5")) }
    #expect(throws: InvalidValue.self) { try GoWire.random(Self.json(#"["-1"]"#)) }
  }

  @Test func nestedErrorsReportTheirPath() throws {
    let tree = try Self.json(
      #"{"type":"awserr","code":"X","orig":[{"type":"errors.New","text":"a"},{"type":"url.Error","err":{"type":"net.OpError","source":{"ip":"300.1.1.1","port":1}}}]}"#
    )
    do {
      _ = try GoWire.goError(tree, depthLimit: 32)
      Issue.record("accepted an invalid IP")
    } catch {
      #expect(error.pathText(root: "params.error") == "params.error.orig[1].err.source.ip")
    }
  }

  @Test func canonicalisationComparesValuesNotSpellings() throws {
    let type = WireType.object([
      WireField("delay", .jsValue, ""), WireField("delayNs", .int64, ""), WireField("draws", .int, ""),
    ])
    let a = try WireCanonical.canonicalize(
      Self.json(#"{"delay":0.5,"delayNs":"0012","draws":"3","extra":1}"#), as: type)
    let b = try WireCanonical.canonicalize(
      Self.json(#"{"delay":{"f64":"0x3fe0000000000000"},"delayNs":12,"draws":3}"#), as: type)
    #expect(a == b)
    let c = try WireCanonical.canonicalize(
      Self.json(#"{"delay":{"f64":"0x3fe0000000000001"},"delayNs":12,"draws":3}"#), as: type)
    #expect(a != c)
  }

  @Test func everyMethodHasADescribedResult() {
    for method in ConformMethods.all {
      #expect(!method.summary.isEmpty, "\(method.name)")
      if method.profile != nil {
        guard case .object(let fields) = method.result else {
          Issue.record("\(method.name) result is not an object type")
          continue
        }
        #expect(fields.allSatisfy { !$0.summary.isEmpty }, "\(method.name)")
      }
    }
  }
}
