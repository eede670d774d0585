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

// SpotCheckTests.swift — a few readable known answers printed by Go 1.19.8 (the exhaustive checks are in DigestTests).

import Testing

@testable import GoErrorModel

/// Hand-picked inputs with the outputs Go 1.19.8 printed for them.
@Suite struct SpotCheckTests {
  /// strconv.Quote examples.
  @Test func quote() {
    let cases: [(String, String)] = [
      ("", #""""#),
      ("hello, world", #""hello, world""#),
      ("tab\there\n", #""tab\there\n""#),
      ("\u{0}\u{7}\u{7f}", #""\x00\a\x7f""#),
      ("\u{ad} soft", #""\u00ad soft""#),
      ("é ü \u{a0} nbsp", #""é ü \u00a0 nbsp""#),
      ("\u{2028}\u{2029}", #""\u2028\u2029""#),
      ("😀 🇦", #""😀 🇦""#),
      ("\u{feff}\u{fffd}\u{ffff}", #""\ufeff�\uffff""#),
      ("\u{10ffff}", #""\U0010ffff""#),
      (#""quoted" \ back"#, #""\"quoted\" \\ back""#),
      ("'single'", #""'single'""#),
      ("\u{378}", #""\u0378""#),  // unassigned in Unicode 13
      ("\u{61c}", #""\u061c""#),  // ARABIC LETTER MARK (Cf)
    ]
    for (input, want) in cases {
      #expect(GoStrconv.quote(input) == want, "quote(\(input.debugDescription))")
    }
  }

  /// strconv.Atoi examples.
  @Test func atoi() {
    let cases: [(String, Int64?)] = [
      ("0", 0), ("-0", 0), ("+5", 5),
      ("9223372036854775807", .max), ("-9223372036854775808", .min),
      ("9223372036854775808", nil), ("-9223372036854775809", nil),
      ("000000000000000000000000000042", 42),
      ("", nil), ("+", nil), ("-", nil), ("1_000", nil), ("0x10", nil), (" 1", nil), ("1.0", nil), ("\u{661}", nil),
    ]
    for (input, want) in cases {
      #expect(GoStrconv.atoi(input) == want, "atoi(\(input.debugDescription))")
    }
  }

  /// math.Log2 bit patterns, including Sqrt2/2 itself (the CMPSD `<=` case of math/log_amd64.s).
  @Test func log2() {
    let cases: [(Double, UInt64)] = [
      (1, 0x0000_0000_0000_0000), (2, 0x3FF0_0000_0000_0000), (3, 0x3FF9_5C01_A39F_BD69),
      (8, 0x4008_0000_0000_0000), (10, 0x400A_934F_0979_A371), (0.1, 0xC00A_934F_0979_A371),
      (1e300, 0x408F_24A0_9F1A_8B89), (Double.leastNonzeroMagnitude, 0xC090_C800_0000_0000),
      (0.7071067811865476, 0xBFDF_FFFF_FFFF_FFFE),
      (0, 0xFFF0_0000_0000_0000), (-1, 0x7FF8_0000_0000_0001), (.infinity, 0x7FF0_0000_0000_0000),
    ]
    for (x, want) in cases {
      #expect(GoMath.log2(x).bitPattern == want, "log2(\(x))")
    }
    #expect(GoMath.int64(truncating: .nan) == .min)
    #expect(GoMath.int64(truncating: -.infinity) == .min)
    #expect(GoMath.int64(truncating: 9223372036854775807.0) == .min)  // rounds to 2^63: out of range
    #expect(GoMath.int64(truncating: -9223372036854775808.0) == .min)  // in range, exactly Int64.min
    #expect(GoMath.int64(truncating: -2.9) == -2)
  }

  /// (*net.TCPAddr).String() of net.ParseIP results, port 443.
  @Test func tcpAddr() {
    let cases: [(String, String)] = [
      ("::ffff:1.2.3.4", "1.2.3.4:443"),
      ("2001:db8:0:0:1:0:0:1", "[2001:db8::1:0:0:1]:443"),
      ("01.2.3.4", ":443"),
      ("fe80::1%eth0", ":443"),
      ("1:2:3:4:5:6:7::", "[1:2:3:4:5:6:7:0]:443"),
    ]
    for (input, want) in cases {
      #expect(GoNet.tcpAddrString(ip: GoNet.parseIP(input), port: 443) == want, "\(input)")
    }
  }
}
