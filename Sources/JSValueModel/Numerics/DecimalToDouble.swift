// Correctly rounded (round-half-even) conversion of a decimal significand and
// exponent to binary64. V8 reaches the same, correctly rounded, result through
// double-conversion's Strtod (src/base/numbers/strtod.cc: fast paths, DiyFp, then a
// Bignum comparison); here the exact quotient is computed with BigUInt instead.

extension JSNumerics {
  /// V8 kMaxSignificantDigits (src/numbers/conversions.cc): more significant
  /// digits than this are replaced by a single trailing '1' sticky digit,
  /// which cannot change the correctly rounded result.
  static let maxSignificantDigits = 772

  /// Exact powers of ten representable in binary64 (10^0 ... 10^22).
  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The binary64 nearest to digits × 10^exponent (ties to even), where
  /// `digits` are decimal digit values 0...9, most significant first.
  /// Positive result; the caller applies the sign.
  static func decimalToDouble(digits: [UInt8], exponent: Int) -> Double {
    // Strip leading and trailing zeros.
    var lo = 0
    var hi = digits.count
    while lo < hi, digits[lo] == 0 { lo += 1 }
    var exp10 = exponent
    while hi > lo, digits[hi - 1] == 0 { hi -= 1; exp10 += 1 }
    if lo == hi { return 0 }
    let n = hi - lo
    // value in [10^(n+exp10-1), 10^(n+exp10))
    if n + exp10 > 310 { return .infinity }      // >= 10^310 > DBL_MAX
    if n + exp10 < -323 { return 0 }             // < 10^-324 < 2^-1075

    // Clinger fast path (V8 strtod.cc DoubleStrtod): the significand and the
    // power of ten are both exact, so one IEEE operation rounds correctly.
    if n <= 15 {
      var m: UInt64 = 0
      for i in lo..<hi { m = m * 10 + UInt64(digits[i]) }
      let d = Double(m)  // exact: m < 10^15 < 2^53
      if exp10 >= 0 && exp10 <= 22 { return d * exactPowersOfTen[exp10] }
      if exp10 < 0 && exp10 >= -22 { return d / exactPowersOfTen[-exp10] }
      if exp10 > 22 && exp10 <= 22 + (15 - n) {
        // Shift some of the exponent into the (still exact) significand.
        let shifted = d * exactPowersOfTen[exp10 - 22]
        return shifted * exactPowersOfTen[22]
      }
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

  /// Rounds (q + f) × 2^exp2 to binary64, ties to even, where q > 0 and
  /// f in [0, 1) is nonzero iff `sticky`. Handles overflow and subnormals.
  /// When `sticky` is set q must hold at least 54 significant bits.
  static func roundToDouble(_ q: UInt64, sticky: Bool, exp2: Int) -> Double {
    let width = 64 - q.leadingZeroBitCount
    let e = exp2 + width - 1                      // value in [2^e, 2^(e+1))
    if e > 1023 { return .infinity }
    let keep = e >= -1022 ? 53 : e + 1075         // significant bits kept
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
      if m == 1 << 53 { m >>= 1; biased += 1 }
      if biased >= 2047 { return .infinity }
      return Double(bitPattern: (biased << 52) | (m & ((1 << 52) - 1)))
    }
    // Subnormal: the bit pattern is the significand itself; a carry into
    // bit 52 yields exactly the smallest normal number.
    return Double(bitPattern: m)
  }
}
