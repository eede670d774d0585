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
    out[count] = UInt8(ascii: "\"")
    count += 1
    // The well-formed runs between lone surrogates are escaped as `string` escapes their UTF-8.
    var runStart = 0
    func writeRun(upTo end: Int) {
      guard runStart < end else { return }
      let utf8 = Array(String(decoding: units[runStart..<end], as: UTF16.self).utf8)
      utf8.withUnsafeBufferPointer { escaped($0) }
    }
    var i = 0
    while i < units.count {
      let unit = units[i]
      if unit & 0xFC00 == 0xD800, i + 1 < units.count, units[i + 1] & 0xFC00 == 0xDC00 {
        i += 2  // a pair
      } else if unit & 0xF800 == 0xD800 {
        writeRun(upTo: i)
        count = RawEmitter.writeUnicodeEscape(unit, at: count, into: out)
        i += 1
        runStart = i
      } else {
        i += 1
      }
    }
    writeRun(upTo: units.count)
    out[count] = UInt8(ascii: "\"")
    count += 1
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
