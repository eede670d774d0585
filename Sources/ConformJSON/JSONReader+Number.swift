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

import DecimalToBinary64

extension JSONReader {
  /// Parses a number literal; `pos` is at '-' or a digit.
  ///
  /// Grammar violations throw `invalidNumber` at the offending offset (the input length if the
  /// literal is cut short). Up to 19 significant digits are gathered into a UInt64 for the
  /// Int64 value and the fast Double path; other literals go to `DecimalToDouble.convert(literal:)`.
  mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
    let start = pos
    var p = pos
    var negative = false
    if base[p] == UInt8(ascii: "-") {
      negative = true
      p += 1
    }
    var mantissa: UInt64 = 0
    var significant = 0  // digits counted from the first non-zero one
    var scale = 0  // fraction digits taken into `mantissa`
    guard p < count else { throw fail(.invalidNumber, at: p) }
    var c = base[p]
    if c == UInt8(ascii: "0") {
      p += 1
      if p < count && JSONReader.isDigit(base[p]) { throw fail(.invalidNumber, at: p) }
    } else if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") {
      repeat {
        if significant < 19 { mantissa = mantissa &* 10 &+ UInt64(c &- UInt8(ascii: "0")) }
        significant += 1
        p += 1
        guard p < count else { break }
        c = base[p]
      } while JSONReader.isDigit(c)
    } else {
      throw fail(.invalidNumber, at: p)
    }
    var isInteger = true
    if p < count && base[p] == UInt8(ascii: ".") {
      isInteger = false
      p += 1
      guard p < count, JSONReader.isDigit(base[p]) else { throw fail(.invalidNumber, at: p) }
      repeat {
        let d = base[p] &- UInt8(ascii: "0")
        if significant == 0 && d == 0 {
          scale += 1  // leading zero of 0.000ddd
        } else {
          if significant < 19 {
            mantissa = mantissa &* 10 &+ UInt64(d)
            scale += 1
          }
          significant += 1
        }
        p += 1
      } while p < count && JSONReader.isDigit(base[p])
    }
    var exponent = 0
    if p < count && (base[p] | 0x20) == UInt8(ascii: "e") {
      isInteger = false
      p += 1
      var expNegative = false
      if p < count && (base[p] == UInt8(ascii: "+") || base[p] == UInt8(ascii: "-")) {
        expNegative = base[p] == UInt8(ascii: "-")
        p += 1
      }
      guard p < count, JSONReader.isDigit(base[p]) else { throw fail(.invalidNumber, at: p) }
      repeat {
        if exponent < 1_000_000 { exponent = exponent * 10 + Int(base[p] &- UInt8(ascii: "0")) }
        p += 1
      } while p < count && JSONReader.isDigit(base[p])
      if expNegative { exponent = -exponent }
    }
    pos = p

    if significant <= 19 {
      var int64: Int64? = nil
      if isInteger {
        if !negative {
          if mantissa <= UInt64(Int64.max) { int64 = Int64(mantissa) }
        } else if mantissa <= UInt64(Int64.max) + 1 {
          int64 = Int64(truncatingIfNeeded: 0 &- mantissa)
        }
      }
      if let d = DecimalToDouble.fastPath(mantissa: mantissa, exponent: exponent - scale, negative: negative) {
        return JSONNumber(double: d, int64: int64)
      }
    }
    let literal = UnsafeBufferPointer(start: base + start, count: p - start)
    guard let d = DecimalToDouble.convert(literal: literal) else { throw fail(.numberOutOfRange, at: start) }
    return JSONNumber(double: d, int64: nil)
  }

  @inline(__always)
  static func isDigit(_ c: UInt8) -> Bool {
    return c &- UInt8(ascii: "0") < 10
  }
}
