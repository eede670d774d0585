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

extension JSON {
  /// The string payload, or nil if this is not a string. A string with a lone surrogate reads as Go's
  /// `encoding/json` decodes it: each lone surrogate becomes U+FFFD.
  public var stringValue: String? {
    switch self {
    case .string(let s): return s
    case .utf16String(let units): return String(decoding: units, as: UTF16.self)
    default: return nil
    }
  }

  /// A string's UTF-16 code units exactly as JavaScript's `JSON.parse` gives them (lone surrogates kept),
  /// or nil if this is not a string.
  public var utf16Value: [UInt16]? {
    switch self {
    case .string(let s): return Array(s.utf16)
    case .utf16String(let units): return units
    default: return nil
    }
  }

  /// The boolean payload, or nil if this is not a boolean.
  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The number payload, or nil if this is not a number.
  public var numberValue: JSONNumber? {
    if case .number(let n) = self { return n }
    return nil
  }

  /// The exact integer value of an integer literal within Int64 range, else nil.
  public var int64Value: Int64? {
    if case .number(let n) = self { return n.int64 }
    return nil
  }

  /// The number as a correctly rounded Double, or nil if this is not a number.
  public var doubleValue: Double? {
    if case .number(let n) = self { return n.double }
    return nil
  }

  /// The elements of an array, or nil if this is not an array.
  public var arrayValue: [JSON]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The object payload, or nil if this is not an object.
  public var objectValue: JSONObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// True if this is the `null` literal.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// The last member named `key` if this is an object, else nil.
  public subscript(key: String) -> JSON? {
    if case .object(let o) = self { return o[key] }
    return nil
  }
}
