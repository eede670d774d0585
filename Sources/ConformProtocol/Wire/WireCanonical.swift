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

public import ConformJSON

/// Canonical forms of wire values, so that two encodings of the same value compare equal: int64 as decimal
/// strings, JS numbers by bit pattern, members in schema order, unknown members dropped.
public enum WireCanonical {
  /// The canonical form of `json` read as `type`; throws when it is not a value of that type.
  public static func canonicalize(_ json: JSON, as type: WireType) throws(InvalidValue) -> JSON {
    switch type {
    case .any, .goError, .goV2Error, .jsV3Error, .anyOf, .map:
      return json
    case .bool:
      return .bool(try Wire.bool(json))
    case .string:
      _ = try Wire.string(json)
      return json  // a string with a lone surrogate stays one
    case .oneOf(let choices):
      let text = try Wire.string(json)
      guard choices.contains(where: { $0.utf8.elementsEqual(text.utf8) }) else {
        throw InvalidValue("expected one of \(choices.joined(separator: ", ")), found \"\(text)\"")
      }
      return .string(text)
    case .int:
      return .number(JSONNumber(try Wire.int64(json)))
    case .int64:
      return .string(String(try Wire.int64(json)))
    case .jsValue:
      return JSEncode.value(try JSWire.value(json))
    case .nullable(let wrapped):
      return json == .null ? .null : try canonicalize(json, as: wrapped)
    case .panicOr(let wrapped):
      if let text = try marker("panic", in: json) { return Encode.object(["panic": .string(text)]) }
      if let text = try marker("fatal", in: json) { return Encode.object(["fatal": .string(text)]) }
      return try canonicalize(json, as: wrapped)
    case .throwOr(let wrapped):
      if let text = try marker("throw", in: json) { return Encode.object(["throw": .string(text)]) }
      return try canonicalize(json, as: wrapped)
    case .array(let element):
      return .array(try Wire.array(json) { (value) throws(InvalidValue) in try canonicalize(value, as: element) })
    case .object(let fields):
      let object = try WireObject(json)
      var result = JSONObject()
      for field in fields {
        let value = try object.present(field.name) { (value) throws(InvalidValue) in
          try canonicalize(value, as: field.type)
        }
        if let value { result.append(field.name, value) }
      }
      return .object(result)
    }
  }

  /// The keys of the markers that stand for an answer that is not a value: a Go panic or fatal error, a
  /// JavaScript exception.
  public static let panicMarkers: Set<String> = ["panic", "fatal", "throw"]

  /// The keys of every marker, a single-member object compared whole: the panic markers, `{"f64": ...}` (a
  /// double by its bit pattern) and `{"undefined": true}`.
  public static let markers: Set<String> = panicMarkers.union(["f64", "undefined"])

  /// The key of `object` when it is a marker: its only member's key, if that is one of `keys`.
  public static func markerKey(of object: JSONObject, in keys: Set<String> = markers) -> String? {
    guard object.members.count == 1, let key = object.members.first?.key, keys.contains(key) else { return nil }
    return key
  }

  /// The text of a `{"panic": "..."}`-style object, or nil when `json` is not one.
  static func marker(_ key: String, in json: JSON) throws(InvalidValue) -> String? {
    guard case .object(let object) = json, markerKey(of: object) == key, let value = object.members.first?.value else {
      return nil
    }
    guard case .string(let text) = value else { throw InvalidValue("expected a string").inside(.key(key)) }
    return text
  }
}

/// Small helpers to build JSON results.
public enum Encode {
  /// An object from members in the given order (the writer sorts keys on output).
  public static func object(_ members: KeyValuePairs<String, JSON>) -> JSON {
    var object = JSONObject(capacity: members.count)
    for (key, value) in members { object.append(key, value) }
    return .object(object)
  }

  /// A Go `int` or a counter.
  public static func int(_ value: Int) -> JSON { .number(JSONNumber(Int64(value))) }

  /// An int64 as a decimal string.
  public static func int64(_ value: Int64) -> JSON { .string(String(value)) }

  /// A string or `null`.
  public static func string(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }
}
