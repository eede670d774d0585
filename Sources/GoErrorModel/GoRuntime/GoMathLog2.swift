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

// GoMathLog2.swift — math.Log2 (math/log10.go) as Go 1.19 runs it on amd64.
//
// amd64 has no archLog2 (haveArchLog2 = false), so Log2 is the pure-Go log2:
// Frexp (math/frexp.go) plus the amd64 assembly Log (math/log_amd64.s). Go does
// not fuse the final multiply-add into an FMA on amd64, and neither does Swift.

extension GoMath {
  /// 1/Ln2 as the Go compiler rounds the exact constant expression (math/const.go): 0x3FF71547652B82FE.
  static let invLn2 = Double(bitPattern: 0x3FF7_1547_652B_82FE)

  /// math.Log2(x) exactly as Go 1.19 computes it on amd64 (math/log10.go log2 + Frexp + the amd64 assembly Log in math/log_amd64.s).
  public static func log2(_ x: Double) -> Double {
    let (frac, exp) = frexp(x)
    // Make sure exact powers of two give an exact answer.
    if frac == 0.5 {
      return Double(exp - 1)
    }
    return archLog(frac) * invLn2 + Double(exp)
  }
}
