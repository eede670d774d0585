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

/// (6) Surrogate escapes: pairs combine; lone halves become U+FFFD (as Go's encoding/json does).
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
      #expect(value == .string(expected), "\(input)")
    }
  }

  @Test func surrogatesInKeys() throws {
    let value = try JSONParser.parse(#"{"\uD800":1,"\uD83D\uDE00":2}"#)
    #expect(value["\u{FFFD}"] == .number(JSONNumber(1)))
    #expect(value["😀"] == .number(JSONNumber(2)))
  }
}
