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

/// (4) Malformed documents are rejected with the right reason and offset.
@Suite struct MalformedInputTests {
  typealias R = JSONParseError.Reason

  static let cases: [(String, R, Int)] = [
    // Empty / whitespace / top level
    ("", .unexpectedEnd, 0),
    ("   ", .unexpectedEnd, 3),
    ("\u{FEFF}{}", .unexpectedByte(0xEF), 0),
    ("\u{0B}1", .unexpectedByte(0x0B), 0),  // vertical tab is not whitespace
    ("\u{0C}1", .unexpectedByte(0x0C), 0),  // form feed is not whitespace
    ("\u{A0}1", .unexpectedByte(0xC2), 0),  // NBSP is not whitespace
    ("1 2", .trailingData, 2),
    ("{} x", .trailingData, 3),
    ("[]]", .trailingData, 2),
    ("nullx", .trailingData, 4),
    ("\"a\"\"b\"", .trailingData, 3),
    // Literals
    ("tru", .unexpectedEnd, 3),
    ("trux", .unexpectedByte(UInt8(ascii: "x")), 3),
    ("True", .unexpectedByte(UInt8(ascii: "T")), 0),
    ("nul", .unexpectedEnd, 3),
    ("fals", .unexpectedEnd, 4),
    ("NaN", .unexpectedByte(UInt8(ascii: "N")), 0),
    ("Infinity", .unexpectedByte(UInt8(ascii: "I")), 0),
    ("undefined", .unexpectedByte(UInt8(ascii: "u")), 0),
    ("'a'", .unexpectedByte(UInt8(ascii: "'")), 0),
    // Comments
    ("// c\n1", .unexpectedByte(UInt8(ascii: "/")), 0),
    ("/* c */ 1", .unexpectedByte(UInt8(ascii: "/")), 0),
    ("[1 /* c */]", .unexpectedByte(UInt8(ascii: "/")), 3),
    // Numbers
    ("+1", .unexpectedByte(UInt8(ascii: "+")), 0),
    (".5", .unexpectedByte(UInt8(ascii: ".")), 0),
    ("01", .invalidNumber, 1),
    ("-01", .invalidNumber, 2),
    ("00", .invalidNumber, 1),
    ("1.", .invalidNumber, 2),
    ("1.e5", .invalidNumber, 2),
    ("1e", .invalidNumber, 2),
    ("1e+", .invalidNumber, 3),
    ("1E-x", .invalidNumber, 3),
    ("-", .invalidNumber, 1),
    ("- 1", .invalidNumber, 1),
    ("-a", .invalidNumber, 1),
    ("-Infinity", .invalidNumber, 1),
    ("-NaN", .invalidNumber, 1),
    ("0x10", .trailingData, 1),
    ("1.5.3", .trailingData, 3),
    ("[1.5.3]", .unexpectedByte(UInt8(ascii: ".")), 4),
    ("[01]", .invalidNumber, 2),
    ("1e400", .numberOutOfRange, 0),
    ("[-1e400]", .numberOutOfRange, 1),
    // Arrays
    ("[", .unexpectedEnd, 1),
    ("[1", .unexpectedEnd, 2),
    ("[1,", .unexpectedEnd, 3),
    ("[1,]", .unexpectedByte(UInt8(ascii: "]")), 3),
    ("[,1]", .unexpectedByte(UInt8(ascii: ",")), 1),
    ("[1 2]", .unexpectedByte(UInt8(ascii: "2")), 3),
    ("[1;2]", .unexpectedByte(UInt8(ascii: ";")), 2),
    ("]", .unexpectedByte(UInt8(ascii: "]")), 0),
    ("[}", .unexpectedByte(UInt8(ascii: "}")), 1),
    // Objects
    ("{", .unexpectedEnd, 1),
    ("{\"a\"", .unexpectedEnd, 4),
    ("{\"a\":", .unexpectedEnd, 5),
    ("{\"a\":1", .unexpectedEnd, 6),
    ("{\"a\":1,}", .unexpectedByte(UInt8(ascii: "}")), 7),
    ("{\"a\" 1}", .unexpectedByte(UInt8(ascii: "1")), 5),
    ("{a:1}", .unexpectedByte(UInt8(ascii: "a")), 1),
    ("{'a':1}", .unexpectedByte(UInt8(ascii: "'")), 1),
    ("{1:1}", .unexpectedByte(UInt8(ascii: "1")), 1),
    ("{\"a\":1 \"b\":2}", .unexpectedByte(UInt8(ascii: "\"")), 7),
    ("{\"a\"=1}", .unexpectedByte(UInt8(ascii: "=")), 4),
    ("{,}", .unexpectedByte(UInt8(ascii: ",")), 1),
    ("{\"a\":1]", .unexpectedByte(UInt8(ascii: "]")), 6),
    // Strings
    ("\"abc", .unexpectedEnd, 4),
    ("\"abc\\", .unexpectedEnd, 5),
    ("\"\\x\"", .invalidEscape, 1),
    ("\"\\a\"", .invalidEscape, 1),
    ("\"\\'\"", .invalidEscape, 1),
    ("\"\\U0041\"", .invalidEscape, 1),
    ("\"\\u12G4\"", .invalidEscape, 1),
    ("\"\\u12\"", .invalidEscape, 1),
    ("\"\\u12", .unexpectedEnd, 5),
    ("\"ab\\u00", .unexpectedEnd, 7),
    ("\"\\uD800\\u12x4\"", .invalidEscape, 7),
    ("\"a\tb\"", .controlCharacterInString, 2),
    ("\"a\nb\"", .controlCharacterInString, 2),
    ("\"\u{0}\"", .controlCharacterInString, 1),
    ("\"\u{1F}\"", .controlCharacterInString, 1),
    ("[\"abcdefghijklmnop\u{1}\"]", .controlCharacterInString, 18),
    ("\"0123456789abcdef", .unexpectedEnd, 17),
  ]

