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

public import JSValueModel

/// An SDK error object as the v3 classifiers and the retry middleware read it: an `Error` (or a `TypeError`) with
/// the members `name`, `message`, `code`, `$metadata`, `$retryable`, `cause` and `$response`.
///
/// An absent `name` or `message` is the inherited one (`"Error"` or `"TypeError"`, and `""`). An own `message`
/// may be any JS value (the SDK assigns what a service sent), `$metadata` may be a primitive and `cause` may be
/// `null`: the classifiers and the middleware then do what V8 does with them (`JSThrow`s included).
public struct JSV3Error: Sendable, Equatable {
  /// Built as `new TypeError(message)` rather than `new Error(message)`: `instanceof TypeError` holds.
  public var isTypeError: Bool
  /// An own `name`, or nil for the prototype's.
  public var name: JSValue?
  /// An own `message` (any JS value), or nil for the prototype's `""`.
  public var message: JSValue?
  /// `code` (Node's system errors), `undefined` when absent.
  public var code: JSValue
  /// `$metadata` when it is an object, nil otherwise.
  public var metadata: Metadata?
  /// `$metadata` when it is a primitive (`metadata` is then nil): every property read of it gives `undefined`,
  /// and a truthy one keeps the middleware's `$metadata.attempts = ...` from taking (`acceptsMetadata`).
  public var primitiveMetadata: JSValue?
  /// `$retryable`, nil when absent.
  public var retryable: RetryableTrait?
  /// `$response`, nil when absent.
  public var response: Response?
  /// `cause` (stored in an array for indirection), empty when absent or `null`.
  private var causes: [JSV3Error]
  /// `cause` is an own `null` (`cause` is then nil): `isTransientError` reads `null.$metadata` and throws.
  public var causeIsNull = false

  /// `$metadata`: the members the classifiers read.
  public struct Metadata: Sendable, Equatable {
    /// `httpStatusCode`.
    public var httpStatusCode: JSValue
    /// `clockSkewCorrected`: set by the aws-sdk-js-v3 signer; nil when absent.
    public var clockSkewCorrected: Bool?

    /// Creates the metadata.
    public init(httpStatusCode: JSValue = .undefined, clockSkewCorrected: Bool? = nil) {
      self.httpStatusCode = httpStatusCode
      self.clockSkewCorrected = clockSkewCorrected
    }
  }

  /// `$retryable`: a modelled `@retryable` trait.
  public struct RetryableTrait: Sendable, Equatable {
    /// `throttling`.
    public var throttling: JSValue

    /// Creates the trait.
    public init(throttling: JSValue = .undefined) {
      self.throttling = throttling
    }
  }

  /// `$response`: an object that `HttpResponse.isInstance` accepts when `statusCode` is a number and `headers` an
  /// object (`transport/httpResponse.ts:37-42`).
  public struct Response: Sendable, Equatable {
    /// `statusCode`.
    public var statusCode: JSValue
    /// `headers` as assignments in order (`headers[name] = value`), nil when absent.
    public var headers: [Header]?

    /// Creates the response.
    public init(statusCode: JSValue, headers: [Header]?) {
      self.statusCode = statusCode
      self.headers = headers
    }
  }

  /// One header assignment.
  public struct Header: Sendable, Equatable {
    /// The property name.
    public var name: String
    /// The value.
    public var value: JSString

    /// Creates a header.
    public init(_ name: String, _ value: JSString) {
      self.name = name
      self.value = value
    }
  }

  /// Creates an error object.
  public init(
    isTypeError: Bool = false, name: JSValue? = nil, message: JSValue? = nil, code: JSValue = .undefined,
    metadata: Metadata? = nil, retryable: RetryableTrait? = nil, response: Response? = nil, cause: JSV3Error? = nil
  ) {
    self.isTypeError = isTypeError
    self.name = name
    self.message = message
    self.code = code
    self.metadata = metadata
    self.retryable = retryable
    self.response = response
    self.causes = cause.map { [$0] } ?? []
  }

  /// `cause`.
  public var cause: JSV3Error? {
    get { causes.first }
    set { causes = newValue.map { [$0] } ?? [] }
  }

  /// `error.name`, own or inherited.
  public var effectiveName: JSValue { name ?? .string(isTypeError ? "TypeError" : "Error") }

  /// `error.message`, own or inherited.
  public var effectiveMessage: JSValue { message ?? .string("") }

  /// A `TypeError` as V8 builds it: `name` and `message` inherited and own.
  public static func typeError(_ thrown: JSThrow) -> JSV3Error {
    JSV3Error(
      isTypeError: thrown.name == "TypeError", name: .string(JSString(thrown.name)),
      message: .string(JSString(thrown.message)))
  }

  /// Whether `if (!error.$metadata) error.$metadata = {}; error.$metadata.attempts = ...` takes: not on a truthy
  /// primitive. The middleware's arrow function (`retryMiddleware.ts:88-92`) is sloppy-mode code in the
  /// published CommonJS build Node 20 loads (`dist-cjs`: `scripts/compilation/esm-to-cjs.js` adds no
  /// `"use strict"`), so the assignment is ignored; the deprecated strategy's `retry` is a class method, always
  /// strict, and throws (`metadataAssignmentFailure`).
  public var acceptsMetadata: Bool { !(primitiveMetadata?.isTruthy ?? false) }

  /// The `TypeError` strict-mode code throws for `$metadata.attempts = ...` on a truthy primitive
  /// (`retry-pre-sra-deprecated/StandardRetryStrategy.ts:132`), nil when the assignment takes.
  public var metadataAssignmentFailure: JSThrow? {
    guard let value = primitiveMetadata, value.isTruthy else { return nil }
    let type: String
    switch value {
    case .bool: type = "boolean"
    case .number: type = "number"
    default: type = "string"
    }
    return JSThrow(
      name: "TypeError", message: "Cannot create property 'attempts' on \(type) '\(value.toJSString)'")
  }

  /// How many objects the `cause` chain holds, this one included.
  public var chainLength: Int {
    var count = 1
    var next = cause
    while let current = next {
      count += 1
      next = current.cause
    }
    return count
  }
}
