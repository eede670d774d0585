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

/// The type of a value on the wire, written once per method and used three ways: to describe the method in
/// `rpc.discover` (as JSON Schema), to check requests and vector params strictly (`WireStrictness`: unknown
/// members and misplaced `null`s), and to canonicalise results before the vector runner compares them.
public indirect enum WireType: Sendable {
  /// `true` or `false`.
  case bool
  /// A string.
  case string
  /// One of the listed strings.
  case oneOf([String])
  /// A small integer (Go `int`, a counter): a JSON integer.
  case int
  /// A 64-bit integer (Go `int64`, `time.Duration`): a decimal string on output.
  case int64
  /// A JavaScript value (`spec/js-v2.md`).
  case jsValue
  /// A Go error tree (`spec/go-v1.md`), or `null`.
  case goError
  /// A Go error tree of the go-v2 model (`spec/go-v2.md`, `GoV2Wire.errorShapes`), or `null`.
  case goV2Error
  /// A js-v3 error object (`spec/js-v3.md`, `JSV3Wire.errorFields`; `cause` is another one).
  case jsV3Error
  /// `null` or the wrapped type.
  case nullable(WireType)
  /// The wrapped type, `{"panic": "<Go's message>"}`, or `{"fatal": "<Go's message>"}` for a Go runtime fatal
  /// error.
  case panicOr(WireType)
  /// The wrapped type or `{"throw": "<Name: message>"}`.
  case throwOr(WireType)
  /// An array of the element type.
  case array(WireType)
  /// A JSON object with these members.
  case object([WireField])
  /// A JSON object whose members are names of the caller's choosing (HTTP headers), each of the value type.
  case map(WireType)
  /// One of several shapes: an object is checked against the object alternative whose required members it
  /// carries (a JS value alternative takes the `{"f64"}`/`{"undefined"}` markers); other values go to the decoder.
  case anyOf([WireType])
  /// Any JSON value (no canonicalisation).
  case any
}

/// A member of a `WireType.object`.
public struct WireField: Sendable {
  /// The member name.
  public let name: String
  /// Its type.
  public let type: WireType
  /// Whether a request must carry it (results always carry every member).
  public let required: Bool
  /// What it means, in one sentence.
  public let summary: String
  /// `name` as UTF-8 bytes, for the strictness check's byte comparisons.
  let nameBytes: [UInt8]

  /// Whether `null` is a value of this member (its type is nullable, a JS value or a Go error); elsewhere a
  /// `null` is invalid, never read as "absent" (`spec/protocol.md`).
  public var acceptsNull: Bool { type.acceptsNull }

  /// Creates a member.
  public init(_ name: String, _ type: WireType, required: Bool = false, _ summary: String) {
    self.name = name
    self.nameBytes = Array(name.utf8)
    self.type = type
    self.required = required
    self.summary = summary
  }
}

extension WireType {
  /// Whether a value of this type can hold object members or `null`s for the strictness check to look at.
  public var hasMembers: Bool {
    switch self {
    case .bool, .string, .oneOf, .int, .int64, .jsValue, .any: false
    case .nullable(let wrapped), .panicOr(let wrapped), .throwOr(let wrapped), .array(let wrapped), .map(let wrapped):
      wrapped.hasMembers
    case .object, .goError, .goV2Error, .jsV3Error, .anyOf: true
    }
  }

  /// Whether `null` is a value of this type.
  public var acceptsNull: Bool {
    switch self {
    case .nullable, .jsValue, .goError, .goV2Error, .any: true
    case .anyOf(let alternatives): alternatives.contains(where: \.acceptsNull)
    default: false
    }
  }
}
