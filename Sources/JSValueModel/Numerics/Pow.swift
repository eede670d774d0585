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

// swift-format-ignore-file: AlwaysUseLowerCamelCase, NoBlockComments
// (The names and the /* */ comments are fdlibm's, kept so the port reads line by line against e_pow.c.)
// ECMAScript 6.1.6.1.3 Number::exponentiate (Math.pow and **), as V8 11.3
// computes it: base::ieee754::pow in src/base/ieee754.cc, V8's port of fdlibm
// e_pow.c (__ieee754_pow). Every tier (interpreter builtin MathPow /
// Exponentiate, TurboFan Float64Pow, constant folding) calls that function.
// (Later V8s renamed it base::ieee754::legacy::pow and added
// math::pow/--use-std-math-pow; Node 20 predates that.)
//
// This is a line-by-line port. The arithmetic is plain IEEE binary64 with
// round-to-nearest; Swift never contracts a*b+c into an FMA, and nothing
// here calls libm: sqrt and scalbn are exact software versions (both are
// correctly rounded operations, so any conforming implementation agrees).

extension JSNumerics {
  /// Math.pow(x, y), bit for bit as V8 11.3 computes it (fdlibm e_pow.c via V8's base::ieee754::pow).
  public static func pow(_ x: Double, _ y: Double) -> Double {
    FdlibmPow.pow(x, y)
  }

  /// V8 base::ieee754::pow (fdlibm __ieee754_pow) and its helpers.
  enum FdlibmPow {
    static let bp: (Double, Double) = (1.0, 1.5)
    static let dp_h: (Double, Double) = (0.0, 5.84962487220764160156e-01)  // 0x3FE2B803, 0x40000000
    static let dp_l: (Double, Double) = (0.0, 1.35003920212974897128e-08)  // 0x3E4CFDEB, 0x43CFD006
    static let zero = 0.0, one = 1.0, two = 2.0
    static let two53 = 9007199254740992.0  // 0x43400000, 0x00000000
    static let huge = 1.0e300, tiny = 1.0e-300
    // poly coefs for (3/2)*(log(x)-2s-2/3*s**3
    static let L1 = 5.99999999999994648725e-01  // 0x3FE33333, 0x33333303
    static let L2 = 4.28571428578550184252e-01  // 0x3FDB6DB6, 0xDB6FABFF
    static let L3 = 3.33333329818377432918e-01  // 0x3FD55555, 0x518F264D
    static let L4 = 2.72728123808534006489e-01  // 0x3FD17460, 0xA91D4101
    static let L5 = 2.30660745775561754067e-01  // 0x3FCD864A, 0x93C9DB65
    static let L6 = 2.06975017800338417784e-01  // 0x3FCA7E28, 0x4A454EEF
    static let P1 = 1.66666666666666019037e-01  // 0x3FC55555, 0x5555553E
    static let P2 = -2.77777777770155933842e-03  // 0xBF66C16C, 0x16BEBD93
    static let P3 = 6.61375632143793436117e-05  // 0x3F11566A, 0xAF25DE2C
    static let P4 = -1.65339022054652515390e-06  // 0xBEBBBD41, 0xC5D26BF1
    static let P5 = 4.13813679705723846039e-08  // 0x3E663769, 0x72BEA4D0
    static let lg2 = 6.93147180559945286227e-01  // 0x3FE62E42, 0xFEFA39EF
    static let lg2_h = 6.93147182464599609375e-01  // 0x3FE62E43, 0x00000000
    static let lg2_l = -1.90465429995776804525e-09  // 0xBE205C61, 0x0CA86C39
    static let ovt = 8.0085662595372944372e-17  // -(1024-log2(ovfl+.5ulp))
    static let cp = 9.61796693925975554329e-01  // 0x3FEEC709, 0xDC3A03FD =2/(3ln2)
    static let cp_h = 9.61796700954437255859e-01  // 0x3FEEC709, 0xE0000000 =(float)cp
    static let cp_l = -7.02846165095275826516e-09  // 0xBE3E2FE0, 0x145B01F5 =tail cp_h
    static let ivln2 = 1.44269504088896338700e+00  // 0x3FF71547, 0x652B82FE =1/ln2
    static let ivln2_h = 1.44269502162933349609e+00  // 0x3FF71547, 0x60000000 =24b 1/ln2
    static let ivln2_l = 1.92596299112661746887e-08  // 0x3E54AE0B, 0xF85DDF44 =1/ln2 tail

