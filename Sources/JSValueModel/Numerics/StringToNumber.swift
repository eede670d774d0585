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

// ECMAScript 7.1.4.1.1 StringToNumber, following V8's StringToDouble with
// flags ALLOW_HEX | ALLOW_OCTAL | ALLOW_BINARY and no trailing junk
// (src/numbers/conversions.cc InternalStringToDouble,
// InternalStringToIntDouble). Grammar: 7.1.4.1 StringNumericLiteral.

import DecimalToBinary64

extension JSNumerics {
  /// ECMAScript StringToNumber (ToNumber applied to a String), as V8 does it.
  public static func stringToNumber(_ s: String) -> Double {
    let t = trimmedScalars(s)
    // StringNumericLiteral ::: StrWhiteSpace_opt -> +0
    if t.isEmpty { return 0 }
    var i = t.startIndex
    let end = t.endIndex

    // NonDecimalIntegerLiteral: 0x / 0o / 0b, unsigned (7.1.4.1; V8 only
    // recognises the prefix when '0' is the first non-space character).
    if t[i] == "0", t.index(after: i) < end {
      let radixLog2: Int
      switch t[t.index(after: i)] {
      case "x", "X": radixLog2 = 4
      case "o", "O": radixLog2 = 3
      case "b", "B": radixLog2 = 1
      default: radixLog2 = 0
      }
      if radixLog2 != 0 {
        return powerOfTwoRadixToDouble(t[(i + 2)...], radixLog2: radixLog2)
      }
    }

    // StrDecimalLiteral ::: sign_opt StrUnsignedDecimalLiteral
    var negative = false
    if t[i] == "+" || t[i] == "-" {
      negative = t[i] == "-"
      i += 1
      if i == end { return .nan }
    }

    // "Infinity" (exact spelling, V8 kInfinityString)
    if t[i] == "I" {
      return t[i...].elementsEqual("Infinity".unicodeScalars)
        ? (negative ? -.infinity : .infinity) : .nan
    }

    var digits: [UInt8] = []
    var exponent = 0  // decimal exponent applied to `digits`
    var nonzeroDropped = false  // V8 nonzero_digit_dropped
    var sawDigit = false

    // Integer part. Leading zeros are insignificant.
    while i < end, let d = decimalDigit(t[i]) {
      sawDigit = true
      if d != 0 || !digits.isEmpty {
        if digits.count < DecimalToDouble.maxSignificantDigits {
          digits.append(d)
        } else {
          exponent += 1  // V8 insignificant_digits
          if d != 0 { nonzeroDropped = true }
        }
      }
      i += 1
    }
    // Fraction part.
    if i < end, t[i] == "." {
      i += 1
      while i < end, let d = decimalDigit(t[i]) {
        sawDigit = true
        if digits.isEmpty && d == 0 {
          exponent -= 1  // leading zero of the fraction
        } else if digits.count < DecimalToDouble.maxSignificantDigits {
          digits.append(d)
          exponent -= 1
        } else if d != 0 {
          nonzeroDropped = true
        }
        i += 1
      }
    }
    // "." alone, "+.", ".e5" ... : no digit at all.
    if !sawDigit { return .nan }

    // ExponentPart ::: (e|E) SignedInteger; V8 clamps the magnitude
    // (max_exponent = INT_MAX / 2); any clamped value already saturates.
    if i < end, t[i] == "e" || t[i] == "E" {
      i += 1
      if i == end { return .nan }
      var expNegative = false
      if t[i] == "+" || t[i] == "-" {
        expNegative = t[i] == "-"
        i += 1
        if i == end { return .nan }
      }
      guard decimalDigit(t[i]) != nil else { return .nan }
      let maxExponent = Int(Int32.max / 2)
      var num = 0
      while i < end, let d = decimalDigit(t[i]) {
        if num >= maxExponent / 10 && !(num == maxExponent / 10 && Int(d) <= maxExponent % 10) {
          num = maxExponent
        } else {
          num = num * 10 + Int(d)
        }
        i += 1
      }
      exponent += expNegative ? -num : num
    }
    // No trailing junk allowed (trailing space was trimmed already).
    if i != end { return .nan }

    if nonzeroDropped {
      digits.append(1)
      exponent -= 1
    }
    let magnitude = DecimalToDouble.convert(digits: digits, exponent: exponent)
    return negative ? -magnitude : magnitude
  }

  /// V8 InternalStringToIntDouble<radix_log_2>: digits of a 0x/0o/0b literal
  /// (after the prefix) to binary64, rounding half to even. Needs at least
  /// one digit and nothing after the digits.
  static func powerOfTwoRadixToDouble(_ s: ArraySlice<Unicode.Scalar>, radixLog2: Int) -> Double {
    if s.isEmpty { return .nan }
    let radix = UInt32(1) << UInt32(radixLog2)
    var q: UInt64 = 0  // leading (up to 64) significant bits
    var sticky = false  // a nonzero bit below q
    var exp2 = 0  // bits shifted out below q
    for c in s {
      let v = c.value
      let d: UInt32
      switch v {
      case 0x30...0x39: d = v - 0x30
      case 0x61...0x7A: d = v - 0x61 + 10
      case 0x41...0x5A: d = v - 0x41 + 10
      default: return .nan
      }
      if d >= radix { return .nan }
      if q.leadingZeroBitCount >= radixLog2 && exp2 == 0 {
        q = (q << UInt64(radixLog2)) | UInt64(d)
      } else {
        exp2 += radixLog2
        if d != 0 { sticky = true }
      }
    }
    if q == 0 { return 0 }
    return DecimalToDouble.roundToDouble(q, sticky: sticky, exp2: exp2)
  }
}
