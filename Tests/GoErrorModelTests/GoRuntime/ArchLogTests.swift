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

// ArchLogTests.swift — the internal math.Log port (math/log_amd64.s) on its own, against Go's digest.
// Needs a testable build (plain `swift test`), because GoMath.archLog is internal.

import ConformTestSupport
import ConformVectors
import Testing

@testable import GoErrorModel

/// GoMath.archLog against Go 1.19.8's math.Log on amd64 (scripts/go-runtime/cases LogLines).
@Suite struct ArchLogTests {
  /// Mirrors cases.LogLines: special doubles, Sqrt2/2 × 2^e for every exponent, 1,000,000 random doubles.
  @Test func logMatchesGo() throws {
    let expected = try #require(expectedDigests["log-doubles"])
    var digest = LineDigest()
    func line(_ b: UInt64) {
      digest.add(Hex.digits16(b) + " " + Hex.digits16(GoMath.archLog(Double(bitPattern: b)).bitPattern))
    }
    for b in CaseSets.specialDoubleBits { line(b) }
    for e in UInt64(0)...0x7FE { line(e << 52 | 0x6_A09E_667F_3BCD) }
    var rng = SplitMix64(state: 0x106)
    for i in 0..<1_000_000 {
      let b: UInt64
      switch i % 4 {
      case 0: b = rng.next()
      case 1: b = rng.next() & 0x000F_FFFF_FFFF_FFFF | 0x3FE0_0000_0000_0000
      case 2: b = rng.next() & 0x000F_FFFF_FFFF_FFFF
      default: b = rng.next() & 0x7FFF_FFFF_FFFF_FFFF
      }
      line(b)
    }
    #expect(digest.count == expected.count)
    #expect(digest.hash == expected.hash, "GoMath.archLog differs from Go's math.Log")
    // x = Sqrt2/2 × 2^32: the CMPSD `<=` makes the assembly differ from pure-Go log.go's `<`.
    #expect(GoMath.archLog(Double(bitPattern: 0x41E6_A09E_667F_3BCD)).bitPattern == 0x4035_D589_F2FE_5108)
  }
}
