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

// Hand-written expectations for behaviours that are easy to get wrong, and
// checks of the exact software helpers (sqrt, scalbn, rounding) used by the port.
import Testing

@testable import JSValueModel

@Suite struct EdgeCaseTests {
  @Test func powSpecialCases() {
    #expect(JSNumerics.pow(1, .nan).isNaN)  // JS: 1 ** NaN is NaN (C99 says 1)
    #expect(JSNumerics.pow(-1, .infinity).isNaN)  // JS: (+-1) ** +-Infinity is NaN
    #expect(JSNumerics.pow(1, -.infinity).isNaN)
    #expect(JSNumerics.pow(.nan, 0) == 1)
    #expect(JSNumerics.pow(.nan, -0.0) == 1)
    #expect(JSNumerics.pow(-0.0, -1) == -.infinity)
    #expect(JSNumerics.pow(-0.0, -2) == .infinity)
    #expect(JSNumerics.pow(-0.0, 0.5).bitPattern == (0.0).bitPattern)
    #expect(JSNumerics.pow(-.infinity, 0.5) == .infinity)
    #expect(JSNumerics.pow(-.infinity, 3) == -.infinity)
    #expect(JSNumerics.pow(-8, 1.0 / 3).isNaN)
    #expect(JSNumerics.pow(-2, 3) == -8)
    // fdlibm's (not correctly rounded) results that V8 11.3 returns:
    #expect(JSNumerics.pow(10, -5) == 0.000009999999999999999)
    #expect(JSNumerics.pow(2, -1074) == .leastNonzeroMagnitude)
    #expect(JSNumerics.pow(2, -1075) == 0)
    #expect(JSNumerics.pow(2, 1024) == .infinity)
  }

  @Test func powConstantsMatchFdlibmHex() {
    typealias P = JSNumerics.FdlibmPow
    let table: [(Double, UInt64)] = [
      (P.dp_h.1, 0x3FE2B803_40000000), (P.dp_l.1, 0x3E4CFDEB_43CFD006),
      (P.L1, 0x3FE33333_33333303), (P.L2, 0x3FDB6DB6_DB6FABFF), (P.L3, 0x3FD55555_518F264D),
      (P.L4, 0x3FD17460_A91D4101), (P.L5, 0x3FCD864A_93C9DB65), (P.L6, 0x3FCA7E28_4A454EEF),
      (P.P1, 0x3FC55555_5555553E), (P.P2, 0xBF66C16C_16BEBD93), (P.P3, 0x3F11566A_AF25DE2C),
      (P.P4, 0xBEBBBD41_C5D26BF1), (P.P5, 0x3E663769_72BEA4D0), (P.lg2, 0x3FE62E42_FEFA39EF),
      (P.lg2_h, 0x3FE62E43_00000000), (P.lg2_l, 0xBE205C61_0CA86C39), (P.cp, 0x3FEEC709_DC3A03FD),
      (P.cp_h, 0x3FEEC709_E0000000), (P.cp_l, 0xBE3E2FE0_145B01F5), (P.ivln2, 0x3FF71547_652B82FE),
      (P.ivln2_h, 0x3FF71547_60000000), (P.ivln2_l, 0x3E54AE0B_F85DDF44), (P.two53, 0x43400000_00000000),
    ]
    for (d, b) in table { #expect(d.bitPattern == b) }
  }

  @Test func softwareSqrtIsCorrectlyRounded() {
    var g = SystemRandomNumberGenerator()
    for _ in 0..<200_000 {
      let x = Double(bitPattern: g.next() & 0x7FFF_FFFF_FFFF_FFFF)
      let want = x.squareRoot()  // hardware sqrtsd in the test process
      let got = JSNumerics.FdlibmPow.sqrt(x)
      #expect((got.isNaN && want.isNaN) || got.bitPattern == want.bitPattern)
    }
    for x in [
      0.0, .leastNonzeroMagnitude, Double(bitPattern: 0x0000_1234_5678_9ABC), 1, 2, 4, .greatestFiniteMagnitude,
      .infinity,
    ] {
      #expect(JSNumerics.FdlibmPow.sqrt(x) == x.squareRoot())
    }
  }

  @Test func scalbnRoundsOnce() {
    var g = SystemRandomNumberGenerator()
    for _ in 0..<100_000 {
      let z = Double(bitPattern: 0x3FE0_0000_0000_0000 | (g.next() & 0x001F_FFFF_FFFF_FFFF))  // [0.5, 2)
      let n = Int32.random(in: -1130 ... -1000, using: &g)
      // Reference: exact scaling by two powers of two, only the last of which rounds.
      let ref = (z * 0x1p-600) * Double(sign: .plus, exponent: Int(n) + 600, significand: 1)
      let got = JSNumerics.FdlibmPow.scalbn(z, n)
      #expect(got.bitPattern == ref.bitPattern)
    }
  }

  @Test func numberToStringFormatting() {
    let cases: [(Double, String)] = [
      (1e21, "1e+21"), (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (0.000001, "0.000001"), (123.456, "123.456"),
      (100, "100"), (.leastNonzeroMagnitude, "5e-324"), (9007199254740992, "9007199254740992"), (123e-20, "1.23e-18"),
      (-0.0, "0"), (.nan, "NaN"), (-.infinity, "-Infinity"), (1e20, "100000000000000000000"),
      (-1.5e300, "-1.5e+300"), (0.1 + 0.2, "0.30000000000000004"),
    ]
    for (x, s) in cases { #expect(JSNumerics.numberToString(x) == s) }
  }

  @Test func stringToNumberEdges() {
    #expect(JSNumerics.stringToNumber("").bitPattern == 0)
    #expect(JSNumerics.stringToNumber(" \u{2028}\t").bitPattern == 0)
    #expect(JSNumerics.stringToNumber("-0").bitPattern == (-0.0).bitPattern)
    #expect(JSNumerics.stringToNumber("-1e-400").bitPattern == (-0.0).bitPattern)
    #expect(JSNumerics.stringToNumber("\u{180E}1").isNaN)  // U+180E is not whitespace
    #expect(JSNumerics.stringToNumber("-0x10").isNaN)  // no sign on 0x literals
    #expect(JSNumerics.stringToNumber("0x20000000000001") == 9007199254740992)  // ties to even
    #expect(JSNumerics.stringToNumber("0x20000000000003") == 9007199254740996)
    #expect(JSNumerics.stringToNumber("1.") == 1)
    #expect(JSNumerics.stringToNumber("+Infinity") == .infinity)
    #expect(JSNumerics.stringToNumber("infinity").isNaN)
  }

  @Test func parseIntEdges() {
    #expect(JSNumerics.parseInt10("-0").bitPattern == (-0.0).bitPattern)
    #expect(JSNumerics.parseInt10("-0x10").bitPattern == (-0.0).bitPattern)
    #expect(JSNumerics.parseInt10("- 1").isNaN)
    #expect(JSNumerics.parseInt10("  42px") == 42)
    #expect(JSNumerics.parseInt10("\u{FEFF} 7 \t") == 7)
    #expect(JSNumerics.parseInt10(" \u{2028}").isNaN)
    #expect(JSNumerics.parseInt10("\u{3000}-0012x") == -12)
    #expect(JSNumerics.parseInt10("9007199254740993") == 9007199254740992)
    #expect(JSNumerics.parseInt10(String(repeating: "9", count: 400)) == .infinity)
  }
}
