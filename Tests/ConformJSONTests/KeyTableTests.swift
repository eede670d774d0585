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

import Testing

@testable import ConformJSON

/// A key table changes where the parser gets member names from, never what they are.
@Suite struct KeyTableTests {
  static let table = JSONKeyTable([
    "type", "ab", "minRetryDelay", "maxThrottleDelay", "awserr.requestFailure", "\u{E9}", "type", "a\u{0}",
  ])

  static let documents = [
    #"{"type":"awserr","code":"x"}"#,
    #"{"minRetryDelay":"1","minRetryDelaX":2,"maxThrottleDelay":3,"maxThrottleDelayX":4}"#,
    #"{"awserr.requestFailure":{"awserr.requestFailurX":[{"type":null}]}}"#,
    #"{"t\u0079pe":1,"ty\"pe":2,"":3,"a":4,"a\u0000":5,"ab\u0000":6,"abc":7}"#,
    "{\"\u{E9}\":1,\"e\u{301}\":2,\"\u{E9}\u{E9}\":3}",
    #"{"type":1,"type":2,"nested":{"ab":{"ab":[]}}}"#,
  ]

  @Test(arguments: documents) func parsesTheSameTreeWithAndWithoutTheTable(_ text: String) throws {
    let bytes = Array(text.utf8)
    let plain = try JSONParser.parse(bytes)
    let interned = try bytes.withUnsafeBytes { raw in try JSONParser.parse(raw, keys: Self.table) }
    #expect(plain == interned)
    #expect(Self.keys(plain) == Self.keys(interned))
  }

  @Test func findsExactlyTheNamesItHolds() {
    for name in ["type", "ab", "minRetryDelay", "maxThrottleDelay", "awserr.requestFailure", "\u{E9}", "a\u{0}"] {
      #expect(Self.lookup(name) == name)
    }
    for name in ["typ", "types", "a", "ab\u{0}", "minRetryDelaX", "maxThrottleDela", "e\u{301}", "", "Type"] {
      #expect(Self.lookup(name) == nil)
    }
  }

  static func lookup(_ name: String) -> String? {
    let utf8 = Array(name.utf8)
    return utf8.withUnsafeBufferPointer { table.name($0, prefix: UTF8Bytes.prefix($0)) }
  }

  /// Every key with its bytes and prefix, depth first.
  static func keys(_ json: JSON) -> [[UInt8]] {
    switch json {
    case .object(let object):
      return object.members.flatMap { member in
        [Array(member.key.utf8), withUnsafeBytes(of: member.keyPrefix) { Array($0) }] + keys(member.value)
      }
    case .array(let elements):
      return elements.flatMap(keys)
    default:
      return []
    }
  }
}
