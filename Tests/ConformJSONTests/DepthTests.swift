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

/// (9) Nesting up to maxDepth parses; one level more throws tooDeep at the offending bracket.
@Suite struct DepthTests {
  static func nestedArrays(_ depth: Int) -> String {
    String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
  }

  static func nestedObjects(_ depth: Int) -> String {
    String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
  }

  @Test func defaultLimitIs128() throws {
    _ = try JSONParser.parse(Self.nestedArrays(128))
    #expect(parseError(Self.nestedArrays(129)) == JSONParseError(offset: 128, reason: .tooDeep(limit: 128)))
    _ = try JSONParser.parse(Self.nestedObjects(128))
    #expect(parseError(Self.nestedObjects(129)) == JSONParseError(offset: 128 * 5, reason: .tooDeep(limit: 128)))
  }

  @Test func customLimits() throws {
    for limit in [0, 1, 2, 10, 500] {
      if limit > 0 { _ = try JSONParser.parse(Self.nestedArrays(limit), maxDepth: limit) }
      #expect(
        parseError(Self.nestedArrays(limit + 1), maxDepth: limit)
          == JSONParseError(offset: limit, reason: .tooDeep(limit: limit)))
    }
    // Scalars need no depth at all.
    #expect(try JSONParser.parse("1", maxDepth: 0) == .number(JSONNumber(1)))
    #expect(parseError("[]", maxDepth: 0) == JSONParseError(offset: 0, reason: .tooDeep(limit: 0)))
    #expect(parseError("{}", maxDepth: 0) == JSONParseError(offset: 0, reason: .tooDeep(limit: 0)))
  }

  @Test func mixedNestingAndSiblingsDoNotAccumulate() throws {
    // 3 levels deep, many siblings: depth is the nesting, not the count of containers.
    let doc = "[" + Array(repeating: "[{\"a\":[]}]", count: 1000).joined(separator: ",") + "]"
    _ = try JSONParser.parse(doc, maxDepth: 4)
    #expect(parseError(doc, maxDepth: 3)?.reason == .tooDeep(limit: 3))
    let mixed = "[{\"a\":[{\"b\":[1]}]}]"
    _ = try JSONParser.parse(mixed, maxDepth: 5)
    #expect(parseError(mixed, maxDepth: 4) == JSONParseError(offset: 12, reason: .tooDeep(limit: 4)))
  }

  @Test func veryDeepInputIsRejectedWithoutExhaustingTheStack() {
    let doc = String(repeating: "[", count: 1_000_000)
    #expect(parseError(doc) == JSONParseError(offset: 128, reason: .tooDeep(limit: 128)))
    // Unclosed but within the limit: unexpected end.
    #expect(parseError(String(repeating: "[", count: 100)) == JSONParseError(offset: 100, reason: .unexpectedEnd))
  }

  @Test func deepButAllowedRoundTrips() throws {
    let value = try JSONParser.parse(Self.nestedArrays(2000), maxDepth: 2000)
    #expect(JSONWriter.encode(value) == Array(Self.nestedArrays(2000).utf8))
  }
}
