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

// GoMathFrexp.swift — math.Frexp (math/frexp.go, pure Go on amd64: haveArchFrexp is false).

extension GoMath {
  /// math.Frexp(f): frac in [½, 1) (sign kept) and exp with f == frac × 2^exp; ±0, ±Inf and NaN come back unchanged with exp 0.
  static func frexp(_ f: Double) -> (frac: Double, exp: Int) {
    // special cases (NaN payloads and the sign of zero are preserved)
    if f == 0 || f.isInfinite || f.isNaN { return (f, 0) }
    // normalize (math/bits.go): scale subnormals up by 2^52.
    var x = f
    var exp = 0
    if x.magnitude < 2.2250738585072014e-308 {  // SmallestNormal = 0x1p-1022
      x *= 4503599627370496.0  // 1 << 52
      exp = -52
    }
    var bits = x.bitPattern
    exp += Int((bits >> 52) & 0x7FF) - 1023 + 1  // shift = 52, mask = 0x7FF, bias = 1023
    bits &= ~(UInt64(0x7FF) << 52)
    bits |= UInt64(1023 - 1) << 52
    return (Double(bitPattern: bits), exp)
  }
}
