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

/// Why and where `JSONParser` rejected its input.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The byte offset in the input where the problem was found (the input length for `unexpectedEnd`).
  public var offset: Int
  /// What went wrong.
  public var reason: Reason

  /// The kinds of parse failure.
  public enum Reason: Sendable, Equatable {
    /// The input ended inside a value (or held no value at all).
    case unexpectedEnd
    /// A byte that cannot start or continue the value at this point (offset: that byte).
    case unexpectedByte(UInt8)
    /// A string holds a byte sequence that is not well-formed UTF-8 (offset: its first byte).
    case invalidUTF8
    /// A backslash escape that is not one of `\" \\ \/ \b \f \n \r \t \uXXXX` (offset: the backslash).
    case invalidEscape
    /// A number literal that breaks the RFC 8259 grammar (offset: the offending byte).
    case invalidNumber
    /// A number literal whose value rounds to infinity (offset: the literal's first byte).
    case numberOutOfRange
    /// A raw byte below 0x20 inside a string (offset: that byte).
    case controlCharacterInString
    /// Arrays/objects nested deeper than the limit (offset: the opening bracket).
    case tooDeep(limit: Int)
    /// Something other than whitespace after the top-level value (offset: its first byte).
    case trailingData
  }

  /// Creates an error.
  public init(offset: Int, reason: Reason) {
    self.offset = offset
    self.reason = reason
  }

  /// A short lower-case message, e.g. "unexpected byte 0x7d at offset 12".
  public var description: String {
    let what: String
    switch reason {
    case .unexpectedEnd: what = "unexpected end of input"
    case .unexpectedByte(let b): what = "unexpected byte 0x" + JSONParseError.hex2(b)
    case .invalidUTF8: what = "invalid utf-8"
    case .invalidEscape: what = "invalid escape"
    case .invalidNumber: what = "invalid number"
    case .numberOutOfRange: what = "number out of range"
    case .controlCharacterInString: what = "control character in string"
    case .tooDeep(let limit): what = "nesting deeper than \(limit)"
    case .trailingData: what = "trailing data"
    }
    return what + " at offset \(offset)"
  }

  private static func hex2(_ b: UInt8) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
  }
}
