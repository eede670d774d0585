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

/// A JSON value as read by `JSONParser` and written by `JSONWriter`.
///
/// Equality is structural and byte-exact: strings and object keys compare by
/// their UTF-8 bytes (not by Unicode canonical equivalence), strings with a lone surrogate by code units, numbers compare by
/// `JSONNumber` equality, arrays and object members compare in order.
public enum JSON: Sendable, Equatable {
  /// The literal `null`.
  case null
  /// The literals `true` and `false`.
  case bool(Bool)
  /// A number literal.
  case number(JSONNumber)
  /// A string, decoded from its escapes, that is valid Unicode (every string except the ones below).
  case string(String)
  /// A string holding at least one lone UTF-16 surrogate (an escape such as `\ud800` that is not half of an
  /// escaped pair), as its UTF-16 code units: what JavaScript's `JSON.parse` makes of it. The parser makes
  /// one only then, so a value is never both; `stringValue` reads it as Go does, each lone surrogate U+FFFD.
  case utf16String([UInt16])
  /// An array of values, in input order.
  case array([JSON])
  /// An object whose members keep input order and duplicates.
  case object(JSONObject)

  /// Compares two values structurally, strings by UTF-8 bytes.
  public static func == (lhs: JSON, rhs: JSON) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null):
      return true
    case (.bool(let a), .bool(let b)):
      return a == b
    case (.number(let a), .number(let b)):
      return a == b
    case (.string(let a), .string(let b)):
      return UTF8Bytes.equal(a, b)
    case (.utf16String(let a), .utf16String(let b)):
      return a == b
    case (.array(let a), .array(let b)):
      return a == b
    case (.object(let a), .object(let b)):
      return a == b
    default:
      return false
    }
  }
}
