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

// ECMAScript 19.2.5 parseInt(string, radix) for radix 10, following V8's
// NumberParseIntHelper (src/numbers/conversions.cc: StringToIntHelper::
// DetectRadixInternal + HandleBaseTenCase, which converts the digit run with
// Strtod, i.e. correctly rounded).

import DecimalToBinary64

extension JSNumerics {
  /// V8 HandleBaseTenCase kMaxSignificantDigits: a run longer than this is
  /// at least 10^309 and therefore Infinity.
  static let parseIntMaxSignificantDigits = 309

  /// parseInt(s, 10) for a string argument, exactly as V8 computes it.
  public static func parseInt10(_ s: String) -> Double {
    // 19.2.5 step 2: TrimString(inputString, start) - leading StrWhiteSpaceChar only.
    let scalars = trimmedScalars(s, trailing: false)
    var i = scalars.startIndex
    let end = scalars.endIndex
    if i == end { return .nan }
    // Steps 4-6: one optional sign; no whitespace may follow it.
    var negative = false
    if scalars[i] == "+" || scalars[i] == "-" {
      negative = scalars[i] == "-"
      i += 1
    }
    // Step 11-12: the longest prefix of radix-10 digits; none -> NaN.
    guard i < end, decimalDigit(scalars[i]) != nil else { return .nan }
    // V8 skips leading zeros (State::kZero gives a signed zero).
    while i < end, scalars[i] == "0" { i += 1 }
    var digits: [UInt8] = []
    while i < end, let d = decimalDigit(scalars[i]) {
      digits.append(d)
      if digits.count > parseIntMaxSignificantDigits {
        return negative ? -.infinity : .infinity
      }
      i += 1
    }
    // Steps 13-16: the mathematical value, rounded to nearest (ties even);
    // sign applied afterwards, so "-0" -> -0.
    let magnitude = digits.isEmpty ? 0 : DecimalToDouble.convert(digits: digits, exponent: 0)
    return negative ? -magnitude : magnitude
  }
}
