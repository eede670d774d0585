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

/// Upper bounds of the bytes `RawEmitter` writes, so `JSONWriter` can reserve once per value.
internal enum OutputBound {
  /// Bound for `RawEmitter.value`.
  static func compact(_ v: JSON) -> Int {
    switch v {
    case .null, .bool:
      return 5
    case .number(let n):
      return n.int64 != nil ? 20 : RawEmitter.maxDoubleLength
    case .string(let s):
      return RawEmitter.stringBound(s)
    case .utf16String(let units):
      return RawEmitter.utf16StringBound(units)
    case .array(let items):
      var total = 2 + items.count  // brackets, commas
      items.withUnsafeBufferPointer { items in
        for i in 0..<items.count { total += compact(items[i]) }
      }
      return total
    case .object(let object):
      var total = 2 + object.members.count * 2  // braces, commas, colons
      object.members.withUnsafeBufferPointer { members in
        for i in 0..<members.count {
          total += RawEmitter.stringBound(members[i].key) + compact(members[i].value)
        }
      }
      return total
    }
  }

  /// Bound for `RawEmitter.pretty` at nesting `level`.
  static func pretty(_ v: JSON, indent: Int, level: Int) -> Int {
    switch v {
    case .array(let items):
      // '[' + per item: ',' '\n' indentation, then '\n' indentation ']'
      var total = 2 + 1 + indent * level
      for item in items { total += 2 + indent * (level + 1) + pretty(item, indent: indent, level: level + 1) }
      return total
    case .object(let object):
      var total = 2 + 1 + indent * level
      for m in object.members {
        total +=
          2 + indent * (level + 1) + RawEmitter.stringBound(m.key) + 2
          + pretty(m.value, indent: indent, level: level + 1)
      }
      return total
    default:
      return compact(v)
    }
  }
}
