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
import Testing

/// (7) Objects keep order and duplicates; lookup returns the last member with byte-equal key.
@Suite struct ObjectTests {
  @Test func duplicateKeysSubscriptReturnsLast() throws {
    let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3,"a":{"x":true}}"#)
    guard case .object(let o) = value else {
      Issue.record("not an object")
      return
    }
    #expect(o.members.count == 4)
    #expect(o.members.map(\.key) == ["a", "b", "a", "a"])
    #expect(o["a"] == .object(JSONObject([.init(key: "x", value: .bool(true))])))
    #expect(o["b"] == .number(JSONNumber(2)))
    #expect(o["c"] == nil)
    #expect(value["a"]?["x"] == .bool(true))
  }

  @Test func setReplacesTheLastMemberInPlaceOrAppends() throws {
    guard case .object(var o) = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#) else {
      Issue.record("not an object")
      return
    }
    o.set("a", .bool(true))
    o.set("c", .null)
    #expect(o.members.map(\.key) == ["a", "b", "a", "c"])
    #expect(o.members.map(\.value) == [.number(JSONNumber(1)), .number(JSONNumber(2)), .bool(true), .null])
  }

  @Test func keysCompareByBytesNotCanonicalEquivalence() throws {
    // "é" precomposed (U+00E9) and decomposed (e + U+0301) are == as Swift Strings.
    let precomposed = "\u{E9}"
    let decomposed = "e\u{301}"
    #expect(precomposed == decomposed)
    let value = try JSONParser.parse("{\"\(decomposed)\":1}")
    #expect(value[decomposed] == .number(JSONNumber(1)))
    #expect(value[precomposed] == nil)
    #expect(JSON.string(precomposed) != JSON.string(decomposed))

    var o = JSONObject()
    o.append(precomposed, .number(JSONNumber(1)))
    o.append(decomposed, .number(JSONNumber(2)))
    #expect(o[precomposed] == .number(JSONNumber(1)))
    #expect(o[decomposed] == .number(JSONNumber(2)))
    #expect(JSONObject([.init(key: precomposed, value: .null)]) != JSONObject([.init(key: decomposed, value: .null)]))
  }

  @Test func appendKeepsOrderAndDuplicates() {
    var o = JSONObject()
    o.append("z", .null)
    o.append("a", .bool(false))
    o.append("z", .bool(true))
    #expect(o.members.map(\.key) == ["z", "a", "z"])
    #expect(o["z"] == .bool(true))
    #expect(o.count == 3)
  }

  @Test func longAndEmptyKeys() throws {
    let long = String(repeating: "k", count: 100)
    let value = try JSONParser.parse("{\"\":0,\"\(long)\":1,\"\(long)x\":2}")
    #expect(value[""] == .number(JSONNumber(0)))
    #expect(value[long] == .number(JSONNumber(1)))
    #expect(value[long + "x"] == .number(JSONNumber(2)))
    #expect(value[String(long.dropLast())] == nil)
  }

  @Test func accessors() throws {
    let v = try JSONParser.parse(#"{"s":"x","n":-2,"d":1.5,"b":true,"a":[null],"o":{}}"#)
    #expect(v["s"]?.stringValue == "x")
    #expect(v["n"]?.int64Value == -2)
    #expect(v["d"]?.doubleValue == 1.5)
    #expect(v["d"]?.int64Value == nil)
    #expect(v["b"]?.boolValue == true)
    #expect(v["a"]?.arrayValue == [.null])
    #expect(v["a"]?.arrayValue?.first?.isNull == true)
    #expect(v["o"]?.objectValue == JSONObject())
    #expect(v["s"]?.numberValue == nil)
    #expect(JSON.null["x"] == nil)
  }
}
