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

/// The JavaScript semantics the SDK relies on: ToNumber, `===`, `==`, `<`/`>=`, `||` and `+`.
@Suite struct JSValueTests {
  @Test func falsiness() {
    for value: JSValue in [.undefined, .null, .bool(false), .number(0), .number(-0.0), .number(.nan), .string("")] {
      #expect(!value.isTruthy, "\(value)")
    }
    for value: JSValue in [.bool(true), .number(-1), .number(.infinity), .string("0"), .string(" ")] {
      #expect(value.isTruthy, "\(value)")
    }
  }

  @Test func toNumberOfPrimitives() {
    #expect(JSValue.undefined.toNumber.isNaN)
    #expect(JSValue.null.toNumber == 0)
    #expect(JSValue.bool(true).toNumber == 1)
    #expect(JSValue.string(" 0x10 ").toNumber == 16)
    #expect(JSValue.string("").toNumber == 0)
    #expect(JSValue.string("1_000").toNumber.isNaN)
    #expect(JSValue.string("-Infinity").toNumber == -.infinity)
  }

  @Test func relationalComparison() {
    // Numbers and numeric strings compare numerically; two strings compare by code units.
    #expect(JSValue.number(0).lessThan(.string("2")))
    #expect(!JSValue.string("10").lessThan(.string("9")) == false)
    #expect(JSValue.string("10").lessThan(.string("9")))
    #expect(!JSValue.number(0).lessThan(.null))
    #expect(!JSValue.number(1).lessThan(.number(.nan)))
    #expect(!JSValue.number(.nan).greaterThanOrEqual(.number(0)))
    #expect(JSValue.string("50").greaterThanOrEqual(.number(0)))
    #expect(!JSValue.string("abc").greaterThanOrEqual(.number(0)))
    #expect(JSValue.null.greaterThanOrEqual(.number(0)))
    // UTF-16 order differs from scalar order for astral characters.
    #expect(JSValue.string("\u{1F600}").lessThan(.string("\u{FF61}")))
  }

  @Test func equality() {
    #expect(JSValue.number(0).strictEquals(.number(-0.0)))
    #expect(!JSValue.number(.nan).strictEquals(.number(.nan)))
    #expect(!JSValue.string("429").strictEquals(.number(429)))
    #expect(JSValue.string("1").looselyEquals(.number(1)))
    #expect(JSValue.null.looselyEquals(.undefined))
    #expect(!JSValue.null.looselyEquals(.number(0)))
    // Code-unit equality: an NFD string is not the NFC one, although Swift's == says they are.
    #expect(!JSValue.string("e\u{301}").strictEquals(.string("\u{E9}")))
    #expect(JSValue.string("b").isString(in: ["a", "b"]))
    #expect(!JSValue.string("e\u{301}").isString(in: ["\u{E9}"]))
    #expect(!JSValue.number(1).isString(in: ["1"]))
  }

  @Test func swiftEqualityIsBitExactIdentity() {
    // `==` is not `===`: it tells -0 from 0 and matches a NaN by its bits, so tests cannot confuse them.
    #expect(JSValue.number(-0.0) != .number(0))
    #expect(JSValue.number(.nan) == .number(.nan))
    #expect(JSValue.number(.nan) != .number(-.nan))
    #expect(JSValue.number(.nan) != .number(Double(bitPattern: 0x7FF8_0000_0000_0001)))
    #expect(JSValue.string("e\u{301}") != .string("\u{E9}"))
    #expect(JSValue.string("1") != .number(1))
    #expect(JSValue.null != .undefined)
    let set: Set<JSValue> = [
      .number(0), .number(-0.0), .number(.nan), .number(.nan), .string("e\u{301}"), .string("\u{E9}"),
    ]
    #expect(set.count == 5)
  }

  @Test func plusConcatenatesStrings() {
    #expect(JSValue.string("50").plus(.number(0)) == .string("500"))
    #expect(JSValue.null.plus(.number(0)) == .number(0))
    #expect(JSValue.number(-0.0).plus(.number(-0.0)) == .number(-0.0))
    #expect(JSValue.null.plus(.number(-0.0)) == .number(0))
    #expect(JSValue.bool(true).plus(.number(1)) == .number(2))
    #expect(JSValue.number(1e21).plus(.string("")) == .string("1e+21"))
  }
}
