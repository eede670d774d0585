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

  /// `isBrowserNetworkError` (`:28-44`): a `TypeError` with one of the browsers' messages.
  public static func isBrowserNetworkError(_ error: JSV3Error) -> Bool {
    error.isTypeError && JSValue.string(error.effectiveMessage).isString(in: browserNetworkMessages)
  }

  /// `isThrottlingError` (`:46-49`): status 429, a throttling name, or `$retryable.throttling == true`.
  public static func isThrottlingError(_ error: JSV3Error) -> Bool {
    if let status = error.metadata?.httpStatusCode, status.strictEquals(.number(429)) { return true }
    if error.effectiveName.isString(in: throttlingErrorCodes) { return true }
    if let trait = error.retryable, trait.throttling.looselyEquals(.bool(true)) { return true }
    return false
  }

  /// `isTransientError(error, depth = 0)` (`:57-67`), in the source's order; the `cause` recursion stops past
  /// depth 10.
  public static func isTransientError(_ error: JSV3Error, depth: Int = 0) -> Bool {
    transientRule(error, depth: depth) != nil
  }

  /// The clause of `isTransientError` that held, nil when none did.
  static func transientRule(_ error: JSV3Error, depth: Int) -> String? {
    if isRetryableByTrait(error) { return "retryable trait" }
    if isClockSkewCorrectedError(error).isTruthy { return "clockSkewCorrected" }
    if error.effectiveName.strictEquals("InvalidSignatureException"),
      error.effectiveMessage.contains("Signature expired")
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
    if isNodeJsHttp2TransientError(error) { return "ERR_HTTP2_STREAM_ERROR NGHTTP2_REFUSED_STREAM" }
    if let cause = error.cause, depth <= 10, isTransientError(cause, depth: depth + 1) { return "cause" }
    return nil
  }

  /// `isNodeJsHttp2TransientError` (`:83-85`).
  public static func isNodeJsHttp2TransientError(_ error: JSV3Error) -> Bool {
    error.code.strictEquals("ERR_HTTP2_STREAM_ERROR")
      && error.effectiveMessage.contains("NGHTTP2_REFUSED_STREAM")
  }

  /// `isServerError` (`:69-78`): a status in 500...599 (compared as JS does) that is not transient.
  public static func isServerError(_ error: JSV3Error) -> Bool {
    guard let status = error.metadata?.httpStatusCode, !status.strictEquals(.undefined) else { return false }
    return status.greaterThanOrEqual(.number(500)) && JSValue.number(599).greaterThanOrEqual(status)
      && !isTransientError(error)
  }

  /// `getRetryErrorType` (`retryMiddleware.ts:136-141`): the first of throttling, transient, server error, else
  /// client error.
  public static func errorType(_ error: JSV3Error, trace: Trace? = nil) -> JSV3ErrorType {
    if isThrottlingError(error) {
      trace?.record("js.v3.errorType.throttling", JSV3Source.middleware(137), "isThrottlingError holds: THROTTLING")
      return .throttling
    }
    if let rule = transientRule(error, depth: 0) {
      if rule == "cause" {
        trace?.record("js.v3.isTransientError.cause", JSV3Source.classification(67), "a cause is transient")
      }
      trace?.record(
        "js.v3.errorType.transient", JSV3Source.middleware(138), "isTransientError holds (\(rule)): TRANSIENT")
      return .transient
    }
    if isServerError(error) {
      trace?.record("js.v3.errorType.serverError", JSV3Source.middleware(139), "isServerError holds: SERVER_ERROR")
      return .serverError
    }
    trace?.record("js.v3.errorType.clientError", JSV3Source.middleware(140), "no predicate holds: CLIENT_ERROR")
    return .clientError
  }
}
