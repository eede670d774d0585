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

extension JSONReader {
  /// Parses a string value; `pos` is at the opening quote. One with a lone surrogate escape is
  /// `.utf16String`, decoded a second time (a rare path: the common ones do not change).
  mutating func parseStringValue() throws(JSONParseError) -> JSON {
    let start = pos + 1
    let stop = try scanPlain(from: start)
    if base[stop] == UInt8(ascii: "\"") {
      pos = stop + 1
      return .string(JSONReader.makeString(UnsafeBufferPointer(start: base + start, count: stop - start)))
    }
    return try parseEscapedString(start: start, firstEscape: stop, keepingLoneSurrogates: true)
  }

  /// Skips plain string content (validating UTF-8 and rejecting control bytes) and returns the
  /// offset of the first '"' or '\' at or after `start`.
  @inline(__always)
  func scanPlain(from start: Int) throws(JSONParseError) -> Int {
    var p = start
    while true {
      // Eight bytes at a time: find the first byte that is '"', '\', < 0x20 or >= 0x80.
      // The lowest flagged byte is always a true hit (borrows only run upwards).
      while p + 8 <= count {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let slash = w ^ (ones &* 0x5C)
        let control = (w &- ones &* 0x20) & ~w
        let isQuote = (quote &- ones) & ~quote
        let isSlash = (slash &- ones) & ~slash
        let hits = (control | isQuote | isSlash | w) & high
        if hits != 0 {
          p += hits.trailingZeroBitCount >> 3
          break
        }
        p += 8
      }
      guard p < count else { throw fail(.unexpectedEnd, at: count) }
      let c = base[p]
      if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return p }
      if c < 0x20 { throw fail(.controlCharacterInString, at: p) }
      if c < 0x80 {
        p += 1
      } else {
        p = try validateUTF8Sequence(at: p)
      }
    }
  }

  /// Validates one multi-byte UTF-8 sequence starting at `p` (whose lead byte is >= 0x80)
  /// and returns the offset just past it. Rejects overlongs, UTF-8 encoded surrogates,
  /// scalars above U+10FFFF, stray continuation bytes and truncated sequences.
  @inline(__always)
  func validateUTF8Sequence(at p: Int) throws(JSONParseError) -> Int {
    let lead = base[p]
    @inline(__always) func cont(_ i: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
      guard i < count else { return false }
      let b = base[i]
      return b >= lo && b <= hi
    }
    switch lead {
    case 0xC2...0xDF:
      if cont(p + 1) { return p + 2 }
    case 0xE0:
      if cont(p + 1, 0xA0, 0xBF) && cont(p + 2) { return p + 3 }
    case 0xE1...0xEC, 0xEE...0xEF:
      if cont(p + 1) && cont(p + 2) { return p + 3 }
    case 0xED:
      if cont(p + 1, 0x80, 0x9F) && cont(p + 2) { return p + 3 }
    case 0xF0:
      if cont(p + 1, 0x90, 0xBF) && cont(p + 2) && cont(p + 3) { return p + 4 }
    case 0xF1...0xF3:
      if cont(p + 1) && cont(p + 2) && cont(p + 3) { return p + 4 }
    case 0xF4:
      if cont(p + 1, 0x80, 0x8F) && cont(p + 2) && cont(p + 3) { return p + 4 }
    default:
      break
    }
    throw fail(.invalidUTF8, at: p)
  }

  /// Decodes a string that contains at least one escape, at offset `firstEscape`: `.string`, or, when it
  /// holds a lone surrogate and `keepingLoneSurrogates`, `.utf16String` (else the surrogate is U+FFFD).
  mutating func parseEscapedString(
    start: Int, firstEscape: Int, keepingLoneSurrogates: Bool
  ) throws(JSONParseError) -> JSON {
    scratch.removeAll(keepingCapacity: true)
    appendInput(from: start, to: firstEscape)
    var p = firstEscape
    while true {
      // base[p] is '"' or '\\'.
      if base[p] == UInt8(ascii: "\"") {
        pos = p + 1
        return .string(scratch.withUnsafeBufferPointer { JSONReader.makeString($0) })
      }
      guard p + 1 < count else { throw fail(.unexpectedEnd, at: count) }
      let e = base[p + 1]
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
        scratch.append(e)
        p += 2
      case UInt8(ascii: "b"):
        scratch.append(0x08)
        p += 2
      case UInt8(ascii: "f"):
        scratch.append(0x0C)
        p += 2
      case UInt8(ascii: "n"):
        scratch.append(0x0A)
        p += 2
      case UInt8(ascii: "r"):
        scratch.append(0x0D)
        p += 2
      case UInt8(ascii: "t"):
        scratch.append(0x09)
        p += 2
      case UInt8(ascii: "u"):
        let unit = try hex4(at: p + 2, escape: p)
        p += 6
        var scalar = unit
        if unit >= 0xD800 && unit <= 0xDBFF {
          scalar = 0xFFFD
          if p + 1 < count && base[p] == UInt8(ascii: "\\") && base[p + 1] == UInt8(ascii: "u") {
            let low = try hex4(at: p + 2, escape: p)
            if low >= 0xDC00 && low <= 0xDFFF {
              scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
              p += 6
            }
            // Otherwise the next escape is decoded on its own (Go's behaviour).
          }
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
          scalar = 0xFFFD
        }
        if scalar == 0xFFFD && unit != 0xFFFD && keepingLoneSurrogates {
          return try parseUTF16String(start: start)
        }
        appendScalar(scalar)
      default:
        throw fail(.invalidEscape, at: p)
      }
      let next = try scanPlain(from: p)
      appendInput(from: p, to: next)
      p = next
    }
  }

  /// Decodes the string starting at `start` (just past its quote) as UTF-16 code units, each `\\uXXXX`
  /// escape one unit as JavaScript's `JSON.parse` does; the caller has found a lone surrogate in it.
  mutating func parseUTF16String(start: Int) throws(JSONParseError) -> JSON {
    var units: [UInt16] = []
    var p = start
    while true {
      let next = try scanPlain(from: p)
      if next > p {
        units.append(
          contentsOf: String(decoding: UnsafeBufferPointer(start: base + p, count: next - p), as: UTF8.self).utf16)
      }
      p = next
      if base[p] == UInt8(ascii: "\"") {
        pos = p + 1
        return .utf16String(units)
      }
      guard p + 1 < count else { throw fail(.unexpectedEnd, at: count) }
      let e = base[p + 1]
      switch e {
      case UInt8(ascii: "b"): units.append(0x08)
      case UInt8(ascii: "f"): units.append(0x0C)
      case UInt8(ascii: "n"): units.append(0x0A)
      case UInt8(ascii: "r"): units.append(0x0D)
      case UInt8(ascii: "t"): units.append(0x09)
      case UInt8(ascii: "u"):
        units.append(UInt16(try hex4(at: p + 2, escape: p)))
        p += 4
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): units.append(UInt16(e))
      default: throw fail(.invalidEscape, at: p)
      }
      p += 2
    }
  }

  /// Creates a String from UTF-8 that this reader has already validated, in one copy.
  @inline(__always)
  static func makeString(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
    let n = utf8.count
    if n == 0 { return "" }
    return String(unsafeUninitializedCapacity: n) { out in
      out.baseAddress!.update(from: utf8.baseAddress!, count: n)
      return n
    }
  }

  /// Reads four hex digits at `p`; `escape` is the offset of the backslash, for errors.
  @inline(__always)
  func hex4(at p: Int, escape: Int) throws(JSONParseError) -> UInt32 {
    var value: UInt32 = 0
    for i in p..<(p + 4) {
      guard i < count else { throw fail(.unexpectedEnd, at: count) }
      let c = base[i]
      let digit: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c &- UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c &- (UInt8(ascii: "a") - 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c &- (UInt8(ascii: "A") - 10)
      default: throw fail(.invalidEscape, at: escape)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  @inline(__always)
  mutating func appendInput(from start: Int, to end: Int) {
    if end > start {
      scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
    }
  }

  /// Appends a Unicode scalar value (never a surrogate) as UTF-8.
  @inline(__always)
  mutating func appendScalar(_ s: UInt32) {
    if s < 0x80 {
      scratch.append(UInt8(s))
    } else if s < 0x800 {
      scratch.append(UInt8(0xC0 | (s >> 6)))
      scratch.append(UInt8(0x80 | (s & 0x3F)))
    } else if s < 0x10000 {
      scratch.append(UInt8(0xE0 | (s >> 12)))
      scratch.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
      scratch.append(UInt8(0x80 | (s & 0x3F)))
    } else {
      scratch.append(UInt8(0xF0 | (s >> 18)))
      scratch.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
      scratch.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
      scratch.append(UInt8(0x80 | (s & 0x3F)))
    }
  }
}
