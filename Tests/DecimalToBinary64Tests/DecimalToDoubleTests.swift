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

import ConformVectors
import DecimalToBinary64
import Testing

/// The shared decimal -> binary64 converter: rounding at the edges of the binary64 range, and JSON literals
/// against the standard library's independent (C `strtod`) parser, including literals past the sticky-digit cut.
@Suite struct DecimalToDoubleTests {
  @Test func roundToDoubleBoundaries() {
    typealias J = DecimalToDouble
    #expect(J.roundToDouble(1, sticky: false, exp2: -1074) == .leastNonzeroMagnitude)
    #expect(J.roundToDouble(1, sticky: false, exp2: -1075) == 0)  // tie -> even (0)
    #expect(J.roundToDouble(1 << 62, sticky: true, exp2: -1137) == .leastNonzeroMagnitude)  // just above the tie
    #expect(J.roundToDouble(3, sticky: false, exp2: -1076) == .leastNonzeroMagnitude)  // 0.75 ulp -> 1 ulp
    #expect(J.roundToDouble(UInt64.max, sticky: false, exp2: 960) == .infinity)
    #expect(J.roundToDouble((1 << 53) - 1, sticky: false, exp2: 971) == .greatestFiniteMagnitude)
  }

  @Test func literalsAgreeWithStrtod() {
    var random = SplitMix64(state: 0x9E37_79B9_7F4A_7C15)
    func next() -> UInt64 { random.next() }
    var compared = 0
    for round in 0..<4000 {
      var text = next() % 2 == 0 ? "-" : ""
      // Every fourth literal is longer than the 772-digit cut; a run of 9s or a trailing digit decides rounding.
      let count = round % 4 == 0 ? 760 + Int(next() % 40) : Int(next() % 30) + 1
      let lead = Int(next() % 4)
      text += String(repeating: "0", count: lead == 0 ? 0 : 1)
      for k in 0..<count { text += String(k == 0 && lead != 0 ? 0 : Int(next() % 10)) }
      if next() % 2 == 0 { text += "." + String(Int(next() % 1000)) }
      if next() % 2 == 0 { text += "e" + (next() % 2 == 0 ? "-" : "+") + String(Int(next() % 400)) }
      if text.hasPrefix("0") && text.count > 1 && text.dropFirst().first != "." && text.dropFirst().first != "e" {
        text.removeFirst()
      }
      if text.hasPrefix("-0") && text.count > 2 && text.dropFirst(2).first != "." && text.dropFirst(2).first != "e" {
        text.remove(at: text.index(after: text.startIndex))
      }
      guard let expected = Double(text) else { continue }
      compared += 1
      let got = Array(text.utf8).withUnsafeBufferPointer { DecimalToDouble.convert(literal: $0) }
      if expected.isFinite {
        #expect(got?.bitPattern == expected.bitPattern, "\(text)")
      } else {
        #expect(got == nil, "\(text)")
      }
    }
    #expect(compared == 4000)
  }

  @Test func stickyDigitDecidesAHalfway() {
    // 1 + 2^-53 is exactly halfway between 1 and nextUp(1): ties to even gives 1, anything above gives nextUp.
    let half = "1.00000000000000011102230246251565404236316680908203125"
    let pad = String(repeating: "0", count: 800)
    func parse(_ s: String) -> Double? {
      Array(s.utf8).withUnsafeBufferPointer { DecimalToDouble.convert(literal: $0) }
    }
    #expect(parse(half + pad) == 1)
    #expect(parse(half + pad + "1") == 1.0.nextUp)
    #expect(parse("-" + half + pad + "1e0") == -(1.0.nextUp))
    #expect(parse("1e400") == nil)
    #expect(parse("-0.0e-5")?.bitPattern == (-0.0).bitPattern)
  }
}
