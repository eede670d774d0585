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

import ConformJSON
import ConformVectors
import Testing

/// (3) Integer literals: exact Int64 inside the range, Double-only outside it.
@Suite struct IntegerEdgeTests {
  @Test func int64Boundaries() {
    let max = parseNumber("9223372036854775807")
    #expect(max?.int64 == Int64.max)
    #expect(max?.double == 9.223372036854776e18)

    let above = parseNumber("9223372036854775808")
    #expect(above != nil && above?.int64 == nil)
    #expect(above?.double == 9.223372036854776e18)

    let min = parseNumber("-9223372036854775808")
    #expect(min?.int64 == Int64.min)
    #expect(min?.double == -9.223372036854776e18)

    let below = parseNumber("-9223372036854775809")
    #expect(below != nil && below?.int64 == nil)
    #expect(below?.double == -9.223372036854776e18)

    #expect(parseNumber("18446744073709551615")?.int64 == nil)
    #expect(parseNumber("18446744073709551616")?.double == 18446744073709551616.0)
    #expect(parseNumber("99999999999999999999")?.int64 == nil)
    #expect(parseNumber("99999999999999999999")?.double == 1e20)
    #expect(parseNumber("10000000000000000000")?.int64 == nil)
    #expect(parseNumber("1000000000000000000")?.int64 == 1_000_000_000_000_000_000)
    #expect(parseNumber("9007199254740993")?.int64 == 9_007_199_254_740_993)
    #expect(parseNumber("9007199254740993")?.double == 9_007_199_254_740_992.0)
  }

  @Test func negativeZeroAndZero() {
    let negZero = parseNumber("-0")
    #expect(negZero?.int64 == 0)
    #expect(negZero?.double.bitPattern == (-0.0).bitPattern)
    let zero = parseNumber("0")
    #expect(zero?.int64 == 0)
    #expect(zero?.double.bitPattern == (0.0).bitPattern)
    #expect(negZero != zero)  // equality compares the double's bit pattern too
  }

  @Test func nonIntegerLiteralsHaveNoInt64() {
    for literal in ["1.0", "1e2", "1E2", "-5.0", "0.0", "1e0", "100e-2", "-0.0"] {
      let n = parseNumber(literal)
      #expect(n != nil && n?.int64 == nil, "\(literal)")
    }
    #expect(parseNumber("1e2")?.double == 100)
  }

  @Test func allInt64MagnitudesAroundPowersOfTen() {
    var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, .max, .min, .max - 1, .min + 1]
    var p: Int64 = 1
    for _ in 0..<18 {
      p *= 10
      values += [p - 1, p, p + 1, -(p - 1), -p, -(p + 1)]
    }
    var rng = SplitMix64(state: 0x5EED_0005)
    for _ in 0..<10_000 { values.append(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 64)) }
    for v in values {
      let n = parseNumber(String(v))
      #expect(n?.int64 == v)
      #expect(n?.double == Double(v))
      var w = JSONWriter()
      w.writeInt(v)
      #expect(String(decoding: w.bytes, as: UTF8.self) == String(v))
      #expect(JSONWriter.encode(.number(JSONNumber(v))) == Array(String(v).utf8))
    }
  }

  @Test func numberInitializersAndEquality() {
    let a = JSONNumber(Int64(5))
    #expect(a.int64 == 5 && a.double == 5)
    let b = JSONNumber(5.0)
    #expect(b.int64 == nil && b.double == 5)
    #expect(a != b)
    #expect(JSONNumber(7) == JSONNumber(Int64(7)))
    #expect(JSONNumber(Double.nan) == JSONNumber(Double.nan))  // same bit pattern
    #expect(JSONNumber(0.0) != JSONNumber(-0.0))
    #expect(JSONNumber(Int64.max).double == 9.223372036854776e18)
  }
}
