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

/// Member names known before parsing (the names a protocol declares), so that the parser hands out their
/// `String`s instead of creating one for every key it reads. A key that is not in the table, or that has escapes,
/// is created from the input as usual; either way the member's key has the same bytes.
public struct JSONKeyTable: Sendable {
  /// Open addressing on the names' prefixes: slot `i` holds the index of a name in `names`, or -1.
  private var slots: [Int]
  /// The names, their UTF-8 bytes and `UTF8Bytes.prefix` of each, in the order given (duplicates dropped).
  private var names: [String]
  private var bytes: [[UInt8]]
  private var prefixes: [UInt64]

  /// A table of `names`.
  public init(_ names: [String]) {
    var size = 16
    while size < 2 * names.count { size *= 2 }
    slots = [Int](repeating: -1, count: size)
    self.names = []
    bytes = []
    prefixes = []
    for name in names {
      let prefix = UTF8Bytes.prefix(name)
      let utf8 = Array(name.utf8)
      if utf8.withUnsafeBufferPointer({ self.name($0, prefix: prefix) }) != nil { continue }  // a duplicate
      var slot = Self.slot(prefix, count: utf8.count, size: size)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = self.names.count
      self.names.append(name)
      bytes.append(utf8)
      prefixes.append(prefix)
    }
  }

  /// The name with exactly the bytes `key`, whose `UTF8Bytes.prefix` is `prefix`, or nil.
  @inline(__always)
  func name(_ key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> String? {
    var slot = Self.slot(prefix, count: key.count, size: slots.count)
    while true {
      let index = slots[slot]
      if index < 0 { return nil }
      if prefixes[index] == prefix && bytes[index].count == key.count
        && (key.count <= 8 || bytes[index].withUnsafeBufferPointer { UTF8Bytes.compare($0, key) == 0 })
      {
        return names[index]
      }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  /// The first slot to probe for a name with this prefix and length (`size` is a power of two).
  @inline(__always)
  private static func slot(_ prefix: UInt64, count: Int, size: Int) -> Int {
    let hash = (prefix ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: hash >> 32) & (size - 1)
  }
}
