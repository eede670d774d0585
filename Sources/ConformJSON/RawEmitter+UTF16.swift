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

extension RawEmitter {
  /// Upper bound of the bytes `utf16String` writes: six per code unit (`\udXXX`, or `\u00XX` for a control
  /// character; a scalar takes at most three UTF-8 bytes per unit) and the quotes.
  @inline(__always)
  static func utf16StringBound(_ units: [UInt16]) -> Int { 6 * units.count + 2 }

  /// Writes a string given as UTF-16 code units, quoted: as `string` writes the same text, except that a
  /// lone surrogate is the escape `\udXXX` (lower-case hex), as JavaScript's `JSON.stringify` writes it.
  mutating func utf16String(_ units: [UInt16]) {
    guard room(RawEmitter.utf16StringBound(units)) else { return }
    var o = count
    out[o] = UInt8(ascii: "\"")
    o += 1
    var i = 0
    while i < units.count {
      let unit = units[i]
      i += 1
      var scalar = UInt32(unit)
      if unit & 0xF800 == 0xD800 {
        if unit < 0xDC00, i < units.count, units[i] & 0xFC00 == 0xDC00 {
          scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
          i += 1
        } else {
          o = RawEmitter.writeUnicodeEscape(unit, at: o, into: out)
          continue
        }
      }
      switch scalar {
      case 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x22, 0x5C:
        out[o] = UInt8(ascii: "\\")
        out[o + 1] =
          switch scalar {
          case 0x08: UInt8(ascii: "b")
          case 0x09: UInt8(ascii: "t")
          case 0x0A: UInt8(ascii: "n")
          case 0x0C: UInt8(ascii: "f")
          case 0x0D: UInt8(ascii: "r")
          default: UInt8(scalar)  // '"' or '\'
          }
        o += 2
      case ..<0x20:
        o = RawEmitter.writeUnicodeEscape(unit, at: o, into: out)
      case ..<0x80:
        out[o] = UInt8(scalar)
        o += 1
      case ..<0x800:
        out[o] = UInt8(0xC0 | (scalar >> 6))
        out[o + 1] = UInt8(0x80 | (scalar & 0x3F))
        o += 2
      case ..<0x10000:
        out[o] = UInt8(0xE0 | (scalar >> 12))
        out[o + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
        out[o + 2] = UInt8(0x80 | (scalar & 0x3F))
        o += 3
      default:
        out[o] = UInt8(0xF0 | (scalar >> 18))
        out[o + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
        out[o + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
        out[o + 3] = UInt8(0x80 | (scalar & 0x3F))
        o += 4
      }
    }
    out[o] = UInt8(ascii: "\"")
    count = o + 1
  }

  /// Writes `\uXXXX` (lower-case hex) for `unit` at offset `o`; returns the offset after it.
  @inline(__always)
  static func writeUnicodeEscape(_ unit: UInt16, at o: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
    out[o] = UInt8(ascii: "\\")
    out[o + 1] = UInt8(ascii: "u")
    out[o + 2] = hexDigit(UInt8(unit >> 12))
    out[o + 3] = hexDigit(UInt8((unit >> 8) & 15))
    out[o + 4] = hexDigit(UInt8((unit >> 4) & 15))
    out[o + 5] = hexDigit(UInt8(unit & 15))
    return o + 6
  }
}
