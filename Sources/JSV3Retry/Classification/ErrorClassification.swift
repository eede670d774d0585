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
public import RetryCore

/// The predicates of `service-error-classification.ts` and the middleware's error type.
public enum ErrorClassification {
  /// `CLOCK_SKEW_ERROR_CODES` (`constants.ts:9-17`).
  static let clockSkewErrorCodes = [
    "AccessDeniedException", "AuthFailure", "InvalidSignatureException", "RequestExpired", "RequestInTheFuture",
    "RequestTimeTooSkewed", "SignatureDoesNotMatch",
  ]
  /// `THROTTLING_ERROR_CODES` (`constants.ts:24-39`).
  static let throttlingErrorCodes = [
    "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete",
    "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException",
    "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException",
    "TransactionInProgressException",
  ]
  /// `TRANSIENT_ERROR_CODES` (`constants.ts:44`).
  static let transientErrorCodes = ["TimeoutError", "RequestTimeout", "RequestTimeoutException"]
  /// `TRANSIENT_ERROR_STATUS_CODES` (`constants.ts:49`).
  static let transientErrorStatusCodes: [Double] = [500, 502, 503, 504]
  /// `NODEJS_TIMEOUT_ERROR_CODES` (`constants.ts:54`).
  static let nodeTimeoutErrorCodes = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]
  /// `NODEJS_NETWORK_ERROR_CODES` (`constants.ts:59`).
  static let nodeNetworkErrorCodes = ["EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]
  /// The messages of `isBrowserNetworkError` (`service-error-classification.ts:29-35`).
  static let browserNetworkMessages = [
    "Failed to fetch", "NetworkError when attempting to fetch resource",
    "The Internet connection appears to be offline",
    "Load failed", "Network request failed",
  ]

  /// `isRetryableByTrait` (`:12`): `error?.$retryable !== undefined`.
  public static func isRetryableByTrait(_ error: JSV3Error) -> Bool { error.retryable != nil }

  /// `isClockSkewError` (`:17`): the name is in `CLOCK_SKEW_ERROR_CODES`.
  public static func isClockSkewError(_ error: JSV3Error) -> Bool {
    error.effectiveName.isString(in: clockSkewErrorCodes)
  }

  /// `isClockSkewCorrectedError` (`:22`): `error.$metadata?.clockSkewCorrected`, a value that may be `undefined`.
  public static func isClockSkewCorrectedError(_ error: JSV3Error) -> JSValue {
    guard let flag = error.metadata?.clockSkewCorrected else { return .undefined }
    return .bool(flag)
  }

  /// `isBrowserNetworkError` (`:28-44`): a `TypeError` with one of the browsers' messages (`Set.has`: only a
  /// string can match).
  public static func isBrowserNetworkError(_ error: JSV3Error) -> Bool {
    error.isTypeError && error.effectiveMessage.isString(in: browserNetworkMessages)
  }

  /// `isThrottlingError` (`:46-49`): status 429, a throttling name, or `$retryable.throttling == true`.
  public static func isThrottlingError(_ error: JSV3Error) -> Bool {
    if let status = error.metadata?.httpStatusCode, status.strictEquals(.number(429)) { return true }
    if error.effectiveName.isString(in: throttlingErrorCodes) { return true }
    if let trait = error.retryable, trait.throttling.looselyEquals(.bool(true)) { return true }
    return false
  }

  /// `isTransientError(error, depth = 0)` (`:57-67`), in the source's order; the `cause` recursion stops past
  /// depth 10. Throws where V8 does: a `cause` of `null` (`null.$metadata`) and a message that is not a string.
  public static func isTransientError(_ error: JSV3Error, depth: Int = 0) throws(JSThrow) -> Bool {
    try transientRule(error, depth: depth) != nil
  }

  /// The clause of `isTransientError` that held, nil when none did.
  static func transientRule(_ error: JSV3Error, depth: Int) throws(JSThrow) -> String? {
    if isRetryableByTrait(error) { return "retryable trait" }
    if isClockSkewCorrectedError(error).isTruthy { return "clockSkewCorrected" }
    if error.effectiveName.strictEquals("InvalidSignatureException"),
      try messageIncludes(error, "Signature expired", call: "error.message?.includes", optional: true)
    {
      return "InvalidSignatureException: Signature expired"
    }
    if error.effectiveName.isString(in: transientErrorCodes) { return "TRANSIENT_ERROR_CODES name" }
    if error.code.or(.string("")).isString(in: nodeTimeoutErrorCodes) { return "NODEJS_TIMEOUT_ERROR_CODES code" }
    if error.code.or(.string("")).isString(in: nodeNetworkErrorCodes) { return "NODEJS_NETWORK_ERROR_CODES code" }
    let status = (error.metadata?.httpStatusCode ?? .undefined).or(.number(0))
    if case .number(let value) = status, transientErrorStatusCodes.contains(value) {
      return "TRANSIENT_ERROR_STATUS_CODES status"
    }
    if isBrowserNetworkError(error) { return "browser network error" }
    if try isNodeJsHttp2TransientError(error) { return "ERR_HTTP2_STREAM_ERROR NGHTTP2_REFUSED_STREAM" }
    if error.causeIsNull, depth <= 10 {
      // isTransientError(null, depth + 1): `null?.$retryable` is undefined, then `null.$metadata` throws (`:22`).
      throw JSThrow.readProperty(of: .null, "$metadata")
    }
    if let cause = error.cause, depth <= 10, try isTransientError(cause, depth: depth + 1) { return "cause" }
    return nil
  }

  /// `error.message.includes(text)` (`call` is the source's callee, as V8 names it in its message): a string's
  /// `includes`; `undefined` and `null` give false after `?.` and throw without it; other values have no
  /// `includes`.
  static func messageIncludes(_ error: JSV3Error, _ text: String, call: String, optional: Bool) throws(JSThrow)
    -> Bool
  {
    switch error.effectiveMessage {
    case .string(let message): return message.contains(text)
    case .undefined, .null:
      if optional { return false }
      throw JSThrow.readProperty(of: error.effectiveMessage, "includes")
    case .bool, .number: throw JSThrow(name: "TypeError", message: "\(call) is not a function")
    }
  }

  /// `isNodeJsHttp2TransientError` (`:83-85`).
  public static func isNodeJsHttp2TransientError(_ error: JSV3Error) throws(JSThrow) -> Bool {
    guard error.code.strictEquals("ERR_HTTP2_STREAM_ERROR") else { return false }
    return try messageIncludes(error, "NGHTTP2_REFUSED_STREAM", call: "error.message.includes", optional: false)
  }

  /// `isServerError` (`:69-78`): a status in 500...599 (compared as JS does) that is not transient.
  public static func isServerError(_ error: JSV3Error) throws(JSThrow) -> Bool {
    guard let status = error.metadata?.httpStatusCode, !status.strictEquals(.undefined) else { return false }
    guard status.greaterThanOrEqual(.number(500)) && JSValue.number(599).greaterThanOrEqual(status) else {
      return false
    }
    return try !isTransientError(error)
  }

  /// `getRetryErrorType` (`retryMiddleware.ts:136-141`): the first of throttling, transient, server error, else
  /// client error.
  public static func errorType(_ error: JSV3Error, trace: Trace? = nil) throws(JSThrow) -> JSV3ErrorType {
    if isThrottlingError(error) {
      trace?.record("js.v3.errorType.throttling", JSV3Source.middleware(137), "isThrottlingError holds: THROTTLING")
      return .throttling
    }
    let rule: String?
    do throws(JSThrow) {
      rule = try transientRule(error, depth: 0)
    } catch {
      trace?.record("js.v3.errorType.throws", JSV3Source.classification(57), "isTransientError throws \(error)")
      throw error
    }
    if let rule {
      if rule == "cause" {
        trace?.record("js.v3.isTransientError.cause", JSV3Source.classification(67), "a cause is transient")
      }
      trace?.record(
        "js.v3.errorType.transient", JSV3Source.middleware(138), "isTransientError holds (\(rule)): TRANSIENT")
      return .transient
    }
    if try isServerError(error) {
      trace?.record("js.v3.errorType.serverError", JSV3Source.middleware(139), "isServerError holds: SERVER_ERROR")
      return .serverError
    }
    trace?.record("js.v3.errorType.clientError", JSV3Source.middleware(140), "no predicate holds: CLIENT_ERROR")
    return .clientError
  }
}
