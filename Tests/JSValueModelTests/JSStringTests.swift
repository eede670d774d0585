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

/// `JSString`: JavaScript strings as UTF-16 code units, lone surrogates included (values checked in Node 20).
@Suite struct JSStringTests {
  @Test func storesUnitsOnlyForLoneSurrogates() {
    #expect(JSString(utf16: [0xD83D, 0xDE00]).text == "😀")
    #expect(JSString(utf16: [0xD800]).text == nil)
    #expect(JSString(utf16: [0xDC00, 0xD800]).hasLoneSurrogate)
    #expect(JSString(utf16: [0x61, 0xD800]).wellFormed == "a\u{FFFD}")
  }

  @Test func equalityByCodeUnits() {
    let lone = JSValue.string(JSString(utf16: [0xD800]))
    #expect(lone.strictEquals(.string(JSString(utf16: [0xD800]))))
    #expect(!lone.strictEquals(.string(JSString(utf16: [0xDC00]))))
    #expect(!lone.strictEquals(.string("\u{FFFD}")))  // '\ud800' !== '\ufffd'
    #expect(!lone.strictEquals("\u{FFFD}"))
    #expect(lone.isTruthy)
    #expect(lone.toNumber.isNaN)  // Number('\ud800')
  }

  @Test func concatenationPairs() {
    // '\ud83d' + '\ude00' === '😀'
    let joined = JSValue.string(JSString(utf16: [0xD83D])).plus(.string(JSString(utf16: [0xDE00])))
    #expect(joined == .string("😀"))
    #expect(JSValue.string(JSString(utf16: [0xD800])).plus(.number(1)) == .string(JSString(utf16: [0xD800, 0x31])))
  }

  @Test func orderByCodeUnits() {
    // '\ud800' < '\ufffd' and '\uffff' > '\ud83d\ude00' in JavaScript.
    #expect(JSValue.string(JSString(utf16: [0xD800])).lessThan(.string("\u{FFFD}")))
    #expect(JSValue.string("\u{FFFF}").greaterThanOrEqual(.string(JSString(utf16: [0xD83D]))))
  }

  @Test func splitsAndSearches() {
    let code = JSString(utf16: Array("ns#B".utf16) + [0xDC00] + Array("x:y".utf16))
    #expect(code.suffix(afterLast: "#") == JSString(utf16: [0x42, 0xDC00] + Array("x:y".utf16)))
    #expect(code.prefix(before: ":") == JSString(utf16: Array("ns#B".utf16) + [0xDC00, 0x78]))
    #expect(code.contains("x:"))
    #expect(!code.contains("\u{FFFD}"))
    #expect(code.hasPrefix("ns#"))
  }
}
