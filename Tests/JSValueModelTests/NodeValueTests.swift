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

import JSValueModel
import Testing

/// JSMath, JSDate and toFixed-then-parseFloat against the table Node 20 printed
/// (`scripts/js-values/gen-value-table.js`).
@Suite struct NodeValueTests {
  static func double(_ bits: UInt64) -> Double { Double(bitPattern: bits) }

  @Test func toFixedThenParseFloat() {
    for (x, want) in NodeValueTable.toFixed8 {
      let got = JSNumerics.toFixedThenParseFloat(Self.double(x), digits: 8)
      #expect(got.bitPattern == want, "x bits \(String(x, radix: 16))")
    }
  }

  @Test func minMaxFloor() {
    for (a, b, min, max) in NodeValueTable.minMax {
      #expect(JSMath.min(Self.double(a), Self.double(b)).bitPattern == min)
      #expect(JSMath.max(Self.double(a), Self.double(b)).bitPattern == max)
    }
    for (x, want) in NodeValueTable.floor {
      #expect(JSMath.floor(Self.double(x)).bitPattern == want)
    }
  }

  @Test func dateUTCAndTimeClip() {
    for row in NodeValueTable.utc {
      let a = row.map(Self.double)
      #expect(JSDate.utc(a[0], a[1], a[2], a[3], a[4], a[5], a[6]).bitPattern == row[7], "\(a)")
    }
    for (t, want) in NodeValueTable.timeClip {
      #expect(JSDate.timeClip(Self.double(t)).bitPattern == want)
    }
  }

  @Test func utcFieldsRoundTrip() {
    for row in NodeValueTable.utc where Self.double(row[7]).isFinite {
      let time = Self.double(row[7])
      let f = JSDate.fields(time)!
      #expect(
        JSDate.utc(f.year, f.month, f.date, f.hours, f.minutes, f.seconds, f.milliseconds) == time
          || f.year <= 99 && f.year >= 0)
    }
  }
}
