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

/// String comparisons as both SDKs make them: on the encoded bytes, never through Swift's canonical
/// equivalence (under which `"é" == "e\u{301}"`). For valid Unicode, equal UTF-8 bytes means equal Go bytes and
/// equal JavaScript UTF-16 code units, and a byte-level substring match is a code-unit match.
public enum ExactText {
  /// `a == b` byte for byte.
  @inlinable
  public static func equal(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    if let result = a.utf8.withContiguousStorageIfAvailable({ left in
      b.utf8.withContiguousStorageIfAvailable { right in sameBytes(left, right) }
    }), let equal = result {
      return equal
    }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// Whether `s` contains `needle` as a run of bytes (Go's `strings.Contains`).
  public static func contains(_ s: String, _ needle: String) -> Bool {
    if let result = s.utf8.withContiguousStorageIfAvailable({ hay in
      needle.utf8.withContiguousStorageIfAvailable { pattern in search(hay, pattern) }
    }), let found = result {
      return found
    }
    return search(Array(s.utf8)[...], Array(needle.utf8)[...])
  }

  /// Whether `s` starts with `prefix`, byte for byte.
  public static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
    s.utf8.starts(with: prefix.utf8)
  }

  /// The text before the first `separator`, or all of `s`: JavaScript's `s.split(separator)[0]`. The cut is
  /// made between Unicode scalars, never rounded to a `Character` boundary (a combining mark after the
  /// separator does not hide it).
  public static func prefix(_ s: String, before separator: Unicode.Scalar) -> String {
    guard let index = s.unicodeScalars.firstIndex(of: separator) else { return s }
    return String(s.unicodeScalars[..<index])
  }

  /// The text after the last `separator`, or all of `s`: JavaScript's `s.split(separator).pop()`, cut between
  /// Unicode scalars.
  public static func suffix(_ s: String, afterLast separator: Unicode.Scalar) -> String {
    guard let index = s.unicodeScalars.lastIndex(of: separator) else { return s }
    return String(s.unicodeScalars[s.unicodeScalars.index(after: index)...])
  }

  /// Whether `value` equals one of `table`.
  public static func isMember(_ value: String, of table: [String]) -> Bool {
    // The value's bytes are reached once, not once per entry; entries of another length are skipped on their
    // count alone (most are: the tables are a few dozen codes of different lengths).
    let count = value.utf8.count
    let found = value.utf8.withContiguousStorageIfAvailable { bytes in
      table.contains { entry in
        entry.utf8.count == count
          && (entry.utf8.withContiguousStorageIfAvailable { sameBytes($0, bytes) } ?? entry.utf8.elementsEqual(bytes))
      }
    }
    if let found { return found }
    return table.contains { equal(value, $0) }
  }

  /// Whether two buffers of the same length hold the same bytes (an index loop: the generic `elementsEqual`
  /// costs about 300 instructions a call here).
  @inlinable
  static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < a.count {
      if a[i] != b[i] { return false }
      i += 1
    }
    return true
  }

  static func search<H: RandomAccessCollection<UInt8>, P: RandomAccessCollection<UInt8>>(_ hay: H, _ pattern: P) -> Bool
  where H.Index == Int, P.Index == Int {
    let count = pattern.count
    guard count > 0 else { return true }
    guard hay.count >= count else { return false }
    let first = pattern[pattern.startIndex]
    var index = hay.startIndex
    let last = hay.endIndex - count
    while index <= last {
      if hay[index] == first {
        var offset = 1
        while offset < count, hay[index + offset] == pattern[pattern.startIndex + offset] { offset += 1 }
        if offset == count { return true }
      }
      index += 1
    }
    return false
  }
}
