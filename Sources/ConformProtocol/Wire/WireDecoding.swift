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

/// The members of a JSON object, read with paths in every error.
public struct WireObject: Sendable {
  /// The object.
  public let object: JSONObject

  /// Reads `json` as an object. Unknown members are the strictness check's (`WireStrictness`), which every
  /// method runs on its params before decoding.
  public init(_ json: JSON) throws(InvalidValue) {
    guard case .object(let object) = json else { throw InvalidValue("expected an object, found \(json.kindName)") }
    self.object = object
  }

  /// The member named `key`; nil when absent. An explicit `null` is returned as `.null`.
  public subscript(key: String) -> JSON? { object[key] }

  // The decoders below read the member's value in place (`object.members[index].value`), not a copy of it.

  /// Decodes a required member.
  public func required<T>(_ key: String, _ decode: (JSON) throws(InvalidValue) -> T) throws(InvalidValue) -> T {
    guard let index = object.lastIndex(ofKey: key) else {
      throw InvalidValue("required member is missing").inside(.key(key))
    }
    return try InvalidValue.within(.key(key)) { () throws(InvalidValue) in try decode(object.members[index].value) }
  }

  /// Decodes an optional member; absent and `null` give nil.
  public func optional<T>(_ key: String, _ decode: (JSON) throws(InvalidValue) -> T) throws(InvalidValue) -> T? {
    guard let index = object.lastIndex(ofKey: key) else { return nil }
    if case .null = object.members[index].value { return nil }
    return try InvalidValue.within(.key(key)) { () throws(InvalidValue) in try decode(object.members[index].value) }
  }

  /// Decodes a member that may be absent (nil) but, when present, is passed on as is (`null` included).
  public func present<T>(_ key: String, _ decode: (JSON) throws(InvalidValue) -> T) throws(InvalidValue) -> T? {
    guard let index = object.lastIndex(ofKey: key) else { return nil }
    return try InvalidValue.within(.key(key)) { () throws(InvalidValue) in try decode(object.members[index].value) }
  }
}

/// Decoders for the scalar encodings of the wire contract.
public enum Wire {
  /// A JSON string, as Go's `encoding/json` decodes it (a lone surrogate escape is U+FFFD).
  public static func string(_ json: JSON) throws(InvalidValue) -> String {
    if case .string(let value) = json { return value }
    guard let value = json.stringValue else { throw InvalidValue("expected a string, found \(json.kindName)") }
    return value
  }

  /// A JSON boolean.
  public static func bool(_ json: JSON) throws(InvalidValue) -> Bool {
    guard case .bool(let value) = json else { throw InvalidValue("expected a boolean, found \(json.kindName)") }
    return value
  }

  /// A 64-bit integer: a decimal string (`"-12"`, the canonical form) or a JSON integer literal.
  public static func int64(_ json: JSON) throws(InvalidValue) -> Int64 {
    switch json {
    case .number(let number):
      guard let value = number.int64 else {
        throw InvalidValue("expected an integer within int64, found \(number.double)")
      }
      return value
    case .string(let text):
      guard let value = parseDecimal(text) else { throw notDecimal(text) }
      return value
    case .utf16String:
      throw notDecimal(json.stringValue!)  // a lone surrogate is no digit
    default:
      throw InvalidValue("expected an int64 as a decimal string, found \(json.kindName)")
    }
  }

  /// The error for a string that is not a decimal int64.
  static func notDecimal(_ text: String) -> InvalidValue {
    InvalidValue("expected a decimal int64 string, found \"\(text)\"")
  }

  /// A Go `int` (64 bits here): a JSON integer, or a decimal string.
  public static func int(_ json: JSON) throws(InvalidValue) -> Int {
    Int(try int64(json))
  }

  /// An array, each element decoded with its index in the path.
  public static func array<T>(_ json: JSON, _ decode: (JSON) throws(InvalidValue) -> T) throws(InvalidValue) -> [T] {
    guard case .array(let elements) = json else { throw InvalidValue("expected an array, found \(json.kindName)") }
    var result: [T] = []
    result.reserveCapacity(elements.count)
    for index in elements.indices {
      // The element is read in place, not copied.
      result.append(try InvalidValue.within(.index(index)) { () throws(InvalidValue) in try decode(elements[index]) })
    }
    return result
  }