    // fdlibm word access macros (V8 EXTRACT_WORDS, GET_HIGH_WORD, SET_LOW_WORD ...).
    @inline(__always) static func highWord(_ d: Double) -> Int32 {
      Int32(truncatingIfNeeded: d.bitPattern >> 32)
    }
    @inline(__always) static func lowWord(_ d: Double) -> UInt32 {
      UInt32(truncatingIfNeeded: d.bitPattern)
    }
    @inline(__always) static func settingLowWord(_ d: Double, _ v: UInt32) -> Double {
      Double(bitPattern: (d.bitPattern & 0xFFFF_FFFF_0000_0000) | UInt64(v))
    }
    @inline(__always) static func settingHighWord(_ d: Double, _ v: Int32) -> Double {
      Double(
        bitPattern: (d.bitPattern & 0x0000_0000_FFFF_FFFF)
          | (UInt64(UInt32(bitPattern: v)) << 32))
    }

    /// IEEE 754 squareRoot of x >= +0 (or NaN/+Inf), correctly rounded, in
    /// integer arithmetic so that no libm `sqrt` call can be emitted.
    static func sqrt(_ x: Double) -> Double {
      if x.isNaN || x < 0 { return .nan }
      if x == 0 || x.isInfinite { return x }
      var biased = Int((x.bitPattern >> 52) & 0x7FF)
      var m = x.bitPattern & ((1 << 52) - 1)
      if biased == 0 {  // subnormal: normalize
        let shift = m.leadingZeroBitCount - 11
        m <<= UInt64(shift)
        biased = 1 - shift
      } else {
        m |= 1 << 52
      }
      // x = m * 2^e, m in [2^52, 2^53). Scale to M = m * 2^s in [2^104, 2^106)
      // with e - s even, so sqrt(x) = sqrt(M) * 2^((e - s) / 2).
      let e = biased - 1075
      let s = (e & 1) != 0 ? 53 : 52
      var remHi = m >> UInt64(64 - s)
      var remLo = m << UInt64(s)  // M, consumed below
      var resHi: UInt64 = 0
      var resLo: UInt64 = 0  // root accumulator
      var bitHi: UInt64 = 1 << 40
      var bitLo: UInt64 = 0  // 4^52 = 2^104
      // Digit-by-digit binary square root on 128-bit (hi, lo) pairs.
      while bitHi | bitLo != 0 {
        let (tLo, c) = resLo.addingReportingOverflow(bitLo)
        let tHi = resHi &+ bitHi &+ (c ? 1 : 0)
        if remHi > tHi || (remHi == tHi && remLo >= tLo) {
          let (nLo, b) = remLo.subtractingReportingOverflow(tLo)
          remHi = remHi &- tHi &- (b ? 1 : 0)
          remLo = nLo
          // res = (res >> 1) + bit
          resLo = (resLo >> 1) | (resHi << 63)
          resHi >>= 1
          let (sLo, c2) = resLo.addingReportingOverflow(bitLo)
          resLo = sLo
          resHi = resHi &+ bitHi &+ (c2 ? 1 : 0)
        } else {
          resLo = (resLo >> 1) | (resHi << 63)
          resHi >>= 1
        }
        bitLo = (bitLo >> 2) | (bitHi << 62)
        bitHi >>= 2
      }
      // res = floor(sqrt(M)) < 2^53, rem = M - res^2. A tie is impossible, so
      // round up iff M > res^2 + res, i.e. rem > res.
      var r = resLo
      if remHi != 0 || remLo > r { r += 1 }
      var resultExp = (e - s) / 2 + 52 + 1023
      if r == 1 << 53 {
        r >>= 1
        resultExp += 1
      }
      return Double(bitPattern: (UInt64(resultExp) << 52) | (r & ((1 << 52) - 1)))
    }

    /// scalbn(x, n) = x * 2^n correctly rounded (single rounding), as
    /// C99 scalbn; written like musl's so no libm is involved.
    static func scalbn(_ x: Double, _ n: Int32) -> Double {
      var y = x
      var n = Int(n)
      if n > 1023 {
        y *= 0x1p1023
        n -= 1023
        if n > 1023 {
          y *= 0x1p1023
          n -= 1023
          if n > 1023 { n = 1023 }
        }
      } else if n < -1022 {
        // 2^-1022 * 2^53 keeps y normal, so only the last multiply rounds.
        y *= 0x1p-1022 * 0x1p53
        n += 1022 - 53
        if n < -1022 {
          y *= 0x1p-1022 * 0x1p53
          n += 1022 - 53
          if n < -1022 { n = -1022 }
        }
      }
      return y * Double(bitPattern: UInt64(0x3FF + n) << 52)
    }

