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

// GoMathArchLog.swift — math.Log as the amd64 assembly computes it (math/log_amd64.s, ·archLog).
//
// On amd64 math.Log always calls archLog (math/log_asm.go: haveArchLog = true).
// The assembly follows math/log.go's FreeBSD-derived algorithm, but with its own
// inline frexp (no subnormal handling) and one real difference: the reduction test
//
//     MOVSD  $HSqrt2, X0
//     CMPSD  X2, X0, 5      // Go operand order: Intel `cmpsd xmm0, xmm2, 5` (f2 0f c2 c2 05)
//
// uses predicate 5 = NLT with X0 = Sqrt2/2 as the first operand, so the mask is
// !(Sqrt2/2 < f1), i.e. f1 <= Sqrt2/2 — not `f1 < Sqrt2/2` as the comment and the
// pure-Go log.go say. f1 == 0x3FE6A09E667F3BCD exactly therefore takes the k -= 1,
// f1 *= 2 branch. Every constant below is the bit pattern the assembler emitted.

extension GoMath {
  /// The Go 1.19 amd64 assembly math.Log(x) (math/log_amd64.s), operation for operation.
  static func archLog(_ x: Double) -> Double {
    let hSqrt2 = Double(bitPattern: 0x3FE6_A09E_667F_3BCD)  // sqrt(2)/2
    let ln2Hi = Double(bitPattern: 0x3FE6_2E42_FEE0_0000)
    let ln2Lo = Double(bitPattern: 0x3DEA_39EF_3579_3C76)
    let l1 = Double(bitPattern: 0x3FE5_5555_5555_5593)
    let l2 = Double(bitPattern: 0x3FD9_9999_9997_FA04)
    let l3 = Double(bitPattern: 0x3FD2_4924_9422_9359)
    let l4 = Double(bitPattern: 0x3FCC_71C5_1D8E_78AF)
    let l5 = Double(bitPattern: 0x3FC7_4664_96CB_03DE)
    let l6 = Double(bitPattern: 0x3FC3_9A09_D078_C69F)
    let l7 = Double(bitPattern: 0x3FC2_F112_DF3E_5244)

    // test bits for special cases
    let bx = x.bitPattern
    if bx & ~(UInt64(1) << 63) == 0 {  // isZero: ±0 → -Inf
      return Double(bitPattern: 0xFFF0_0000_0000_0000)
    }
    if Int64(bitPattern: bx) < 0 {  // isNegative (CMPQ $0, BX; JGT — signed): includes -Inf and negative NaNs
      return Double(bitPattern: 0x7FF8_0000_0000_0001)
    }
    if Int64(bitPattern: bx) >= 0x7FF0_0000_0000_0000 {  // isInfOrNaN (JLE): return x bit for bit
      return x
    }

    // f1, ki := math.Frexp(x); k := float64(ki) — inline, exponent field only
    var f1 = Double(bitPattern: (bx & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000)
    var k = Double(Int32((bx >> 52) & 0x7FF) - 0x3FE)  // CVTSL2SD

    // if f1 <= math.Sqrt2/2 { k -= 1; f1 *= 2 }   (CMPSD predicate 5, see header)
    let mask: Double = (hSqrt2 < f1) ? 0.0 : 1.0  // ANDPD of the compare mask with 1.0
    k = k - mask
    f1 = f1 * (mask + 1.0)

    let f = f1 - 1.0
    let s = f / (2.0 + f)
    let s2 = s * s
    let s4 = s2 * s2
    // t1 := s2 * (L1 + s4*(L3+s4*(L5+s4*L7)))
    let t1 = s2 * (((l7 * s4 + l5) * s4 + l3) * s4 + l1)
    // t2 := s4 * (L2 + s4*(L4+s4*L6))
    let t2 = s4 * ((l6 * s4 + l4) * s4 + l2)
    let r = t1 + t2
    let hfsq = (0.5 * f) * f
    // return k*Ln2Hi - ((hfsq - (s*(hfsq+R) + k*Ln2Lo)) - f)
    let a = s * (r + hfsq) + ln2Lo * k
    let b = (hfsq - a) - f
    return k * ln2Hi - b
  }
}
