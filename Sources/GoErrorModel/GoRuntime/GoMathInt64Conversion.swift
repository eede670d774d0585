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

// GoMathInt64Conversion.swift — Go's int64(f) for a float64 on amd64.
//
// cmd/compile lowers a non-constant float64→int64 conversion to CVTTSD2SQ
// (cmd/compile/internal/ssa/gen/AMD64.rules: (Cvt64Fto64 ...) => (CVTTSD2SQ ...)), whose
// "integer indefinite" result for NaN, ±Inf and out-of-range inputs is 0x8000000000000000.

extension GoMath {
  /// Go's int64(x) conversion of a float64 on amd64 (CVTTSD2SQ: truncation; NaN, ±Inf and out-of-range values give Int64.min).
  public static func int64(truncating x: Double) -> Int64 {
    // Representable after truncation toward zero iff -2^63 <= x < 2^63 (false for NaN).
    if x >= -9223372036854775808.0 && x < 9223372036854775808.0 {
      return Int64(x)  // truncates toward zero
    }
    return Int64.min
  }
}
