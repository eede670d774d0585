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

/// (6) Surrogate escapes: pairs combine; a string with a lone half is `.utf16String` (JavaScript's code units),
/// whose `stringValue` has U+FFFD for each lone half (as Go's encoding/json decodes it).
@Suite struct SurrogateEscapeTests {
  static let cases: [(String, String)] = [
    (#""\uD83D\uDE00""#, "😀"),
    (#""\ud83d\ude00""#, "😀"),
    (#""\uDBFF\uDFFF""#, "\u{10FFFF}"),
    (#""\uD800\uDC00""#, "\u{10000}"),
    (#""\uD800""#, "\u{FFFD}"),
    (#""\uDC00""#, "\u{FFFD}"),
    (#""\uDFFF""#, "\u{FFFD}"),
    (#""a\uD800b""#, "a\u{FFFD}b"),
    (#""\uD800\u0041""#, "\u{FFFD}A"),  // high + non-surrogate: both kept
    (#""\uD800\uD800\uDC00""#, "\u{FFFD}\u{10000}"),  // high + valid pair
    (#""\uDC00\uD800""#, "\u{FFFD}\u{FFFD}"),  // reversed pair
    (#""\uD800\n""#, "\u{FFFD}\n"),
    (#""\uD800\\uDC00""#, "\u{FFFD}\\uDC00"),  // escaped backslash: not a \u escape
    (#""\uD800\uDBFF\uDFFF""#, "\u{FFFD}\u{10FFFF}"),
    (#""\uDE00\uD83D""#, "\u{FFFD}\u{FFFD}"),
  ]

  @Test func surrogateHandling() throws {
    for (input, expected) in Self.cases {
      let value = try JSONParser.parse(input)
      #expect(value.stringValue == expected, "\(input)")
      // Well-formed strings stay `.string`; the others are exactly the code units JavaScript's JSON.parse gives.
      #expect((value == .string(expected)) == !expected.unicodeScalars.contains("\u{FFFD}"), "\(input)")
    }
  }

  /// The code units of each lone-surrogate case, as Node's `JSON.parse` gives them, and the text the writer
  /// gives back (`JSON.stringify`'s: lone surrogates as lower-case escapes, everything else as `.string`).
  static let loneCases: [(String, [UInt16], String)] = [
    (#""\uD800""#, [0xD800], #""\ud800""#),
    (#""a\uDC00b""#, [0x61, 0xDC00, 0x62], #""a\udc00b""#),
    (#""\uD800\u0041""#, [0xD800, 0x41], #""\ud800A""#),
    (#""\uD800\uD800\uDC00""#, [0xD800, 0xD800, 0xDC00], #""\ud800𐀀""#),
    (#""\uDC00\uD800""#, [0xDC00, 0xD800], #""\udc00\ud800""#),
    (#""\uD800\n\"\\\/\u0001é""#, [0xD800, 0x0A, 0x22, 0x5C, 0x2F, 0x01, 0xE9], #""\ud800\n\"\\/\u0001é""#),
    (#""😀\uDE00""#, [0xD83D, 0xDE00, 0xDE00], #""😀\ude00""#),
  ]

  @Test func loneSurrogatesRoundTrip() throws {
    for (input, units, written) in Self.loneCases {
      let value = try JSONParser.parse(input)
      #expect(value == .utf16String(units), "\(input)")
      #expect(value.utf16Value == units, "\(input)")
      #expect(JSONWriter.encodeString(value) == written, "\(input)")
      #expect(try JSONParser.parse(written) == value, "\(input)")
      // In containers too, and pretty-printed.
      let nested = try JSONParser.parse("[" + input + ",{\"k\":" + input + "}]")
      #expect(nested == .array([value, .object(JSONObject([.init(key: "k", value: value)]))]))
      var pretty = JSONWriter()
      pretty.writePretty(nested)
      #expect(try JSONParser.parse(pretty.bytes) == nested)
    }
  }

  @Test func loneSurrogateErrorsAfterTheSurrogate() {
    // The second pass over a string with a lone surrogate rejects what the first would have.
    #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\uD800\x""#) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\uD800\u12""#) }
    #expect(throws: JSONParseError.self) { try JSONParser.parse("\"\\uD800\u{01}\"") }
    #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\uD800"#) }
  }

  @Test func surrogatesInKeys() throws {
    let value = try JSONParser.parse(#"{"\uD800":1,"\uD83D\uDE00":2}"#)
    #expect(value["\u{FFFD}"] == .number(JSONNumber(1)))
    #expect(value["😀"] == .number(JSONNumber(2)))
  }
}
