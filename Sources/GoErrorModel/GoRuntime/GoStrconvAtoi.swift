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

// GoStrconvAtoi.swift — strconv.Atoi (strconv/atoi.go, Go 1.19) with 64-bit int.

extension GoStrconv {
  /// strconv.Atoi(s) on a 64-bit platform; nil whenever Go returns an error (syntax or range).
  public static func atoi(_ s: String) -> Int64? {
    // Atoi = fast path for len(s) < 19, else ParseInt(s, 10, 0). Both accept exactly
    // an optional single '+'/'-' followed by one or more ASCII digits (base 10 allows
    // no underscores or prefixes: ParseUint only skips '_' when base == 0), and
    // ParseInt rejects values outside [-2^63, 2^63-1] with ErrRange.
    var bytes = s.utf8.makeIterator()
    guard var c = bytes.next() else { return nil }  // empty: ErrSyntax
    var negative = false
    if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
      negative = c == UInt8(ascii: "-")
      guard let next = bytes.next() else { return nil }  // lone sign: ErrSyntax
      c = next
    }
    // Accumulate the magnitude in UInt64; remember overflow but keep scanning,
    // since any non-digit is an error either way.
    var magnitude: UInt64 = 0
    var overflow = false
    while true {
      let d = c &- UInt8(ascii: "0")
      if d > 9 { return nil }  // ErrSyntax
      if !overflow {
        let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(UInt64(d))
        if o1 || o2 { overflow = true } else { magnitude = a }
      }
      guard let next = bytes.next() else { break }
      c = next
    }
    if overflow { return nil }  // ErrRange
    // ParseInt's cutoff: 1<<63 for negative values, (1<<63)-1 for positive ones.
    let cutoff: UInt64 = 1 << 63
    if negative {
      if magnitude > cutoff { return nil }
      return magnitude == cutoff ? Int64.min : -Int64(magnitude)
    }
    if magnitude >= cutoff { return nil }
    return Int64(magnitude)
  }
}
