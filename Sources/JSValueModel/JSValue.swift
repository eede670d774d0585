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

import RetryCore

/// A JavaScript primitive value: the values the SDK's retry code compares with `typeof`, `===`, `<`, `>=`
/// and `||`.
///
/// Strings are `JSString`s, sequences of UTF-16 code units that may hold lone surrogates, and every comparison
/// works on code units, never on Swift's canonical equivalence.
///
/// `==` and hashing are identity of the modelled value, not a JavaScript operator: the same case, numbers by
/// their whole IEEE-754 bit pattern (`-0` is not `0`; a NaN equals only a NaN with the same bits, as the wire
/// compares NaN results) and strings byte for byte. The SDK's own comparisons are `strictEquals` (`===`),
/// `looselyEquals` (`==`), `lessThan` and `greaterThanOrEqual`.
public enum JSValue: Sendable, Hashable {
  /// `undefined`.
  case undefined
  /// `null`.
  case null
  /// A boolean.
  case bool(Bool)
  /// An IEEE-754 binary64 number.
  case number(Double)
  /// A string.
  case string(JSString)

  /// ToBoolean: `undefined`, `null`, `false`, `±0`, `NaN` and `""` are falsy.
  public var isTruthy: Bool {
    switch self {
    case .undefined, .null: false
    case .bool(let value): value
    case .number(let value): !(value == 0 || value.isNaN)
    case .string(let value): !value.isEmpty
    }
  }

  /// `a || b`: the first operand when it is truthy, else the second.
  public func or(_ other: JSValue) -> JSValue {
    isTruthy ? self : other
  }

  /// ToNumber (ECMAScript 7.1.4) for a primitive.
  public var toNumber: Double {
    switch self {
    case .undefined: .nan
    case .null: 0
    case .bool(let value): value ? 1 : 0
    case .number(let value): value
    case .string(let value): JSNumerics.stringToNumber(value.wellFormed)  // a lone surrogate is no digit
    }
  }

  /// ToString (ECMAScript 7.1.17) for a primitive.
  public var toJSString: JSString {
    switch self {
    case .undefined: "undefined"
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let value): JSString(JSNumerics.numberToString(value))
    case .string(let value): value
    }
  }

  /// The string value, when this is a string.
  public var stringValue: JSString? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// `a === b` (IsStrictlyEqual): same type and value; `NaN !== NaN`, `+0 === -0`, strings by code units.
  public func strictEquals(_ other: JSValue) -> Bool {
    switch (self, other) {
    case (.undefined, .undefined), (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    default: false
    }
  }

  /// `a === "literal"`.
  public func strictEquals(_ literal: String) -> Bool {
    if case .string(let value) = self, let text = value.text { return JSStrings.equal(text, literal) }
    return false
  }

  /// Whether this is a string `===` one of `table`: a `switch` over string cases or `table.indexOf(a) != -1`.
  public func isString(in table: [String]) -> Bool {
    if case .string(let value) = self, let text = value.text { return ExactText.isMember(text, of: table) }
    return false
  }

  /// `a == b` (IsLooselyEqual) between primitives.
  public func looselyEquals(_ other: JSValue) -> Bool {
    switch (self, other) {
    case (.undefined, .undefined), (.null, .null), (.undefined, .null), (.null, .undefined): return true
    case (.undefined, _), (.null, _), (_, .undefined), (_, .null): return false
    case (.string(let a), .string(let b)): return a == b
    case (.bool(let a), .bool(let b)): return a == b
    default: return toNumber == other.toNumber
    }
  }

  /// `a < b` (IsLessThan with LeftFirst): two strings compare by UTF-16 code units, anything else numerically;
  /// a NaN makes the comparison undefined, which `<` reports as false.
  public func lessThan(_ other: JSValue) -> Bool {
    JSValue.isLessThan(self, other) ?? false
  }

  /// `count < limit` for a counter the SDK keeps as a number, such as `resp.retryCount < resp.maxRetries`.
  public static func counter(_ count: Int, isBelow limit: JSValue) -> Bool {
    JSValue.number(Double(count)).lessThan(limit)
  }

  /// `a >= b`: true unless IsLessThan(a, b) is true or undefined.
  public func greaterThanOrEqual(_ other: JSValue) -> Bool {
    JSValue.isLessThan(self, other) == false
  }

  /// `a + b` (ApplyStringOrNumericBinaryOperator): string concatenation when either side is a string.
  public func plus(_ other: JSValue) -> JSValue {
    if case .string = self { return .string(toJSString + other.toJSString) }
    if case .string = other { return .string(toJSString + other.toJSString) }
    return .number(toNumber + other.toNumber)
  }

  /// Identity: same case and bit-exact payload (numbers by `bitPattern`, strings by code units).
  public static func == (lhs: JSValue, rhs: JSValue) -> Bool {
    switch (lhs, rhs) {
    case (.undefined, .undefined), (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)): a == b
    default: false
    }
  }

  /// Hashes what `==` compares: the case, a number's bit pattern, a string's code units.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .undefined: hasher.combine(0 as UInt8)
    case .null: hasher.combine(1 as UInt8)
    case .bool(let value):
      hasher.combine(2 as UInt8)
      hasher.combine(value)
    case .number(let value):
      hasher.combine(3 as UInt8)
      hasher.combine(value.bitPattern)
    case .string(let value):
      hasher.combine(4 as UInt8)
      hasher.combine(value)
    }
  }

  /// IsLessThan(x, y): nil stands for the spec's `undefined` (a NaN operand).
  static func isLessThan(_ x: JSValue, _ y: JSValue) -> Bool? {
    if case .string(let a) = x, case .string(let b) = y {
      return JSString.codeUnitsLess(a, b)
    }
    let a = x.toNumber
    let b = y.toNumber
    if a.isNaN || b.isNaN { return nil }
    return a < b
  }
}

/// String operations with JavaScript's code-unit semantics (no Unicode normalisation), through the shared
/// `ExactText`.
public enum JSStrings {
  /// Code-unit equality.
  @inline(__always)
  public static func equal(_ a: String, _ b: String) -> Bool { ExactText.equal(a, b) }

  /// Lexicographic order of UTF-16 code units (what `<` does on two strings).
  public static func codeUnitsLess(_ a: String, _ b: String) -> Bool {
    a.utf16.lexicographicallyPrecedes(b.utf16)
  }

  /// Whether `s` contains `needle` as a run of code units (`/needle/.test(s)` for a literal pattern).
  @inline(__always)
  public static func contains(_ s: String, _ needle: String) -> Bool { ExactText.contains(s, needle) }

  /// Whether `s` starts with `prefix` (`/^prefix/.test(s)` for a literal pattern).
  @inline(__always)
  public static func hasPrefix(_ s: String, _ prefix: String) -> Bool { ExactText.hasPrefix(s, prefix) }
}