  @Test func malformedTable() {
    for (input, reason, offset) in Self.cases {
      let error = parseError(input)
      #expect(
        error == JSONParseError(offset: offset, reason: reason),
        "\(input.debugDescription): got \(String(describing: error))")
    }
  }

  @Test func allEntryPointsAgree() throws {
    for (input, _, _) in Self.cases {
      let bytes = Array(input.utf8)
      let a = parseError(input)
      let b = parseError(bytes: bytes)
      let c: JSONParseError? = bytes.withUnsafeBytes { raw in
        do throws(JSONParseError) {
          _ = try JSONParser.parse(raw)
          return nil
        } catch {
          return error
        }
      }
      #expect(a == b && b == c)
    }
    #expect(throws: JSONParseError(offset: 0, reason: .unexpectedEnd)) {
      try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
    }
  }

  @Test func descriptions() {
    #expect(
      JSONParseError(offset: 12, reason: .unexpectedByte(0x7D)).description == "unexpected byte 0x7d at offset 12")
    #expect(JSONParseError(offset: 3, reason: .unexpectedEnd).description == "unexpected end of input at offset 3")
    #expect(JSONParseError(offset: 1, reason: .invalidUTF8).description == "invalid utf-8 at offset 1")
    #expect(JSONParseError(offset: 1, reason: .invalidEscape).description == "invalid escape at offset 1")
    #expect(JSONParseError(offset: 1, reason: .invalidNumber).description == "invalid number at offset 1")
    #expect(JSONParseError(offset: 0, reason: .numberOutOfRange).description == "number out of range at offset 0")
    #expect(
      JSONParseError(offset: 2, reason: .controlCharacterInString).description
        == "control character in string at offset 2")
    #expect(
      JSONParseError(offset: 128, reason: .tooDeep(limit: 128)).description == "nesting deeper than 128 at offset 128")
    #expect(JSONParseError(offset: 4, reason: .trailingData).description == "trailing data at offset 4")
    #expect(JSONParseError(offset: 0, reason: .unexpectedByte(0x0A)).description == "unexpected byte 0x0a at offset 0")
  }

  @Test func validDocumentsParse() throws {
    let valid: [(String, JSON)] = [
      ("null", .null), ("true", .bool(true)), ("false", .bool(false)), (" \t\r\n1 \t\r\n", .number(JSONNumber(1))),
      ("\"\"", .string("")), ("[]", .array([])), ("{}", .object(JSONObject())),
      ("[ ]", .array([])), ("{ }", .object(JSONObject())),
      ("[null,true,false]", .array([.null, .bool(true), .bool(false)])),
      (
        "{\"a\":[1,{\"b\":null}]}",
        .object(
          JSONObject([
            .init(
              key: "a", value: .array([.number(JSONNumber(1)), .object(JSONObject([.init(key: "b", value: .null)]))]))
          ]))
      ),
      ("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", .string("\"\\/\u{8}\u{C}\n\r\t")),
      ("\"\\u0041\\u00e9\\u00E9\\u20AC\\uD83D\\uDE00\\u0000\"", .string("Aéé€😀\u{0}")),
      ("\"é€😀 raw\"", .string("é€😀 raw")),
      ("-0.0e+1", .number(JSONNumber(-0.0))),
      ("1E2", .number(JSONNumber(100.0))),
      (
        "[1e-2,1E+2,0.5,-0.5]",
        .array([
          .number(JSONNumber(0.01)), .number(JSONNumber(100.0)), .number(JSONNumber(0.5)), .number(JSONNumber(-0.5)),
        ])
      ),
    ]
    for (text, expected) in valid {
      #expect(try JSONParser.parse(text) == expected, "\(text)")
    }
  }
}
