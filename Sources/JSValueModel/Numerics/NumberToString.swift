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

// ECMAScript 6.1.6.1.20 Number::toString(x, 10), as V8's DoubleToCString
// (src/numbers/conversions.cc) prints it. The shortest round-trip digits
// (V8: FastDtoa/BignumDtoa in SHORTEST mode, closest to x) are taken from
// Swift's Double.description, which is also shortest-and-closest.

extension JSNumerics {
  /// Number::toString(x) in radix 10, exactly the characters V8 produces (String(x) in JS).
  public static func numberToString(_ x: Double) -> String {
    // Steps 1-4: NaN, +-0, negative, Infinity.
    if x.isNaN { return "NaN" }
    if x == 0 { return "0" }
    if x.isInfinite { return x < 0 ? "-Infinity" : "Infinity" }
    let (digits, n) = shortestDigits(x.magnitude)
    let body = formatECMAScript(digits: digits, pointPosition: n)
    return x < 0 ? "-" + body : body
  }

  /// Shortest round-trip decimal digits of a positive finite `x` and n with
  /// x = 0.d1d2...dk × 10^n (the k and n of 6.1.6.1.20 step 5).
  static func shortestDigits(_ x: Double) -> (digits: [UInt8], n: Int) {
    // Swift prints e.g. "123.456", "1e-05", "1.2345e+20", "5e-324".
    var digits: [UInt8] = []
    var pointPosition: Int? = nil  // digits before '.', counted incl. leading zeros
    var exp = 0
    var expNegative = false
    var inExponent = false
    var leadingZeros = 0  // zeros dropped before the first nonzero digit
    var count = 0  // mantissa digits seen (incl. leading zeros)
    for c in x.description.utf8 {
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if inExponent {
          exp = exp * 10 + Int(c - UInt8(ascii: "0"))
        } else {
          count += 1
          if digits.isEmpty && c == UInt8(ascii: "0") {
            leadingZeros += 1
          } else {
            digits.append(c - UInt8(ascii: "0"))
          }
        }
      case UInt8(ascii: "."):
        pointPosition = count
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        inExponent = true
      case UInt8(ascii: "-"):
        expNegative = true  // only the exponent can be negative here
      default:
        break  // '+'
      }
    }
    while let last = digits.last, last == 0 { digits.removeLast() }
    let point = pointPosition ?? count
    let n = point - leadingZeros + (expNegative ? -exp : exp)
    return (digits, n)
  }

  /// 6.1.6.1.20 steps 6-12: place the digits for radix 10.
  static func formatECMAScript(digits: [UInt8], pointPosition n: Int) -> String {
    let k = digits.count
    var out: [UInt8] = []
    out.reserveCapacity(k + 8)
    @inline(__always) func put(_ d: UInt8) { out.append(d + UInt8(ascii: "0")) }
    if k <= n && n <= 21 {
      // Step 6: digits followed by n-k zeros.
      for d in digits { put(d) }
      for _ in 0..<(n - k) { out.append(UInt8(ascii: "0")) }
    } else if 0 < n && n <= 21 {
      // Step 7: first n digits, '.', remaining k-n digits.
      for d in digits[0..<n] { put(d) }
      out.append(UInt8(ascii: "."))
      for d in digits[n...] { put(d) }
    } else if -6 < n && n <= 0 {
      // Step 8: "0." then -n zeros then the digits.
      out.append(UInt8(ascii: "0"))
      out.append(UInt8(ascii: "."))
      for _ in 0..<(-n) { out.append(UInt8(ascii: "0")) }
      for d in digits { put(d) }
    } else {
      // Steps 9-12: exponential form d[.ddd]e(+|-)(n-1).
      put(digits[0])
      if k > 1 {
        out.append(UInt8(ascii: "."))
        for d in digits[1...] { put(d) }
      }
      out.append(UInt8(ascii: "e"))
      let e = n - 1
      out.append(e < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      for c in String(e.magnitude).utf8 { out.append(c) }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
