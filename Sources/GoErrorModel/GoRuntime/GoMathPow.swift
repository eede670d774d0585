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

// GoMathPow.swift — math.Pow, Exp, Ldexp, Min and Max of Go 1.23 as the amd64 build runs them: Pow is
// math/pow.go (pure Go on amd64: haveArchPow is false) over the assembly archLog (GoMathArchLog.swift;
// log_amd64.s is the same in Go 1.19 and 1.23) and archExp (exp_amd64.s) on its FMA path
// (useFMA = cpu.X86.HasAVX && cpu.X86.HasFMA, exp_amd64.go:11), which the reference machine's CPU takes.
// A CPU without AVX+FMA runs the other path and may differ in the last bit.
extension GoMath {
  /// `math.Pow(x, y)` (`pow.go:48-162`; `haveArchPow` is false on amd64).
  public static func pow(_ x: Double, _ y: Double) -> Double {
    switch true {
    case y == 0 || x == 1: return 1
    case y == 1: return x
    case x.isNaN || y.isNaN: return nan
    case x == 0:
      if y < 0 { return x.sign == .minus && isOddInt(y) ? -.infinity : .infinity }
      if y > 0 { return x.sign == .minus && isOddInt(y) ? x : 0 }
    case y.isInfinite:
      if x == -1 { return 1 }
      return (abs(x) < 1) == (y > 0) ? 0 : .infinity
    case x.isInfinite:
      if x < 0 { return pow(1 / x, -y) }
      if y < 0 { return 0 }
      if y > 0 { return .infinity }
    case y == 0.5: return x.squareRoot()
    case y == -0.5: return 1 / x.squareRoot()
    default: break
    }
    var (yi, yf) = modf(abs(y))
    if yf != 0 && x < 0 { return nan }
    if yi >= 0x1p63 {
      if x == -1 { return 1 }
      return (abs(x) < 1) == (y > 0) ? 0 : .infinity
    }
    var a1 = 1.0
    var ae = 0
    if yf != 0 {
      if yf > 0.5 {
        yf -= 1
        yi += 1
      }
      a1 = exp(yf * archLog(x))
    }
    var (x1, xe) = frexp(x)
    var i = Int64(yi)
    while i != 0 {
      if xe < -(1 << 12) || 1 << 12 < xe {
        ae += xe
        break
      }
      if i & 1 == 1 {
        a1 *= x1
        ae += xe
      }
      x1 *= x1
      xe <<= 1
      if x1 < 0.5 {
        x1 += x1
        xe -= 1
      }
      i >>= 1
    }
    if y < 0 {
      a1 = 1 / a1
      ae = -ae
    }
    return ldexp(a1, ae)
  }

  /// Go's `math.NaN()`: `Float64frombits(0x7FF8000000000001)`.
  public static let nan = Double(bitPattern: 0x7FF8_0000_0000_0001)

  /// `isOddInt` (`pow.go:164-176`).
  static func isOddInt(_ x: Double) -> Bool {
    if abs(x) >= 0x1p53 { return false }
    let (xi, xf) = modf(x)
    return xf == 0 && Int64(xi) & 1 == 1
  }

  /// `math.Modf` for the finite arguments `pow` passes: the integer part toward zero and the rest.
  static func modf(_ f: Double) -> (Double, Double) {
    let int = f.rounded(.towardZero)
    return (int, f - int)
  }

  /// `math.Ldexp` (`ldexp.go`): `frac * 2^exp` with one rounding; a denormal result is formed as
  /// `2^-53 * (frac * 2^(exp+53))`, which rounds once as well.
  static func ldexp(_ frac: Double, _ exp: Int) -> Double {
    if frac == 0 || !frac.isFinite { return frac }
    let (f, e) = frexp(frac)
    // exp + the frexp exponent - 1 is the unbiased exponent of f * 2^(exp + e) with f's significand in [1, 2).
    let total = exp + e - 1
    if total < -1075 { return frac.sign == .minus ? -0.0 : 0 }
    if total > 1023 { return frac.sign == .minus ? -.infinity : .infinity }
    let significand = Double(sign: .plus, exponent: 0, significand: abs(f) * 2)
    if total < -1022 {
      let scaled = Double(sign: f.sign, exponent: total + 53, significand: significand)
      return 0x1p-53 * scaled
    }
    return Double(sign: f.sign, exponent: total, significand: significand)
  }

  /// `archExp` (`exp_amd64.s`) on its `avxfma` path: the exponent `CVTSD2SL`-rounded to nearest, the reduction
  /// and the Taylor series fused as `VFNMADD231SD`/`VFMADD213SD` do, four squarings, then `fr * 2^exponent`.
  public static func exp(_ x: Double) -> Double {
    let bits = x.bitPattern
    if bits & ~(1 << 63) >= 0x7FF0_0000_0000_0000 {
      if bits == 0xFFF0_0000_0000_0000 { return 0 }
      return x
    }
    if x > 7.09782712893384e+02 { return .infinity }
    let scaled = (1.4426950408889634073599246810018920 * x).rounded(.toNearestOrEven)
    // CVTSD2SL: out of int32 range gives the integer indefinite 0x80000000.
    var exponent = scaled >= -0x1p31 && scaled < 0x1p31 ? Int32(scaled) : Int32.min
    let k = Double(exponent)
    var r = x.addingProduct(-k, 0.69314718055966295651160180568695068359375)
    r = r.addingProduct(-k, 0.28235290563031577122588448175013436025525412068e-12)
    r *= 0.0625
    var p = 2.4801587301587301587e-5
    for c in [
      1.9841269841269841270e-4, 1.3888888888888888889e-3, 8.3333333333333333333e-3, 4.1666666666666666667e-2,
      1.6666666666666666667e-1, 0.5, 1.0,
    ] {
      p = c.addingProduct(p, r)
    }
    r *= p
    for _ in 0..<3 {
      r *= r + 2
    }
    r = 1.0.addingProduct(r, r + 2)
    // ldexp: ADDL $0x3FF; JLE denormal; CMPL $0x7FF; JGE overflow.
    exponent = exponent &+ 0x3FF
    if exponent <= 0 {
      if exponent < -52 { return 0 }
      r *= Double(bitPattern: UInt64(UInt32(bitPattern: exponent &+ 0x3FE)) << 52)
      exponent = 1
    } else if exponent >= 0x7FF {
      return .infinity
    }
    return r * Double(bitPattern: UInt64(UInt32(bitPattern: exponent)) << 52)
  }

  /// `math.Min` (`dim.go`; `dim_amd64.s` agrees): -Inf wins, then NaN, then -0 over +0.
  public static func min(_ x: Double, _ y: Double) -> Double {
    if x == -.infinity || y == -.infinity { return -.infinity }
    if x.isNaN || y.isNaN { return nan }
    if x == 0 && x == y { return x.sign == .minus ? x : y }
    return x < y ? x : y
  }

  /// `math.Max` (`dim.go`; `dim_amd64.s` agrees): +Inf wins, then NaN, then +0 over -0.
  public static func max(_ x: Double, _ y: Double) -> Double {
    if x == .infinity || y == .infinity { return .infinity }
    if x.isNaN || y.isNaN { return nan }
    if x == 0 && x == y { return x.sign == .minus ? y : x }
    return x > y ? x : y
  }
}