    // Port of V8 src/base/ieee754.cc `double pow(double x, double y)`.
    static func pow(_ x: Double, _ y: Double) -> Double {
      var z: Double
      var ax: Double
      var z_h: Double
      var z_l: Double
      var p_h: Double
      var p_l: Double
      var y1: Double
      var t1: Double
      var t2: Double
      var r: Double
      var s: Double
      var t: Double
      var u: Double
      var v: Double
      var w: Double
      var i: Int32
      var j: Int32
      var k: Int32
      var yisint: Int32
      var n: Int32

      let hx = highWord(x)
      let lx = lowWord(x)
      let hy = highWord(y)
      let ly = lowWord(y)
      var ix = hx & 0x7fffffff
      let iy = hy & 0x7fffffff

      /* y==zero: x**0 = 1 */
      if (UInt32(bitPattern: iy) | ly) == 0 { return one }

      /* +-NaN return x+y */
      if ix > 0x7ff00000 || ((ix == 0x7ff00000) && (lx != 0)) || iy > 0x7ff00000
        || ((iy == 0x7ff00000) && (ly != 0))
      {
        return x + y
      }

      /* determine if y is an odd int when x < 0
       * yisint = 0 ... y is not an integer
       * yisint = 1 ... y is an odd int
       * yisint = 2 ... y is an even int
       */
      yisint = 0
      if hx < 0 {
        if iy >= 0x43400000 {
          yisint = 2 /* even integer y */
        } else if iy >= 0x3ff00000 {
          k = (iy >> 20) - 0x3ff /* exponent */
          if k > 20 {
            j = Int32(bitPattern: ly >> UInt32(52 - k))
            if (j &<< (52 - k)) == Int32(bitPattern: ly) { yisint = 2 - (j & 1) }
          } else if ly == 0 {
            j = iy >> (20 - k)
            if (j &<< (20 - k)) == iy { yisint = 2 - (j & 1) }
          }
        }
      }

      /* special value of y */
      if ly == 0 {
        if iy == 0x7ff00000 { /* y is +-inf */
          if (UInt32(bitPattern: ix &- 0x3ff00000) | lx) == 0 {
            return y - y /* inf**+-1 is NaN */
          } else if ix >= 0x3ff00000 { /* (|x|>1)**+-inf = inf,0 */
            return (hy >= 0) ? y : zero
          } else { /* (|x|<1)**-,+inf = inf,0 */
            return (hy < 0) ? -y : zero
          }
        }
        if iy == 0x3ff00000 { /* y is  +-1 */
          if hy < 0 {
            return one / x
          } else {
            return x
          }
        }
        if hy == 0x40000000 { return x * x } /* y is  2 */
        if hy == 0x3fe00000 { /* y is  0.5 */
          if hx >= 0 { /* x >= +0 */
            return sqrt(x)
          }
        }
      }

      ax = x.magnitude
      /* special value of x */
      if lx == 0 {
        if ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000 {
          z = ax /*x is +-0,+-inf,+-1*/
          if hy < 0 { z = one / z } /* z = (1/|x|) */
          if hx < 0 {
            if ((ix &- 0x3ff00000) | yisint) == 0 {
              /* (-1)**non-int is NaN */
              z = .nan
            } else if yisint == 1 {
              z = -z /* (x<0)**odd = -(|x|**odd) */
            }
          }
          return z
        }
      }

      n = (hx >> 31) + 1

      /* (x<0)**(non-int) is NaN */
      if (n | yisint) == 0 { return .nan }

      s = one /* s (sign of result -ve**odd) = -1 else = 1 */
      if (n | (yisint - 1)) == 0 { s = -one } /* (-ve)**(odd int) */

      /* |y| is huge */
      if iy > 0x41e00000 { /* if |y| > 2**31 */
        if iy > 0x43f00000 { /* if |y| > 2**64, must o/uflow */
          if ix <= 0x3fefffff { return (hy < 0) ? huge * huge : tiny * tiny }
          if ix >= 0x3ff00000 { return (hy > 0) ? huge * huge : tiny * tiny }
        }
        /* over/underflow if x is not close to one */
        if ix < 0x3fefffff { return (hy < 0) ? s * huge * huge : s * tiny * tiny }
        if ix > 0x3ff00000 { return (hy > 0) ? s * huge * huge : s * tiny * tiny }
        /* now |1-x| is tiny <= 2**-20, suffice to compute
           log(x) by x-x^2/2+x^3/3-x^4/4 */
        t = ax - one /* t has 20 trailing zeros */
        w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
        u = ivln2_h * t /* ivln2_h has 21 sig. bits */
        v = t * ivln2_l - w * ivln2
        t1 = u + v
        t1 = settingLowWord(t1, 0)
        t2 = v - (t1 - u)
      } else {
        var ss: Double
        var s2: Double
        var s_h: Double
        var s_l: Double
        var t_h: Double
        var t_l: Double
        n = 0
        /* take care subnormal number */
        if ix < 0x00100000 {
          ax *= two53
          n -= 53
          ix = highWord(ax)
        }
        n += ((ix) >> 20) - 0x3ff
        j = ix & 0x000fffff
        /* determine interval */
        ix = j | 0x3ff00000 /* normalize ix */
        if j <= 0x3988E {
          k = 0 /* |x|<sqrt(3/2) */
        } else if j < 0xBB67A {
          k = 1 /* |x|<sqrt(3)   */
        } else {
          k = 0
          n += 1
          ix -= 0x00100000
        }
        ax = settingHighWord(ax, ix)
        let bpk = k == 0 ? bp.0 : bp.1
        let dphk = k == 0 ? dp_h.0 : dp_h.1
        let dplk = k == 0 ? dp_l.0 : dp_l.1

        /* compute ss = s_h+s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5) */
        u = ax - bpk /* bp[0]=1.0, bp[1]=1.5 */
        v = one / (ax + bpk)
        ss = u * v
        s_h = ss
        s_h = settingLowWord(s_h, 0)
        /* t_h=ax+bp[k] High */
        t_h = zero
        t_h = settingHighWord(t_h, ((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18))
        t_l = ax - (t_h - bpk)
        s_l = v * ((u - s_h * t_h) - s_h * t_l)
        /* compute log(ax) */
        s2 = ss * ss
        r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))))
        r += s_l * (s_h + ss)
        s2 = s_h * s_h
        t_h = 3.0 + s2 + r
        t_h = settingLowWord(t_h, 0)
        t_l = r - ((t_h - 3.0) - s2)
        /* u+v = ss*(1+...) */
        u = s_h * t_h
        v = s_l * t_h + t_l * ss
        /* 2/(3log2)*(ss+...) */
        p_h = u + v
        p_h = settingLowWord(p_h, 0)
        p_l = v - (p_h - u)
        z_h = cp_h * p_h /* cp_h+cp_l = 2/(3*log2) */
        z_l = cp_l * p_h + p_l * cp + dplk
        /* log2(ax) = (ss+..)*2/(3*log2) = n + dp_h + z_h + z_l */
        t = Double(n)
        t1 = (((z_h + z_l) + dphk) + t)
        t1 = settingLowWord(t1, 0)
        t2 = z_l - (((t1 - t) - dphk) - z_h)
      }

      /* split up y into y1+y2 and compute (y1+y2)*(t1+t2) */
      y1 = y
      y1 = settingLowWord(y1, 0)
      p_l = (y - y1) * t1 + y * t2
      p_h = y1 * t1
      z = p_l + p_h
      j = highWord(z)
      i = Int32(bitPattern: lowWord(z))
      if j >= 0x40900000 { /* z >= 1024 */
        if ((j &- 0x40900000) | i) != 0 { /* if z > 1024 */
          return s * huge * huge /* overflow */
        } else {
          if p_l + ovt > z - p_h { return s * huge * huge } /* overflow */
        }
      } else if (j & 0x7fffffff) >= 0x4090cc00 { /* z <= -1075 */
        if ((UInt32(bitPattern: j) &- 0xc090cc00) | UInt32(bitPattern: i)) != 0 { /* z < -1075 */
          return s * tiny * tiny /* underflow */
        } else {
          if p_l <= z - p_h { return s * tiny * tiny } /* underflow */
        }
      }
      /*
       * compute 2**(p_h+p_l)
       */
      i = j & 0x7fffffff
      k = (i >> 20) - 0x3ff
      n = 0
      if i > 0x3fe00000 { /* if |z| > 0.5, set n = [z+0.5] */
        n = j &+ (0x00100000 >> (k + 1))
        k = ((n & 0x7fffffff) >> 20) - 0x3ff /* new k for n */
        t = zero
        t = settingHighWord(t, n & ~(0x000fffff >> k))
        n = ((n & 0x000fffff) | 0x00100000) >> (20 - k)
        if j < 0 { n = -n }
        p_h -= t
      }
      t = p_l + p_h
      t = settingLowWord(t, 0)
      u = t * lg2_h
      v = (p_l - (t - p_h)) * lg2 + t * lg2_l
      z = u + v
      w = v - (z - u)
      t = z * z
      t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
      r = (z * t1) / ((t1 - two) - (w + z * w))
      z = one - (r - z)
      j = highWord(z)
      j = j &+ Int32(bitPattern: UInt32(bitPattern: n) << 20)
      if (j >> 20) <= 0 {
        z = scalbn(z, n) /* subnormal output */
      } else {
        let tmp = highWord(z)
        z = settingHighWord(z, tmp &+ Int32(bitPattern: UInt32(bitPattern: n) << 20))
      }
      return s * z
    }
  }
}
