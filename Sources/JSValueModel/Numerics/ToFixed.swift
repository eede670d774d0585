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

extension JSNumerics {
  /// 10^0 ... 10^19, each exact in binary64 (5^19 < 2^53).
  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  ]

  /// `parseFloat(x.toFixed(digits))` for `digits` in 0...19 (ECMAScript 21.1.3.3 Number.prototype.toFixed, then
  /// 19.2.4 parseFloat), as V8 11.3 computes it: the exact binary value is rounded to `digits` decimals with ties
  /// away from zero (toFixed picks the larger n), then read back correctly rounded. `-0` and tiny negative values
  /// that round to zero give `"-0.00…"`, which parses to `-0`; NaN gives NaN and ±Infinity itself; magnitudes of
  /// at least 10^21 print as `ToString(x)` and come back unchanged.
  public static func toFixedThenParseFloat(_ x: Double, digits: Int) -> Double {
    precondition((0...19).contains(digits))
    if x.isNaN { return .nan }
    if x.isInfinite || abs(x) >= 1e21 { return x }
    // toFixed: "If x < 0, then set s to "-" and x to -x" (-0 is not < 0, so it prints "0.00…").
    let negative = x < 0
    let magnitude = abs(x)
    if magnitude == 0 { return 0 }
    let exponent = Int(magnitude.exponent)
    var significand = magnitude.significandBitPattern
    var e = exponent - 52
    if magnitude.isNormal {
      significand |= 1 << 52
    } else {
      e = -1074
    }
    var power: UInt128 = 1
    for _ in 0..<digits { power *= 10 }
    // n = round(significand * 2^e * 10^digits), ties up.
    let scaled = UInt128(significand) * power
    let n: UInt128
    if e >= 0 {
      return x  // an integer: toFixed prints it exactly
    } else if -e >= 128 {
      n = 0
    } else {
      let shift = UInt128(-e)
      let quotient = scaled >> shift
      let remainder = scaled - (quotient << shift)
      let half = UInt128(1) << (shift - 1)
      n = remainder >= half ? quotient + 1 : quotient
    }
    // n and 10^digits (digits <= 19 < 23) are exact doubles when n < 2^53: one correctly rounded division is the
    // correctly rounded value of n * 10^-digits, which is what parseFloat reads.
    // (Through UInt64: Swift's UInt128-to-Double conversion is a slow generic path.)
    if n < (1 << 53) {
      let value = Double(UInt64(truncatingIfNeeded: n)) / exactPowersOfTen[digits]
      return negative ? -value : value
    }
    let text = String(n)
    let value = DecimalToDouble.convert(digits: text.utf8.map { $0 - 0x30 }, exponent: -digits)
    return negative ? -value : value
  }
}
