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
import Testing

/// `WireCanonical` decides which spellings of an answer are the same value (`spec/vectors.md`, "How answers are
/// compared"; `spec/protocol.md`, "Numbers on the wire"). Each row reads two texts as one wire type and says
/// whether their canonical forms are equal.
@Suite struct WireCanonicalTests {
  /// Two spellings read as `type`, and whether they must canonicalise to the same value.
  struct Pair: CustomTestStringConvertible, Sendable {
    let what: String
    let type: WireType
    let a: String
    let b: String
    let equal: Bool
    var testDescription: String { "\(what): \(a) \(equal ? "==" : "!=") \(b)" }
  }

  static let pairs: [Pair] = [
    // int64: a decimal string is canonical; a JSON integer literal is accepted on input.
    Pair(what: "int64 string and integer", type: .int64, a: #""5""#, b: "5", equal: true),
    Pair(what: "int64 leading zeros and plus", type: .int64, a: #""+0005""#, b: "5", equal: true),
    Pair(what: "int64 -0 is 0", type: .int64, a: #""-0""#, b: "0", equal: true),
    Pair(what: "int64 with 25 leading zeros", type: .int64, a: #""00000000000000000000000005""#, b: "5", equal: true),
    Pair(
      what: "int64 maximum after leading zeros", type: .int64, a: #""-0009223372036854775808""#,
      b: #""-9223372036854775808""#, equal: true),
    Pair(what: "int64 integer -0 is 0", type: .int64, a: "-0", b: #""0""#, equal: true),
    Pair(what: "int64 minimum", type: .int64, a: "-9223372036854775808", b: #""-9223372036854775808""#, equal: true),
    Pair(
      what: "int64 beyond 2^53 stays exact", type: .int64, a: "9007199254740993", b: #""9007199254740992""#,
      equal: false),
    Pair(what: "int64 different values", type: .int64, a: #""5""#, b: #""6""#, equal: false),
    // int: a JSON integer is canonical; a decimal string is accepted on input.
    Pair(what: "int integer and string", type: .int, a: "3", b: #""3""#, equal: true),
    Pair(what: "int -0 is 0", type: .int, a: "-0", b: "0", equal: true),
    Pair(what: "int different values", type: .int, a: "3", b: "4", equal: false),
    // JS numbers: compared by bit pattern, whatever the encoding.
    Pair(what: "js 0.5 both encodings", type: .jsValue, a: "0.5", b: #"{"f64":"0x3FE0000000000000"}"#, equal: true),
    Pair(what: "js 1 and 1.0 and 1e0", type: .jsValue, a: "1", b: "1e0", equal: true),
    Pair(what: "js 1 and 1.0", type: .jsValue, a: "1.0", b: "1", equal: true),
    Pair(what: "js -0 literal is -0", type: .jsValue, a: "-0", b: #"{"f64":"0x8000000000000000"}"#, equal: true),
    Pair(what: "js -0.0 literal is -0", type: .jsValue, a: "-0.0", b: #"{"f64":"0x8000000000000000"}"#, equal: true),
    Pair(what: "js -0 versus 0", type: .jsValue, a: "-0", b: "0", equal: false),
    Pair(what: "js -0 marker versus 0", type: .jsValue, a: #"{"f64":"0x8000000000000000"}"#, b: "0", equal: false),
    Pair(
      what: "js NaN payloads differ", type: .jsValue, a: #"{"f64":"0x7ff8000000000001"}"#,
      b: #"{"f64":"0x7ff8000000000000"}"#, equal: false),
    Pair(
      what: "js NaN sign differs", type: .jsValue, a: #"{"f64":"0xfff8000000000000"}"#,
      b: #"{"f64":"0x7ff8000000000000"}"#, equal: false),
    Pair(
      what: "js signalling NaN keeps its bits", type: .jsValue, a: #"{"f64":"0x7ff0000000000001"}"#,
      b: #"{"f64":"0x7ff8000000000001"}"#, equal: false),
    Pair(
      what: "js NaN hex case", type: .jsValue, a: #"{"f64":"0X7FF8000000000001"}"#,
      b: #"{"f64":"0x7ff8000000000001"}"#, equal: true),
    Pair(
      what: "js Infinity versus the largest double", type: .jsValue, a: #"{"f64":"0x7ff0000000000000"}"#,
      b: "1.7976931348623157e308", equal: false),
    Pair(what: "js \"5\" is a string, not 5", type: .jsValue, a: #""5""#, b: "5", equal: false),
    Pair(what: "js undefined versus null", type: .jsValue, a: #"{"undefined":true}"#, b: "null", equal: false),
    Pair(what: "js false versus 0", type: .jsValue, a: "false", b: "0", equal: false),
    // Markers are compared whole.
    Pair(what: "panic same text", type: .panicOr(.bool), a: #"{"panic":"x"}"#, b: #"{"panic":"x"}"#, equal: true),
    Pair(what: "panic other text", type: .panicOr(.bool), a: #"{"panic":"x"}"#, b: #"{"panic":"y"}"#, equal: false),
    Pair(what: "panic versus fatal", type: .panicOr(.bool), a: #"{"panic":"x"}"#, b: #"{"fatal":"x"}"#, equal: false),
    Pair(what: "panic versus a value", type: .panicOr(.bool), a: #"{"panic":"x"}"#, b: "true", equal: false),
    Pair(
      what: "panic versus an object result", type: .panicOr(.object([WireField("delayNs", .int64, "")])),
      a: #"{"panic":"x"}"#, b: #"{"delayNs":"1"}"#, equal: false),
    Pair(
      what: "a panic with an extra member is no marker",
      type: .panicOr(.object([WireField("panic", .string, ""), WireField("delayNs", .int64, "")])),
      a: #"{"panic":"x","delayNs":"1"}"#, b: #"{"panic":"x"}"#, equal: false),
    Pair(
      what: "throw", type: .throwOr(.jsValue), a: #"{"throw":"TypeError: x"}"#, b: #"{"throw":"TypeError: x"}"#,
      equal: true),
    Pair(what: "throw versus a value", type: .throwOr(.jsValue), a: #"{"throw":"TypeError: x"}"#, b: "1", equal: false),
    // Objects: members in schema order, unknown members dropped, absent members stay absent.
    Pair(
      what: "extra members are dropped", type: .object([WireField("draws", .int, "")]),
      a: #"{"draws":1,"extra":[1,2]}"#, b: #"{"draws":1}"#, equal: true),
    Pair(
      what: "member order does not matter",
      type: .object([WireField("draws", .int, ""), WireField("delayNs", .int64, "")]),
      a: #"{"delayNs":"7","draws":1}"#, b: #"{"draws":1,"delayNs":7}"#, equal: true),
    Pair(
      what: "a missing member stays missing",
      type: .object([WireField("draws", .int, ""), WireField("delayNs", .int64, "")]),
      a: #"{"draws":1}"#, b: #"{"draws":1,"delayNs":"7"}"#, equal: false),
    Pair(
      what: "null versus absent", type: .object([WireField("final", .nullable(.int), "")]),
      a: #"{"final":null}"#, b: "{}", equal: false),
    // Arrays: element by element, lengths included.
    Pair(what: "array elements canonicalised", type: .array(.int64), a: #"["1",2]"#, b: #"[1,"2"]"#, equal: true),
    Pair(what: "array lengths", type: .array(.int64), a: #"["1"]"#, b: #"["1","1"]"#, equal: false),
    Pair(what: "array of JS numbers", type: .array(.jsValue), a: "[-0]", b: "[0]", equal: false),
    // Nullable.
    Pair(what: "null versus a value", type: .nullable(.int64), a: "null", b: "0", equal: false),
    Pair(what: "null versus null", type: .nullable(.int64), a: "null", b: "null", equal: true),
  ]

  @Test(arguments: pairs)
  func canonicalFormsCompare(_ pair: Pair) throws {
    let a = try WireCanonical.canonicalize(JSONParser.parse(pair.a), as: pair.type)
    let b = try WireCanonical.canonicalize(JSONParser.parse(pair.b), as: pair.type)
    #expect((a == b) == pair.equal, "\(JSONWriter.encodeString(a)) vs \(JSONWriter.encodeString(b))")
  }

  /// A text that is not a value of `type`, and the path and words of the error.
  struct Malformed: CustomTestStringConvertible, Sendable {
    let type: WireType
    let text: String
    let path: String
    let reason: String
    var testDescription: String { "\(text) is not a value: \(reason)" }
  }

  static let malformed: [Malformed] = [
    Malformed(type: .int64, text: "5.0", path: "result", reason: "expected an integer within int64"),
    Malformed(type: .int64, text: "1e2", path: "result", reason: "expected an integer within int64"),
    Malformed(type: .int64, text: #""5.0""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(type: .int64, text: #"" 5""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(type: .int64, text: #""9223372036854775808""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(type: .int64, text: "9223372036854775808", path: "result", reason: "expected an integer within int64"),
    Malformed(
      type: .int64, text: #""18446744073709551616""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(
      type: .int64, text: #""99999999999999999999""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(
      type: .int64, text: #""-9223372036854775809""#, path: "result", reason: "expected a decimal int64 string"),
    Malformed(type: .int64, text: "true", path: "result", reason: "expected an int64 as a decimal string"),
    Malformed(type: .int, text: "3.5", path: "result", reason: "expected an integer within int64"),
    Malformed(
      type: .jsValue, text: #"{"f64":"0x7ff8"}"#, path: "result.f64", reason: "expected \"0x\" and 16 hex digits"),
    Malformed(type: .jsValue, text: #"{"f64":1}"#, path: "result.f64", reason: "expected \"0x\" and 16 hex digits"),
    Malformed(
      type: .jsValue, text: #"{"f64":"0x0000000000000000","x":1}"#, path: "result",
      reason: "objects are not JS values"),
    Malformed(type: .jsValue, text: #"{"undefined":false}"#, path: "result.undefined", reason: "expected true"),
    Malformed(type: .panicOr(.bool), text: #"{"panic":5}"#, path: "result.panic", reason: "expected a string"),
    Malformed(type: .panicOr(.bool), text: #"{"panic":"x","extra":1}"#, path: "result", reason: "expected a boolean"),
    Malformed(type: .throwOr(.jsValue), text: #"{"throw":null}"#, path: "result.throw", reason: "expected a string"),
    Malformed(
      type: .object([WireField("draws", .int, "")]), text: #"{"draws":"x"}"#, path: "result.draws",
      reason: "expected a decimal int64 string"),
    Malformed(type: .object([WireField("draws", .int, "")]), text: "[]", path: "result", reason: "expected an object"),
    Malformed(type: .array(.int), text: "[1,null]", path: "result[1]", reason: "expected an int64"),
    Malformed(type: .oneOf(["a", "b"]), text: #""c""#, path: "result", reason: "expected one of a, b"),
  ]

  @Test(arguments: malformed)
  func malformedValuesNameTheirPath(_ row: Malformed) throws {
    let json = try JSONParser.parse(row.text)
    do {
      let value = try WireCanonical.canonicalize(json, as: row.type)
      Issue.record("accepted as \(JSONWriter.encodeString(value))")
    } catch {
      #expect(error.pathText(root: "result") == row.path)
      #expect(error.reason.hasPrefix(row.reason), "\(error.reason)")
    }
  }

  @Test func intAndInt64HaveDifferentCanonicalForms() throws {
    // The same number is a JSON integer as a Go int and a decimal string as an int64 (spec/protocol.md).
    #expect(try WireCanonical.canonicalize(.string("5"), as: .int) == .number(JSONNumber(5)))
    #expect(try WireCanonical.canonicalize(.number(JSONNumber(5)), as: .int64) == .string("5"))
    #expect(try WireCanonical.canonicalize(.string("-0"), as: .int) == .number(JSONNumber(0)))
  }

  @Test func markersAreRecognisedOnlyWhole() throws {
    func object(_ text: String) throws -> JSONObject {
      guard case .object(let object) = try JSONParser.parse(text) else { throw InvalidValue("not an object") }
      return object
    }
    #expect(WireCanonical.markerKey(of: try object(#"{"panic":"x"}"#)) == "panic")
    #expect(WireCanonical.markerKey(of: try object(#"{"f64":"0x0000000000000000"}"#)) == "f64")
    #expect(WireCanonical.markerKey(of: try object(#"{"undefined":true}"#)) == "undefined")
    #expect(WireCanonical.markerKey(of: try object(#"{"panic":"x","f64":"y"}"#)) == nil)
    #expect(WireCanonical.markerKey(of: try object(#"{"draws":1}"#)) == nil)
    #expect(WireCanonical.markerKey(of: try object("{}")) == nil)
  }
}
