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

// Correctly rounded (round-half-even) conversion of a decimal significand and
// exponent to binary64: the one converter behind the JSON reader and JavaScript's
// StringToNumber and parseInt. V8 reaches the same, correctly rounded, result through
// double-conversion's Strtod (src/base/numbers/strtod.cc: fast paths, DiyFp, then a
// Bignum comparison); here the exact quotient is computed with BigUInt instead.

/// Correctly rounded (ties-to-even) conversion of decimal numbers to binary64.
public enum DecimalToDouble {
  /// V8 kMaxSignificantDigits (src/numbers/conversions.cc): more significant
  /// digits than this are replaced by a single trailing '1' sticky digit,
  /// which cannot change the correctly rounded result.
  public static let maxSignificantDigits = 772

  /// Exact powers of ten 10^0 ... 10^22 (all exactly representable in binary64).
  @usableFromInline static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Integer powers of ten 10^0 ... 10^19.
  @usableFromInline static let integerPowersOfTen: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
    100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
    100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
  ]

  /// The value `±mantissa × 10^exponent` when it can be computed exactly with one
  /// correctly rounded IEEE operation (Clinger's fast path), else nil.
  ///
  /// - `mantissa == 0`: a signed zero.
  /// - `exponent == 0`: the UInt64 → Double conversion, which rounds to nearest even.
  /// - `mantissa <= 2^53`, `|exponent| <= 22`: both operands are exact, so one multiply or
  ///   divide rounds correctly.
  /// - `mantissa <= 2^53`, `22 < exponent <= 22 + 19`: if `mantissa × 10^(exponent-22)` is still
  ///   an exact integer `<= 2^53`, one multiply by 1e22 rounds correctly.
  @inlinable @inline(__always)
  public static func fastPath(mantissa: UInt64, exponent: Int, negative: Bool) -> Double? {
    var d: Double
    if mantissa == 0 {
      d = 0
    } else if exponent == 0 {
      d = Double(mantissa)
    } else if mantissa <= 1 << 53 {
      if exponent > 0 && exponent <= 22 {
        d = Double(mantissa) * powersOfTen[exponent]
      } else if exponent < 0 && exponent >= -22 {
        d = Double(mantissa) / powersOfTen[-exponent]
      } else if exponent > 22 && exponent <= 22 + 19 {
        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: integerPowersOfTen[exponent - 22])
        if overflow || scaled > 1 << 53 { return nil }
        d = Double(scaled) * 1e22
      } else {
        return nil
      }
    } else {
      return nil
    }
    return negative ? -d : d
  }

  /// The binary64 nearest to digits × 10^exponent (ties to even), where
  /// `digits` are decimal digit values 0...9, most significant first.
  /// Positive result; the caller applies the sign.
  public static func convert(digits: [UInt8], exponent: Int) -> Double {
    // Strip leading and trailing zeros.
    var lo = 0
    var hi = digits.count
    while lo < hi, digits[lo] == 0 { lo += 1 }
    var exp10 = exponent
    while hi > lo, digits[hi - 1] == 0 {
      hi -= 1
      exp10 += 1
    }
    if lo == hi { return 0 }
    let n = hi - lo
    // value in [10^(n+exp10-1), 10^(n+exp10))
    if n + exp10 > 310 { return .infinity }  // >= 10^310 > DBL_MAX
    if n + exp10 < -323 { return 0 }  // < 10^-324 < 2^-1075

    if n <= 19 {
      var m: UInt64 = 0
      for i in lo..<hi { m = m &* 10 &+ UInt64(digits[i]) }
      if let d = fastPath(mantissa: m, exponent: exp10, negative: false) { return d }
    }

    var big = BigUInt()
    var i = lo
    while i < hi {
      // Feed up to 9 digits at a time.
      var chunk: UInt32 = 0
      var scale: UInt32 = 1
      var k = 0
      while k < 9, i < hi {
        chunk = chunk * 10 + UInt32(digits[i])
        scale *= 10
        k += 1
        i += 1
      }
      big.multiply(by: scale, adding: chunk)
    }

    if exp10 >= 0 {
      big.multiplyByPowerOfTen(exp10)
      let (top, sticky, shift) = big.top64()
      return roundToDouble(top, sticky: sticky, exp2: shift)
    }
    // value = big / 10^m; scale so that the quotient has 62 or 63 bits.
    var divisor = BigUInt(1)
    divisor.multiplyByPowerOfTen(-exp10)
    let k = 62 + divisor.bitWidth - big.bitWidth
    if k >= 0 { big.shiftLeft(k) } else { divisor.shiftLeft(-k) }
    let (q, inexact) = big.divide63(by: divisor)
    return roundToDouble(q, sticky: inexact, exp2: -k)
  }

  /// Converts a grammar-checked JSON (RFC 8259) number literal, sign included; nil when it rounds to
  /// infinity. Significant digits past `maxSignificantDigits` become one sticky digit, and the exponent
  /// saturates, neither of which can change the rounded result.
  public static func convert(literal: UnsafeBufferPointer<UInt8>) -> Double? {
    var digits: [UInt8] = []
    var exponent = 0
    var nonzeroDropped = false
    var p = 0
    let negative = literal.first == UInt8(ascii: "-")
    if negative { p += 1 }
    var fraction = false
    while p < literal.count {
      let c = literal[p]
      if c == UInt8(ascii: ".") {
        fraction = true
      } else if c &- UInt8(ascii: "0") < 10 {
        let d = c &- UInt8(ascii: "0")
        if digits.isEmpty && d == 0 {
          if fraction { exponent -= 1 }
        } else if digits.count < maxSignificantDigits {
          digits.append(d)
          if fraction { exponent -= 1 }
        } else {
          if d != 0 { nonzeroDropped = true }
          if !fraction { exponent += 1 }
        }
      } else {
        break  // 'e' or 'E'
      }
      p += 1
    }
    if p < literal.count {
      p += 1
      var expNegative = false
      if literal[p] == UInt8(ascii: "+") || literal[p] == UInt8(ascii: "-") {
        expNegative = literal[p] == UInt8(ascii: "-")
        p += 1
      }
      var value = 0
      while p < literal.count {
        if value < 1_000_000_000 { value = value * 10 + Int(literal[p] &- UInt8(ascii: "0")) }
        p += 1
      }
      exponent += expNegative ? -value : value
    }
    if nonzeroDropped {
      digits.append(1)
      exponent -= 1
    }
    let magnitude = convert(digits: digits, exponent: exponent)
    guard magnitude.isFinite else { return nil }
    return negative ? -magnitude : magnitude
  }

  /// Rounds (q + f) × 2^exp2 to binary64, ties to even, where q > 0 and
  /// f in [0, 1) is nonzero iff `sticky`. Handles overflow and subnormals.
  /// When `sticky` is set q must hold at least 54 significant bits.
  public static func roundToDouble(_ q: UInt64, sticky: Bool, exp2: Int) -> Double {
    let width = 64 - q.leadingZeroBitCount
    let e = exp2 + width - 1  // value in [2^e, 2^(e+1))
    if e > 1023 { return .infinity }
    let keep = e >= -1022 ? 53 : e + 1075  // significant bits kept
    let shift = width - keep
    var m: UInt64
    if shift <= 0 {
      m = q << UInt64(-shift)
    } else if shift > 64 {
      return 0
    } else {
      m = shift == 64 ? 0 : q >> UInt64(shift)
      let rem = shift == 64 ? q : q & ((1 << UInt64(shift)) - 1)
      let half: UInt64 = 1 << UInt64(shift - 1)
      if rem > half || (rem == half && (sticky || m & 1 == 1)) { m += 1 }
    }
    if e >= -1022 {
      var biased = UInt64(e + 1023)
      if m == 1 << 53 {
        m >>= 1
        biased += 1
      }
      if biased >= 2047 { return .infinity }
      return Double(bitPattern: (biased << 52) | (m & ((1 << 52) - 1)))
    }
    // Subnormal: the bit pattern is the significand itself; a carry into
    // bit 52 yields exactly the smallest normal number.
    return Double(bitPattern: m)
  }
}
