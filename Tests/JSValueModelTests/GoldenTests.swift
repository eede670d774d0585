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
// Compares JSNumerics with the committed Node/V8 golden table (no node needed).
import Testing

private func same(_ a: Double, _ b: Double) -> Bool {
  (a.isNaN && b.isNaN) || a.bitPattern == b.bitPattern
}

@Suite struct GoldenTests {
  @Test func pow() {
    for (xb, yb, rb) in GoldenTable.pow {
      let x = Double(bitPattern: xb)
      let y = Double(bitPattern: yb)
      let got = JSNumerics.pow(x, y)
      #expect(same(got, Double(bitPattern: rb)), "pow(\(x), \(y)) = \(got), node \(Double(bitPattern: rb))")
    }
  }

  @Test func stringToNumber() {
    for (s, rb) in GoldenTable.stringToNumber {
      let got = JSNumerics.stringToNumber(s)
      #expect(
        same(got, Double(bitPattern: rb)),
        "Number(\(s.debugDescription.prefix(80))) = \(got), node \(Double(bitPattern: rb))")
    }
  }

  @Test func parseInt10() {
    for (s, rb) in GoldenTable.parseInt10 {
      let got = JSNumerics.parseInt10(s)
      #expect(
        same(got, Double(bitPattern: rb)),
        "parseInt(\(s.debugDescription.prefix(80))) = \(got), node \(Double(bitPattern: rb))")
    }
  }

  @Test func numberToString() {
    for (xb, want) in GoldenTable.numberToString {
      let x = Double(bitPattern: xb)
      #expect(JSNumerics.numberToString(x) == want)
    }
  }
}
