// StrWhiteSpaceChar (ECMAScript 7.1.4.1, grammar StrWhiteSpaceChar ::= WhiteSpace |
// LineTerminator; 12.2 WhiteSpace, 12.3 LineTerminator), as V8's
// IsWhiteSpaceOrLineTerminator (src/strings/char-predicates.h) classifies it.
// U+180E is NOT included (it stopped being Zs in Unicode 6.3; V8 agrees).

extension JSNumerics {
  /// True if `c` is a StrWhiteSpaceChar (WhiteSpace or LineTerminator).
  @inline(__always)
  static func isStrWhiteSpace(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0009, 0x000B, 0x000C, 0x0020, 0x00A0, 0xFEFF:  // TAB VT FF SP NBSP ZWNBSP
      return true
    case 0x000A, 0x000D, 0x2028, 0x2029:  // LF CR LS PS (LineTerminator)
      return true
    case 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:  // other Zs (USP)
      return true
    default:
      return false
    }
  }

  /// The scalars of `s` with leading and trailing StrWhiteSpaceChar removed
  /// (V8 AdvanceToNonspace on both ends).
  static func trimmedScalars(_ s: String) -> ArraySlice<Unicode.Scalar> {
    let all = Array(s.unicodeScalars)
    var lo = 0
    var hi = all.count
    while lo < hi, isStrWhiteSpace(all[lo]) { lo += 1 }
    while hi > lo, isStrWhiteSpace(all[hi - 1]) { hi -= 1 }
    return all[lo..<hi]
  }
}
