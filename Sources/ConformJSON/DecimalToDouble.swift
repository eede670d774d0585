/// Correctly rounded (ties-to-even) conversion of decimal literals to binary64.
internal enum DecimalToDouble {
  /// Exact powers of ten 10^0 ... 10^22 (all exactly representable in binary64).
  static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Integer powers of ten 10^0 ... 10^19.
  static let integerPowersOfTen: [UInt64] = [
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
  @inline(__always)
  static func fastPath(mantissa: UInt64, exponent: Int, negative: Bool) -> Double? {
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

  /// Converts a grammar-checked JSON number literal with the standard library's correctly
  /// rounded parser. Returns nil if the value rounds to infinity.
  static func slowPath(_ literal: UnsafeBufferPointer<UInt8>) -> Double? {
    let text = String(decoding: literal, as: UTF8.self)
    guard let d = Double(text), d.isFinite else { return nil }
    return d
  }
}
