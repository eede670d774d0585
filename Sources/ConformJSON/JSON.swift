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
/// their UTF-8 bytes (not by Unicode canonical equivalence), numbers compare by
/// `JSONNumber` equality, arrays and object members compare in order.
public enum JSON: Sendable, Equatable {
  /// The literal `null`.
  case null
  /// The literals `true` and `false`.
  case bool(Bool)
  /// A number literal.
  case number(JSONNumber)
  /// A string, decoded from its escapes.
  case string(String)
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
    case (.array(let a), .array(let b)):
      return a == b
    case (.object(let a), .object(let b)):
      return a == b
    default:
      return false
    }
  }
}
