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

/// The properties of an SDK error object that the retry code reads or writes. An absent property is
/// `undefined`.
public struct JSErrorObject: Sendable, Equatable {
  /// `code`.
  public var code: JSValue = .undefined
  /// `message`.
  public var message: JSValue = .undefined
  /// `statusCode`.
  public var statusCode: JSValue = .undefined
  /// `retryable`.
  public var retryable: JSValue = .undefined
  /// `redirect` (set by `REDIRECT`).
  public var redirect: JSValue = .undefined
  /// `retryDelay` (set by `RETRY_CHECK`).
  public var retryDelay: JSValue = .undefined
  /// `errno` (Node's transport errors).
  public var errno: JSValue = .undefined
  /// `is200Error` (S3).
  public var is200Error: JSValue = .undefined
  /// `region` (S3).
  public var region: JSValue = .undefined
  /// `retryAfter` (set by `handleRequestWithRetries`).
  public var retryAfter: JSValue = .undefined

  /// Creates an error object with the given properties.
  public init(
    code: JSValue = .undefined, message: JSValue = .undefined, statusCode: JSValue = .undefined,
    retryable: JSValue = .undefined, errno: JSValue = .undefined, is200Error: JSValue = .undefined,
    region: JSValue = .undefined
  ) {
    self.code = code
    self.message = message
    self.statusCode = statusCode
    self.retryable = retryable
    self.errno = errno
    self.is200Error = is200Error
    self.region = region
  }

  /// The object `AWS.util.error(new Error(), thrown)` makes of an exception caught by the listener executor
  /// (`lib/util.js:583-634`): `code` (the exception's own `code`, else its `name`) and `message`, nothing else.
  init(caught thrown: JSThrow) {
    self.init(code: .string(JSString(thrown.code ?? thrown.name)), message: .string(JSString(thrown.message)))
  }
}