  /// An array with at least one element, each decoded with its index in the path.
  public static func nonEmptyArray<T>(
    _ json: JSON, _ decode: (JSON) throws(InvalidValue) -> T
  ) throws(InvalidValue) -> [T] {
    let elements = try array(json, decode)
    guard !elements.isEmpty else { throw InvalidValue("at least one element is required") }
    return elements
  }

  /// An object's members in order, each decoded with its key in the path.
  public static func members<T>(
    _ json: JSON, _ decode: (_ key: String, _ value: JSON) throws(InvalidValue) -> T
  ) throws(InvalidValue) -> [T] {
    guard case .object(let object) = json else { throw InvalidValue("expected an object, found \(json.kindName)") }
    var result: [T] = []
    result.reserveCapacity(object.members.count)
    for member in object.members {
      result.append(
        try InvalidValue.within(.key(member.key)) { () throws(InvalidValue) in try decode(member.key, member.value) })
    }
    return result
  }

  /// A string naming one of `allowed` (by raw value); `what` names the kind of value in the error.
  public static func choice<T: RawRepresentable>(
    _ json: JSON, _ what: String, allowed: [T]
  ) throws(InvalidValue) -> T where T.RawValue == String {
    let name = try string(json)
    guard let value = T(rawValue: name), allowed.contains(where: { $0.rawValue == name }) else {
      let names = allowed.map(\.rawValue)
      let hint = WireStrictness.suggestion(for: name, among: names).map { "did you mean \"\($0)\"? " } ?? ""
      throw InvalidValue("unknown \(what) \"\(name)\"; \(hint)expected one of \(names.joined(separator: ", "))")
    }
    return value
  }

  /// `^-?(0|[1-9][0-9]*)$` within Int64; also accepts leading zeros and a leading `+`, which some encoders emit.
  static func parseDecimal(_ text: String) -> Int64? {
    if let parsed = text.utf8.withContiguousStorageIfAvailable(parseDecimalDigits) { return parsed }
    return Array(text.utf8).withUnsafeBufferPointer(parseDecimalDigits)
  }

  static func parseDecimalDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var index = 0
    var negative = false
    if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      index = 1
    }
    let digits = bytes.count - index
    guard digits > 0, digits <= 40, let base = bytes.baseAddress else { return nil }
    var magnitude: UInt64 = 0
    // The first 19 digits cannot overflow (10^19 < 2^64): eight at a time while eight remain, then one by one.
    let unchecked = index + min(digits, 19)
    while unchecked - index >= 8 {
      guard let eight = eightDigits(base + index) else { return nil }
      magnitude = magnitude &* 100_000_000 &+ eight
      index += 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let digit = UInt64(byte &- UInt8(ascii: "0"))
      if index < unchecked {
        magnitude = magnitude &* 10 &+ digit
      } else {
        let (times, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
        let (sum, overflow2) = times.addingReportingOverflow(digit)
        if overflow1 || overflow2 { return nil }
        magnitude = sum
      }
      index += 1
    }
    if negative {
      guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
    }
    guard magnitude <= UInt64(Int64.max) else { return nil }
    return Int64(magnitude)
  }
}

extension Wire {
  /// The value of the eight ASCII digits at `p` (the first the most significant), or nil when a byte is not a
  /// digit: all eight at once in one `UInt64` (the first byte in the lowest), summed pairwise as 10 * a + b,
  /// 100 * a + b and 10,000 * a + b, where no lane can carry into the next.
  @inline(__always)
  static func eightDigits(_ p: UnsafePointer<UInt8>) -> UInt64? {
    let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    // A digit is 0x30...0x39: its high nibble is 3, and still is after adding 6 (no byte can carry: all <= 0x3F).
    guard word & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030,
      (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 == 0x3030_3030_3030_3030
    else { return nil }
    var value = word & 0x0F0F_0F0F_0F0F_0F0F
    value = (value &* 10 &+ (value >> 8)) & 0x00FF_00FF_00FF_00FF
    value = (value &* 100 &+ (value >> 16)) & 0x0000_FFFF_0000_FFFF
    return (value &* 10_000 &+ (value >> 32)) & 0xFFFF_FFFF
  }
}

extension JSON {
  /// The JSON type name, for error messages.
  public var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string, .utf16String: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
