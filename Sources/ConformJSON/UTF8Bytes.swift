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

/// Byte-wise (UTF-8) comparison of Strings, ignoring Unicode canonical equivalence.
internal enum UTF8Bytes {
  /// True if both strings have identical UTF-8 bytes.
  @inline(__always)
  static func equal(_ a: String, _ b: String) -> Bool {
    let au = a.utf8
    let bu = b.utf8
    if au.count != bu.count { return false }
    if let r = au.withContiguousStorageIfAvailable({ ab in
      bu.withContiguousStorageIfAvailable({ bb in compare(ab, bb) == 0 })
    }), let result = r {
      return result
    }
    return au.elementsEqual(bu)
  }

  /// True if strings whose `prefix`es are equal have identical UTF-8 bytes: their lengths are equal and, beyond
  /// eight bytes, so are the rest.
  @inline(__always)
  static func equalGivenSamePrefix(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    if count != b.utf8.count { return false }
    return count <= 8 || equal(a, b)
  }

  /// True if `a` sorts before `b` in UTF-8 byte order (a proper prefix sorts first).
  @inline(__always)
  static func less(_ a: String, _ b: String) -> Bool {
    let au = a.utf8
    let bu = b.utf8
    if let r = au.withContiguousStorageIfAvailable({ ab in
      bu.withContiguousStorageIfAvailable({ bb in compare(ab, bb) < 0 })
    }), let result = r {
      return result
    }
    return au.lexicographicallyPrecedes(bu)
  }

  /// The first 8 UTF-8 bytes as a big-endian integer, zero padded: if two prefixes differ,
  /// they order the strings as `less` does.
  @inline(__always)
  static func prefix(_ s: String) -> UInt64 {
    let r = s.utf8.withContiguousStorageIfAvailable { prefix($0) }
    if let r { return r }
    var v: UInt64 = 0
    var shift: UInt64 = 56
    for c in s.utf8 {
      v |= UInt64(c) << shift
      if shift == 0 { break }
      shift -= 8
    }
    return v
  }

  /// `prefix` of the string whose UTF-8 bytes are `bytes`.
  @inline(__always)
  static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let p = bytes.baseAddress else { return 0 }
    if bytes.count >= 8 { return UInt64(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) }
    var v: UInt64 = 0
    for i in 0..<bytes.count { v |= UInt64(p[i]) << UInt64(56 - 8 * i) }
    return v
  }

  /// Negative, zero or positive as `a` sorts before, equal to or after `b` (unsigned bytes).
  @inline(__always)
  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let n = min(a.count, b.count)
    if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
      var i = 0
      while i + 8 <= n {
        let x = UInt64(bigEndian: UnsafeRawPointer(pa + i).loadUnaligned(as: UInt64.self))
        let y = UInt64(bigEndian: UnsafeRawPointer(pb + i).loadUnaligned(as: UInt64.self))
        if x != y { return x < y ? -1 : 1 }
        i += 8
      }
      while i < n {
        if pa[i] != pb[i] { return pa[i] < pb[i] ? -1 : 1 }
        i += 1
      }
    }
    return a.count - b.count
  }
}
