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

/// A JSON object: members in input order, duplicate keys kept.
public struct JSONObject: Sendable, Equatable {
  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Equatable {
    /// The member name, decoded from its escapes.
    public var key: String {
      didSet { keyPrefix = UTF8Bytes.prefix(key) }
    }
    /// The member value.
    public var value: JSON
    /// The key's first eight UTF-8 bytes (`JSONObject.keyPrefix(_:)`), kept so that a lookup compares one
    /// integer per member and the key's bytes only where the prefixes agree.
    public private(set) var keyPrefix: UInt64

    /// Creates a member.
    public init(key: String, value: JSON) {
      self.init(key: key, value: value, keyPrefix: UTF8Bytes.prefix(key))
    }

    /// Creates a member whose key's prefix is already known.
    init(key: String, value: JSON, keyPrefix: UInt64) {
      self.key = key
      self.value = value
      self.keyPrefix = keyPrefix
    }

    /// Equal when keys have the same UTF-8 bytes and values are equal.
    public static func == (lhs: Member, rhs: Member) -> Bool {
      return UTF8Bytes.equal(lhs.key, rhs.key) && lhs.value == rhs.value
    }
  }

  /// The members in input order, duplicates kept.
  public var members: [Member]

  /// Creates an object from members, kept in the given order.
  public init(_ members: [Member] = []) {
    self.members = members
  }

  /// Creates an empty object with room for `capacity` members, so that appending that many allocates once.
  public init(capacity: Int) {
    members = []
    members.reserveCapacity(capacity)
  }

  /// The value of the LAST member whose key equals `key` byte for byte (UTF-8), or nil.
  public subscript(key: String) -> JSON? {
    lastIndex(ofKey: key).map { members[$0].value }
  }

  /// The index of the LAST member whose key equals `key` byte for byte (UTF-8), or nil: the member the
  /// subscript reads, for callers that read its value in place (`members[index].value`) instead of a copy.
  public func lastIndex(ofKey key: String) -> Int? {
    let prefix = UTF8Bytes.prefix(key)
    let count = key.utf8.count
    return members.withUnsafeBufferPointer { members in
      var i = members.count
      while i > 0 {
        i -= 1
        // Equal prefixes and lengths decide keys of at most 8 bytes; longer ones compare their bytes.
        if members[i].keyPrefix == prefix && members[i].key.utf8.count == count
          && (count <= 8 || UTF8Bytes.equal(members[i].key, key))
        {
          return i
        }
      }
      return nil
    }
  }

  /// The first eight UTF-8 bytes of `key` as a big-endian integer, zero padded (`Member.keyPrefix`): equal keys
  /// have equal prefixes, and keys whose prefixes differ differ.
  public static func keyPrefix(_ key: String) -> UInt64 {
    UTF8Bytes.prefix(key)
  }

  /// Appends a member at the end (an existing member with the same key is kept).
  public mutating func append(_ key: String, _ value: JSON) {
    members.append(Member(key: key, value: value))
  }

  /// Sets the value of the last member with this key, or appends a member if there is none.
  public mutating func set(_ key: String, _ value: JSON) {
    let prefix = UTF8Bytes.prefix(key)
    if let index = members.lastIndex(where: { $0.keyPrefix == prefix && UTF8Bytes.equalGivenSamePrefix($0.key, key) }) {
      members[index].value = value
    } else {
      members.append(Member(key: key, value: value))
    }
  }

  /// The number of members, duplicates included.
  public var count: Int { members.count }
}
