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

/// An exception thrown inside SDK code, such as a `TypeError` from reading a property of `null`.
///
/// Like a Go panic it is an answer: a predicate reports `{"throw": ...}`, and in a service call the listener
/// executor turns it into the request's error (`lib/sequential_executor.js:105-108`).
public struct JSThrow: Error, Sendable, Equatable, CustomStringConvertible {
  /// The constructor name, such as `TypeError`.
  public let name: String
  /// V8's message.
  public let message: String
  /// The `code` property of a Node.js error (such as `ERR_INVALID_URL`), nil when there is none.
  public let code: String?

  /// Creates an exception.
  public init(name: String, message: String, code: String? = nil) {
    self.name = name
    self.message = message
    self.code = code
  }

  /// `TypeError: Cannot read properties of <value> (reading '<property>')`.
  public static func readProperty(of value: JSValue, _ property: String) -> JSThrow {
    JSThrow(name: "TypeError", message: "Cannot read properties of \(value.toJSString) (reading '\(property)')")
  }

  /// `Name: message`, or `Name [code]: message` for a Node.js error, as `String(error)` prints it.
  public var description: String { code.map { "\(name) [\($0)]: \(message)" } ?? "\(name): \(message)" }
}
