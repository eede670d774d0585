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

/// (10) Writer escaping matches JSONEncoder; layout, key order and raw fragments.
@Suite struct WriterTests {
  static func foundationText(_ s: String) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return String(decoding: try encoder.encode([s]), as: UTF8.self)
  }

  static func ourText(_ s: String) -> String {
    var w = JSONWriter()
    w.writeRaw("[")
    w.writeString(s)
    w.writeRaw("]")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  static let alphabet: [Unicode.Scalar] = {
    var scalars: [Unicode.Scalar] = (0..<0x20).map { Unicode.Scalar(UInt8($0)) }
    scalars += [
      "\"", "\\", "/", "a", "Z", " ", "~", "\u{7F}", "\u{80}", "\u{E9}", "\u{7FF}", "\u{800}",
      "\u{2028}", "\u{2029}", "\u{20AC}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "\u{1F600}", "\u{10FFFF}",
      "\u{301}",
    ]
    return scalars
  }()

  @Test func randomStringsEscapeLikeJSONEncoder() throws {
    var rng = SplitMix64(state: 0x5EED_000A)
    for i in 0..<20_000 {
      var s = String.UnicodeScalarView()
      let length = Int(rng.next() % (i % 10 == 0 ? 200 : 20))
      for _ in 0..<length {
        if rng.next() % 3 == 0 {
          s.append(Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))])
        } else if let scalar = Unicode.Scalar(UInt32(rng.next() % 0x11_0000)) {
          s.append(scalar)
        } else {
          s.append("x")
        }
      }
      let string = String(s)
      let ours = Self.ourText(string)
      #expect(ours == (try Self.foundationText(string)), "\(string.debugDescription)")
      // And it parses back to the same bytes.
      let back = try JSONParser.parse(ours)
      #expect(back == .array([.string(string)]))
    }
  }

  @Test func everyControlCharacter() throws {
    for b in 0..<0x20 {
      let s = String(Unicode.Scalar(UInt8(b)))
      #expect(Self.ourText(s) == (try Self.foundationText(s)))
    }
    #expect(Self.ourText("\u{1}\u{1F}\u{8}\u{C}\n\r\t\"\\/") == #"["\u0001\u001f\b\f\n\r\t\"\\/"]"#)
    #expect(Self.ourText("é😀\u{2028}") == "[\"é😀\u{2028}\"]")
    #expect(Self.ourText("") == "[\"\"]")
  }

  @Test func longStringsWithAndWithoutEscapes() throws {
    let plain = String(repeating: "abcdefgh", count: 5000)
    #expect(Self.ourText(plain) == "[\"\(plain)\"]")
    let mixed = String(repeating: "ab\"c\\d\ne\u{1}", count: 3000)
    #expect(Self.ourText(mixed) == (try Self.foundationText(mixed)))
    // Bridged/non-contiguous Strings take the copying path.
    let sub = Substring(plain).dropFirst(3)
    #expect(Self.ourText(String(sub)) == "[\"\(sub)\"]")
  }

  @Test func compactObjectsSortKeysByUTF8BytesStably() {
    let object = JSON.object(
      JSONObject([
        .init(key: "b", value: .number(JSONNumber(1))),
        .init(key: "a", value: .number(JSONNumber(2))),
        .init(key: "é", value: .null),
        .init(key: "Z", value: .null),
        .init(key: "a", value: .number(JSONNumber(3))),
        .init(key: "aa", value: .bool(true)),
        .init(key: "", value: .string("empty")),
        .init(key: "a\u{0}", value: .null),
        .init(key: "abcdefghij", value: .null),
        .init(key: "abcdefghi", value: .null),
        .init(key: "\u{1F600}", value: .null),
        .init(key: "\u{FFFF}", value: .null),
      ]))
    #expect(
      encodeText(object)
        == #"{"":"empty","Z":null,"a":2,"a":3,"a\u0000":null,"aa":true,"abcdefghi":null,"abcdefghij":null,"b":1,"é":null,"￿":null,"😀":null}"#
    )
  }

  @Test func largeObjectsSortStably() throws {
    var rng = SplitMix64(state: 0x5EED_000B)
    var members: [JSONObject.Member] = []
    for i in 0..<500 {
      let key = "k" + String(rng.next() % 50)
      members.append(.init(key: key, value: .number(JSONNumber(Int64(i)))))
    }
    let text = JSONWriter.encode(.object(JSONObject(members)))
    guard case .object(let back) = try JSONParser.parse(text) else {
      Issue.record("not an object")
      return
    }
    let expected = members.enumerated().sorted { a, b in
      let (x, y) = (Array(a.element.key.utf8), Array(b.element.key.utf8))
      return x == y ? a.offset < b.offset : x.lexicographicallyPrecedes(y)
    }.map(\.element)
    #expect(back.members == expected)
  }

  @Test func prettyLayout() {
    let value = JSON.object(
      JSONObject([
        .init(key: "b", value: .array([.number(JSONNumber(1)), .number(JSONNumber(2.5))])),
        .init(key: "a", value: .array([])),
        .init(key: "c", value: .object(JSONObject())),
        .init(key: "d", value: .object(JSONObject([.init(key: "x", value: .string("y\n"))]))),
      ]))
    var w = JSONWriter()
    w.writePretty(value)
    #expect(
      String(decoding: w.bytes, as: UTF8.self) == """
        {
          "a": [],
          "b": [
            1,
            2.5
          ],
          "c": {},
          "d": {
            "x": "y\\n"
          }
        }
        """)
    var w4 = JSONWriter()
    w4.writePretty(.array([.null, .array([.bool(true)])]), indent: 4)
    #expect(String(decoding: w4.bytes, as: UTF8.self) == "[\n    null,\n    [\n        true\n    ]\n]")
    var scalar = JSONWriter()
    scalar.writePretty(.string("s"))
    #expect(scalar.bytes == Array("\"s\"".utf8))
  }

  @Test func compactLayoutAndNumbers() {
    let value = JSON.array([
      .null, .bool(true), .bool(false), .number(JSONNumber(-0.0)), .number(JSONNumber(Int64.min)),
      .number(JSONNumber(1e21)), .number(JSONNumber(100.0)), .string("x"), .array([]), .object(JSONObject()),
    ])
    #expect(encodeText(value) == #"[null,true,false,-0,-9223372036854775808,1e+21,100,"x",[],{}]"#)
  }

  @Test func parsedNumbersKeepTheirIntegerForm() throws {
    #expect(
      encodeText(try JSONParser.parse("[12345678901234567890, 9007199254740993, 1.0, 1e2, -0]"))
        == "[1.2345678901234567e+19,9007199254740993,1,100,-0]")
    // "-0" keeps its sign: int64 0 with double -0.0 is written as the integer literal "-0".
    #expect(encodeText(.number(JSONNumber(double: -0.0, int64: 0))) == "-0")
    #expect(encodeText(.number(JSONNumber(Int64(0)))) == "0")
  }

  @Test func handWrittenFragments() {
    var w = JSONWriter(reservingCapacity: 8)
    w.writeRaw(#"{"jsonrpc":"2.0","id":"#)
    w.writeInt(17)
    w.writeRaw(#","result":"#)
    w.writeDouble(0.25)
    w.writeRaw(",\"s\":")
    w.writeString("a\"b")
    w.writeRaw(",\"n\":")
    w.writeNumber(JSONNumber(Int64(-3)))
    w.writeRaw(",\"v\":")
    w.write(.array([.number(JSONNumber(1.5))]))
    w.writeRaw("}")
    let raw: [UInt8] = Array(" ".utf8)
    raw.withUnsafeBytes { w.writeRawBytes($0) }
    #expect(
      String(decoding: w.bytes, as: UTF8.self)
        == #"{"jsonrpc":"2.0","id":17,"result":0.25,"s":"a\"b","n":-3,"v":[1.5]} "#)
    let single: StaticString = "x"  // a one-scalar StaticString literal
    w.bytes.removeAll()
    w.writeRaw(single)
    #expect(w.bytes == [UInt8(ascii: "x")])
  }

  @Test func writerAppendsToExistingBytesAndOverflowRetry() throws {
    // Tiny capacity forces the reservation retry path; big capacity takes the fast path.
    let doc = try JSONParser.parse(MutationFuzzTests.corpus[2])
    let expected = JSONWriter.encode(doc)
    for capacity in [0, 1, 63, 64, 65, 100, 4096] {
      var w = JSONWriter(reservingCapacity: capacity)
      w.writeRaw("xx")
      w.write(doc)
      #expect(w.bytes == Array("xx".utf8) + expected, "capacity \(capacity)")
      var p = JSONWriter(reservingCapacity: capacity)
      p.writePretty(doc)
      #expect(JSONWriter.encode(try JSONParser.parse(p.bytes)) == expected)
    }
  }

  @Test func jsonEqualityIsStructural() {
    #expect(JSON.array([.null]) != JSON.array([.null, .null]))
    #expect(JSON.bool(true) != JSON.null)
    #expect(JSON.number(JSONNumber(1)) != JSON.number(JSONNumber(1.0)))
    #expect(
      JSON.object(JSONObject([.init(key: "a", value: .null), .init(key: "b", value: .null)]))
        != JSON.object(JSONObject([.init(key: "b", value: .null), .init(key: "a", value: .null)])))
  }
}
