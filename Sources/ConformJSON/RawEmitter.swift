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

/// Writes JSON text through a raw pointer into memory reserved by `JSONWriter`, so that no
/// per-token Array capacity or uniqueness checks are paid. Every token first checks that its
/// worst-case size fits in `capacity`; if not, `overflow` is set, nothing more is written and
/// the caller retries with a reservation of `OutputBound`'s size.
internal struct RawEmitter {
  /// Start of the reserved memory.
  let out: UnsafeMutablePointer<UInt8>
  /// Size of the reserved memory.
  let capacity: Int
  /// Bytes written so far.
  var count: Int = 0
  /// Set when a token did not fit; the output is then incomplete and must be discarded.
  var overflow = false

  init(_ out: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.out = out
    self.capacity = capacity
  }

  /// True if `n` more bytes fit; otherwise records the overflow.
  @inline(__always)
  mutating func room(_ n: Int) -> Bool {
    if n <= capacity &- count { return true }
    overflow = true
    return false
  }

  @inline(__always)
  mutating func byte(_ b: UInt8) {
    guard room(1) else { return }
    out[count] = b
    count += 1
  }

  @inline(__always)
  mutating func raw(_ ascii: StaticString) {
    guard room(ascii.utf8CodeUnitCount) else { return }
    if ascii.hasPointerRepresentation {
      (out + count).update(from: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
      count += ascii.utf8CodeUnitCount
    } else {
      ascii.withUTF8Buffer { copy($0) }
    }
  }

  @inline(__always)
  mutating func copy(_ source: UnsafeBufferPointer<UInt8>) {
    if let base = source.baseAddress {
      (out + count).update(from: base, count: source.count)
      count += source.count
    }
  }

  @inline(__always)
  mutating func newline(_ spaces: Int) {
    guard room(1 + spaces) else { return }
    out[count] = 0x0A
    count += 1
    if spaces > 0 {
      (out + count).update(repeating: UInt8(ascii: " "), count: spaces)
      count += spaces
    }
  }

  // MARK: Values

  /// Writes a value compactly, object keys in UTF-8 byte order.
  mutating func value(_ v: JSON) {
    if overflow { return }
    switch v {
    case .null:
      raw("null")
    case .bool(let b):
      if b { raw("true") } else { raw("false") }
    case .number(let n):
      number(n)
    case .string(let s):
      string(s)
    case .utf16String(let units):
      utf16String(units)
    case .array(let items):
      byte(UInt8(ascii: "["))
      items.withUnsafeBufferPointer { items in
        for i in 0..<items.count {
          if i > 0 { byte(UInt8(ascii: ",")) }
          value(items[i])
        }
      }
      byte(UInt8(ascii: "]"))
    case .object(let object):
      byte(UInt8(ascii: "{"))
      object.members.withUnsafeBufferPointer { members in
        var first = true
        JSONObject.forEachIndexSorted(members) { i in
          if !first { byte(UInt8(ascii: ",")) }
          first = false
          string(members[i].key)
          byte(UInt8(ascii: ":"))
          value(members[i].value)
        }
      }
      byte(UInt8(ascii: "}"))
    }
  }

  /// Writes a value over several lines, `indent` spaces per level, keys sorted.
  mutating func pretty(_ v: JSON, indent: Int, level: Int) {
    if overflow { return }
    switch v {
    case .array(let items):
      if items.isEmpty {
        raw("[]")
        return
      }
      byte(UInt8(ascii: "["))
      items.withUnsafeBufferPointer { items in
        for i in 0..<items.count {
          if i > 0 { byte(UInt8(ascii: ",")) }
          newline(indent * (level + 1))
          pretty(items[i], indent: indent, level: level + 1)
        }
      }
      newline(indent * level)
      byte(UInt8(ascii: "]"))
    case .object(let object):
      if object.members.isEmpty {
        raw("{}")
        return
      }
      byte(UInt8(ascii: "{"))
      object.members.withUnsafeBufferPointer { members in
        var first = true
        JSONObject.forEachIndexSorted(members) { i in
          if !first { byte(UInt8(ascii: ",")) }
          first = false
          newline(indent * (level + 1))
          string(members[i].key)
          raw(": ")
          pretty(members[i].value, indent: indent, level: level + 1)
        }
      }
      newline(indent * level)
      byte(UInt8(ascii: "}"))
    default:
      value(v)
    }
  }

  /// Writes `int64` if set (as "-0" when it is 0 and `double` is -0.0), else `double`.
  @inline(__always)
  mutating func number(_ n: JSONNumber) {
    if let i = n.int64 {
      if i == 0 && n.double.sign == .minus {
        raw("-0")
      } else {
        int(i)
      }
    } else {
      double(n.double)
    }
  }

  // MARK: Integers

  /// Writes an Int64 in decimal (at most 20 bytes).
  mutating func int(_ i: Int64) {
    guard room(20) else { return }
    var v = i.magnitude
    if i < 0 { byte(UInt8(ascii: "-")) }
    if v < 10 {
      byte(UInt8(truncatingIfNeeded: v) &+ UInt8(ascii: "0"))
      return
    }
    var digits = 2
    var t = v / 100
    while t != 0 {
      t /= 10
      digits += 1
    }
    var k = count + digits
    count = k
    let pairs: StaticString =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    let table = pairs.utf8Start
    while v >= 100 {
      let (q, r) = v.quotientAndRemainder(dividingBy: 100)
      k -= 2
      out[k] = table[Int(r) &* 2]
      out[k + 1] = table[Int(r) &* 2 + 1]
      v = q
    }
    if v >= 10 {
      out[k - 2] = table[Int(v) &* 2]
      out[k - 1] = table[Int(v) &* 2 + 1]
    } else {
      out[k - 1] = UInt8(truncatingIfNeeded: v) &+ UInt8(ascii: "0")
    }
  }

  // MARK: Doubles

  /// Upper bound of the bytes `double` writes.
  static let maxDoubleLength = 32

  /// Writes a finite Double as Swift's `description` without a trailing ".0".
  mutating func double(_ d: Double) {
    precondition(d.isFinite, "JSON cannot represent \(d)")
    // Integral values below 2^53 print as plain integers in `description`; skip the formatter.
    // (Int64(d) truncates without a libm call, so the module needs no libm.)
    if d.magnitude < 9_007_199_254_740_992.0 {
      let i = Int64(d)
      if Double(i) == d {
        if i == 0 && d.sign == .minus {
          raw("-0")
        } else {
          int(i)
        }
        return
      }
    }
    guard room(RawEmitter.maxDoubleLength) else { return }
    var sink = ASCIISink(out: out + count, capacity: RawEmitter.maxDoubleLength)
    d.write(to: &sink)
    var n = sink.count
    if n >= 2 && out[count + n - 2] == UInt8(ascii: ".") && out[count + n - 1] == UInt8(ascii: "0") { n -= 2 }
    count += n
  }

  // MARK: Strings

  /// Upper bound of the bytes `string` writes for `s`.
  @inline(__always)
  static func stringBound(_ s: String) -> Int {
    let n = s.utf8.count
    if n <= 64 { return 6 * n + 2 }
    if let exact = s.utf8.withContiguousStorageIfAvailable({ escapedLength($0) }) { return exact }
    return 6 * n + 2
  }

  /// Exact length of `utf8` once quoted and escaped.
  static func escapedLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    guard let src = utf8.baseAddress else { return 2 }
    let n = utf8.count
    var length = n + 2
    var i = firstByteNeedingEscape(src, n)
    while i < n {
      let c = src[i]
      if c < 0x20 {
        length += hasShortEscape(c) ? 1 : 5
      } else {
        length += 1  // '"' or '\'
      }
      i += 1
      // Skip the next escape-free run eight bytes at a time, as `quoted` does.
      i += firstByteNeedingEscape(src + i, n - i)
    }
    return length
  }

