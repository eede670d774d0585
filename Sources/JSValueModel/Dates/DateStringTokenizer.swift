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

/// The tokens V8's legacy date parser reads (`src/date/dateparser.h`, V8 11.3 as Node 20 ships it).
struct DateToken: Equatable {
  /// What a token is (`dateparser.h`).
  enum Tag: Equatable {
    case invalid, unknown, whiteSpace, number, symbol, endOfInput
    case keyword(DateKeywordTable.Kind)
  }

  let tag: Tag
  /// The number of UTF-16 code units the token spans.
  let length: Int
  /// A number's value (its first nine digits), a symbol's code unit, or a keyword's value.
  let value: Int

  static let endOfInput = DateToken(tag: .endOfInput, length: 0, value: -1)
  static let invalid = DateToken(tag: .invalid, length: 0, value: -1)
  static let unknown = DateToken(tag: .unknown, length: 1, value: -1)

  var isNumber: Bool { tag == .number }
  var isEndOfInput: Bool { tag == .endOfInput }
  var isWhiteSpace: Bool { tag == .whiteSpace }
  var isKeyword: Bool { if case .keyword = tag { true } else { false } }
  func isSymbol(_ c: Unicode.Scalar) -> Bool { tag == .symbol && value == Int(c.value) }
  func isFixedLengthNumber(_ n: Int) -> Bool { tag == .number && length == n }
  var isAsciiSign: Bool { tag == .symbol && (value == 0x2D || value == 0x2B) }
  /// 1 for `+`, -1 for `-` (`dateparser.h`: `44 - value`).
  var asciiSign: Int { 44 - value }
  /// `Z` alone (`dateparser.h`).
  var isKeywordZ: Bool { tag == .keyword(.timeZoneName) && length == 1 && value == 0 }
}

/// `InputReader` and `DateStringTokenizer` (`dateparser.h`, `dateparser-inl.h`): one
/// token of lookahead over the string's UTF-16 code units. A NUL code unit ends the input, as V8's `ch_ == 0` does.
struct DateStringTokenizer {
  private let units: [UInt16]
  private var index = 0
  private var ch: UInt32 = 0
  private(set) var peek = DateToken.endOfInput

  init(_ string: String) {
    units = Array(string.utf16)
    advance()
    peek = scan()
  }

  /// The next token; the one after it becomes `peek`.
  mutating func next() -> DateToken {
    let result = peek
    peek = scan()
    return result
  }

  /// Consumes `peek` when it is the symbol `c`.
  mutating func skipSymbol(_ c: Unicode.Scalar) -> Bool {
    guard peek.isSymbol(c) else { return false }
    peek = scan()
    return true
  }

  private mutating func advance() {
    ch = index < units.count ? UInt32(units[index]) : 0
    index += 1
  }

  private var isDigit: Bool { ch >= 0x30 && ch <= 0x39 }

  /// `IsAsciiAlphaOrAbove() && !IsWhiteSpaceChar()` (`dateparser-inl.h`): U+2028 and U+2029 are line
  /// terminators, not WhiteSpace, so they belong to words.
  private var isWordUnit: Bool {
    guard ch >= 0x41 else { return false }
    guard let scalar = Unicode.Scalar(ch) else { return true }  // a surrogate code unit
    return !JSNumerics.isStrWhiteSpace(scalar) || ch == 0x2028 || ch == 0x2029
  }

  /// `DateStringTokenizer::Scan` (`dateparser-inl.h`).
  private mutating func scan() -> DateToken {
    let start = index
    if ch == 0 { return .endOfInput }
    if isDigit {
      // ReadUnsignedNumeral (`dateparser.h`): leading zeros are skipped, then significant digits past the
      // ninth; the length still counts every digit.
      var n = 0
      var digits = 0
      while ch == 0x30 { advance() }
      while isDigit {
        if digits < 9 { n = n * 10 + Int(ch - 0x30) }
        digits += 1
        advance()
      }
      return DateToken(tag: .number, length: index - start, value: n)
    }
    for symbol: UInt32 in [0x3A, 0x2D, 0x2B, 0x2E, 0x29] where ch == symbol {  // : - + . )
      advance()
      return DateToken(tag: .symbol, length: 1, value: Int(symbol))
    }
    if isWordUnit {
      // ReadWord (`dateparser.h`): code units from `A` up other than WhiteSpace, with a lower-cased
      // (`| 0x20`) prefix of three.
      var prefix: [UInt32] = [0, 0, 0]
      var length = 0
      while isWordUnit {
        if length < 3 { prefix[length] = ch | 0x20 }
        length += 1
        advance()
      }
      let entry = DateKeywordTable.lookup(prefix, length: length)
      return DateToken(tag: .keyword(entry.kind), length: length, value: entry.value)
    }
    // SkipWhiteSpace (`dateparser-inl.h`) takes one code unit.
    if let scalar = Unicode.Scalar(ch), JSNumerics.isStrWhiteSpace(scalar) {
      advance()
      return DateToken(tag: .whiteSpace, length: 1, value: -1)
    }
    if ch == 0x28 {
      // SkipParentheses (`dateparser-inl.h`): a balanced comment, or the rest of the input.
      var balance = 0
      repeat {
        if ch == 0x29 {
          balance -= 1
        } else if ch == 0x28 {
          balance += 1
        }
        advance()
      } while balance > 0 && ch != 0
      return .unknown
    }
    advance()
    return .unknown
  }
}
