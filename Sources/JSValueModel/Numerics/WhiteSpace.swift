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

// StrWhiteSpaceChar (ECMAScript 7.1.4.1, grammar StrWhiteSpaceChar ::= WhiteSpace |
// LineTerminator; 12.2 WhiteSpace, 12.3 LineTerminator), as V8's
// IsWhiteSpaceOrLineTerminator (src/strings/char-predicates.h) classifies it.
// U+180E is NOT included (it stopped being Zs in Unicode 6.3; V8 agrees).
// Also the DecimalDigit that StringToNumber and parseInt read.

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

  /// The scalars of `s` with leading StrWhiteSpaceChar removed, and trailing ones too unless `trailing` is
  /// false (V8 AdvanceToNonspace; parseInt's TrimString(string, start) trims only the start).
  static func trimmedScalars(_ s: String, trailing: Bool = true) -> ArraySlice<Unicode.Scalar> {
    let all = Array(s.unicodeScalars)
    var lo = 0
    var hi = all.count
    while lo < hi, isStrWhiteSpace(all[lo]) { lo += 1 }
    while trailing, hi > lo, isStrWhiteSpace(all[hi - 1]) { hi -= 1 }
    return all[lo..<hi]
  }

  /// The value of a DecimalDigit (`0` to `9`), or nil for any other scalar.
  @inline(__always)
  static func decimalDigit(_ c: Unicode.Scalar) -> UInt8? {
    let v = c.value
    return (v >= 0x30 && v <= 0x39) ? UInt8(v - 0x30) : nil
  }
}