  /// Writes a string quoted, escaping `"`, `\`, and bytes below 0x20.
  @inline(__always)
  mutating func string(_ s: String) {
    let n = s.utf8.count
    guard n <= capacity &- count else {
      overflow = true
      return
    }
    if 6 * n + 2 > capacity &- count && !room(RawEmitter.stringBound(s)) { return }
    let done: Void? = s.utf8.withContiguousStorageIfAvailable { quoted($0) }
    if done == nil {
      let copy = Array(s.utf8)
      copy.withUnsafeBufferPointer { quoted($0) }
    }
  }

  /// Writes UTF-8 bytes quoted and escaped; the caller has checked there is room for
  /// `RawEmitter.escapedLength(utf8)` bytes (at most 6 × count + 2).
  mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
    out[count] = UInt8(ascii: "\"")
    count += 1
    escaped(utf8)
    out[count] = UInt8(ascii: "\"")
    count += 1
  }

  /// Writes UTF-8 bytes escaped as `quoted` does, without the quotes; the caller has checked there is room.
  @inline(__always)
  mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    let n = utf8.count
    var o = count
    if let src = utf8.baseAddress {
      var i = 0
      while i < n {
        if n - i >= 8 {
          // Copy the next escape-free run in one go.
          let run = RawEmitter.firstByteNeedingEscape(src + i, n - i)
          (out + o).update(from: src + i, count: run)
          o += run
          i += run
          if i == n { break }
        }
        let c = src[i]
        i += 1
        if c >= 0x20 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\") {
          out[o] = c
          o += 1
          continue
        }
        out[o] = UInt8(ascii: "\\")
        switch c {
        case 0x08: out[o + 1] = UInt8(ascii: "b")
        case 0x0C: out[o + 1] = UInt8(ascii: "f")
        case 0x0A: out[o + 1] = UInt8(ascii: "n")
        case 0x0D: out[o + 1] = UInt8(ascii: "r")
        case 0x09: out[o + 1] = UInt8(ascii: "t")
        case 0x20...: out[o + 1] = c  // '"' or '\'
        default:
          out[o + 1] = UInt8(ascii: "u")
          out[o + 2] = UInt8(ascii: "0")
          out[o + 3] = UInt8(ascii: "0")
          out[o + 4] = RawEmitter.hexDigit(c >> 4)
          out[o + 5] = RawEmitter.hexDigit(c & 15)
          o += 4
        }
        o += 2
      }
    }
    count = o
  }

  @inline(__always)
  static func hasShortEscape(_ c: UInt8) -> Bool {
    return c == 0x08 || c == 0x0C || c == 0x0A || c == 0x0D || c == 0x09
  }

  @inline(__always)
  static func hexDigit(_ v: UInt8) -> UInt8 {
    return v < 10 ? v &+ UInt8(ascii: "0") : v &+ (UInt8(ascii: "a") - 10)
  }

  /// Offset of the first byte that is `"`, `\` or below 0x20, or `n` if none.
  @inline(__always)
  static func firstByteNeedingEscape(_ src: UnsafePointer<UInt8>, _ n: Int) -> Int {
    var i = 0
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    while i + 8 <= n {
      let w = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
      let quote = w ^ (ones &* 0x22)
      let slash = w ^ (ones &* 0x5C)
      // No false negatives: "some byte < 0x20", "some byte == '"'", "some byte == '\'".
      let hit = (((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash)) & high
      if hit != 0 { break }
      i += 8
    }
    while i < n {
      let c = src[i]
      if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return i }
      i += 1
    }
    return n
  }
}
