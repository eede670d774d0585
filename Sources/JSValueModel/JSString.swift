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

/// A JavaScript string: a sequence of UTF-16 code units, any of which may be a lone surrogate.
///
/// Held as a Swift `String` when it is valid Unicode (every literal, and all but the rarest inputs), and as its
/// code units only when it holds a lone surrogate, which a `String` cannot. Every operation works on code
/// units, as JavaScript's do; `==` is JavaScript's `===` on two strings.
public struct JSString: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// The text, or the code units of a string that holds a lone surrogate (never both forms for one value).
  enum Storage: Sendable, Hashable {
    case text(String)
    case units([UInt16])
  }

  let storage: Storage

  /// A string that is valid Unicode.
  public init(_ text: String) {
    storage = .text(text)
  }

  /// A literal.
  public init(stringLiteral value: String) {
    storage = .text(value)
  }

  /// The string of these code units: text when every surrogate is paired.
  public init(utf16 units: some Collection<UInt16>) {
    storage = JSString.hasLoneSurrogate(units) ? .units(Array(units)) : .text(String(decoding: units, as: UTF16.self))
  }

  /// The text, when the string holds no lone surrogate.
  public var text: String? {
    if case .text(let text) = storage { return text }
    return nil
  }

  /// `String.prototype.toWellFormed()`: each lone surrogate replaced by U+FFFD. For the SDK code that only
  /// tests a string against ASCII patterns, numbers or dates, where a lone surrogate acts as U+FFFD does.
  public var wellFormed: String {
    switch storage {
    case .text(let text): text
    case .units(let units): String(decoding: units, as: UTF16.self)
    }
  }

  /// The code units.
  public var utf16: [UInt16] {
    switch storage {
    case .text(let text): Array(text.utf16)
    case .units(let units): units
    }
  }

  /// Whether the string holds a lone surrogate (`!s.isWellFormed()`).
  public var hasLoneSurrogate: Bool {
    if case .units = storage { return true }
    return false
  }

  /// `s.length === 0`.
  public var isEmpty: Bool {
    switch storage {
    case .text(let text): text.isEmpty
    case .units(let units): units.isEmpty
    }
  }

  /// The well-formed text, for messages.
  public var description: String { wellFormed }

  /// `a === b` on two strings: the same code units.
  public static func == (lhs: JSString, rhs: JSString) -> Bool {
    switch (lhs.storage, rhs.storage) {
    case (.text(let a), .text(let b)): ExactText.equal(a, b)
    case (.units(let a), .units(let b)): a == b
    default: false  // only one of them holds a lone surrogate
    }
  }

  /// Hashes what `==` compares.
  public func hash(into hasher: inout Hasher) {
    switch storage {
    case .text(let text):
      hasher.combine(0 as UInt8)
      hasher.combine(text.utf8.count)
      for byte in text.utf8 { hasher.combine(byte) }
    case .units(let units):
      hasher.combine(1 as UInt8)
      hasher.combine(units)
    }
  }

  /// `a + b`: the code units of both (a high surrogate at the end of `a` and a low one at the start of `b` pair).
  public static func + (lhs: JSString, rhs: JSString) -> JSString {
    if case .text(let a) = lhs.storage, case .text(let b) = rhs.storage { return JSString(a + b) }
    return JSString(utf16: lhs.utf16 + rhs.utf16)
  }

  /// `a < b` on two strings: lexicographic order of code units.
  public static func codeUnitsLess(_ a: JSString, _ b: JSString) -> Bool {
    switch (a.storage, b.storage) {
    case (.text(let x), .text(let y)): x.utf16.lexicographicallyPrecedes(y.utf16)
    default: a.utf16.lexicographicallyPrecedes(b.utf16)
    }
  }

  /// `s.indexOf(needle) !== -1` (or `/needle/.test(s)` for a literal pattern) for a valid-Unicode `needle`.
  public func contains(_ needle: String) -> Bool {
    switch storage {
    case .text(let text): ExactText.contains(text, needle)
    case .units(let units): JSString.range(of: Array(needle.utf16), in: units[...]) != nil
    }
  }

  /// `/^prefix/.test(s)` for a literal, valid-Unicode pattern.
  public func hasPrefix(_ prefix: String) -> Bool {
    switch storage {
    case .text(let text): ExactText.hasPrefix(text, prefix)
    case .units(let units): units.starts(with: prefix.utf16)
    }
  }

  /// `s.split(separator)[0]`: the code units before the first `separator`, or all of them.
  public func prefix(before separator: Unicode.Scalar) -> JSString {
    switch storage {
    case .text(let text): return JSString(ExactText.prefix(text, before: separator))
    case .units(let units):
      let needle = Array(String(separator).utf16)
      guard let range = JSString.range(of: needle, in: units[...]) else { return self }
      return JSString(utf16: units[..<range.lowerBound])
    }
  }

  /// `s.split(separator).pop()`: the code units after the last `separator`, or all of them.
  public func suffix(afterLast separator: Unicode.Scalar) -> JSString {
    switch storage {
    case .text(let text): return JSString(ExactText.suffix(text, afterLast: separator))
    case .units(let units):
      let needle = Array(String(separator).utf16)
      var start: Int? = nil
      var from = 0
      while let range = JSString.range(of: needle, in: units[from...]) {
        start = range.upperBound
        from = range.upperBound
      }
      guard let start else { return self }
      return JSString(utf16: units[start...])
    }
  }

  /// The first run of `needle` in `units`, by code unit.
  static func range(of needle: [UInt16], in units: ArraySlice<UInt16>) -> Range<Int>? {
    guard !needle.isEmpty else { return units.startIndex..<units.startIndex }
    guard units.count >= needle.count else { return nil }
    for start in units.startIndex...(units.endIndex - needle.count)
    where units[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }

  /// Whether the code units hold a surrogate that is not half of a pair.
  public static func hasLoneSurrogate(_ units: some Collection<UInt16>) -> Bool {
    var expectLow = false
    for unit in units {
      let isLow = unit & 0xFC00 == 0xDC00
      if expectLow != isLow { return true }
      expectLow = unit & 0xFC00 == 0xD800
    }
    return expectLow
  }
}
