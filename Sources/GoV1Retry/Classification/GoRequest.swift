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

public import GoErrorModel
public import RetryCore

/// The part of a `*request.Request` that the retry code reads.
public struct GoRequest: Sendable, Equatable {
  /// `r.Error`. Setting it drops a precomputed classification, which was of the old error.
  public var error: GoError? {
    didSet { precomputed = Precomputed() }
  }
  /// `r.HTTPResponse`, or nil.
  public var httpResponse: GoHTTPResponse?
  /// `r.RetryCount` (a Go `int`: 64 bits, wrapping).
  public var retryCount: Int
  /// `r.Retryable` (nil when no handler set it).
  public var retryable: Bool?
  /// `r.RetryErrorCodes`.
  public var retryErrorCodes: [String]
  /// `r.ThrottleErrorCodes`.
  public var throttleErrorCodes: [String]
  /// `IsErrorRetryable(r.Error)` when `precomputeClassification()` stored it: the rules are pure and read only
  /// `r.Error`, so the request methods and retryers that ask again reuse it (only when nobody asked for a trace).
  /// Cleared whenever `error` is set; never part of equality.
  private var precomputed = Precomputed()

  /// The cache of a classification of `error`: any two compare equal, so the synthesized `==` reads only the
  /// request's fields.
  private struct Precomputed: Sendable, Equatable {
    /// `IsErrorRetryable(r.Error)`, or nil when not computed.
    var errorRetryable: Result<Bool, GoPanic>?

    /// Always true: a cache is no part of the value.
    static func == (lhs: Precomputed, rhs: Precomputed) -> Bool { true }
  }

  /// Creates a request.
  public init(
    error: GoError?, httpResponse: GoHTTPResponse? = nil, retryCount: Int = 0, retryable: Bool? = nil,
    retryErrorCodes: [String] = [], throttleErrorCodes: [String] = []
  ) {
    self.error = error
    self.httpResponse = httpResponse
    self.retryCount = retryCount
    self.retryable = retryable
    self.retryErrorCodes = retryErrorCodes
    self.throttleErrorCodes = throttleErrorCodes
  }

  /// Computes `IsErrorRetryable(r.Error)` once for every later question about this request.
  public mutating func precomputeClassification() {
    let error = self.error
    precomputed.errorRetryable = Result { () throws(GoPanic) in try GoClassification.isErrorRetryable(error) }
  }

  /// `IsErrorRetryable(r.Error)`, reusing the precomputed answer when there is one and no trace is wanted.
  public func errorRetryable(trace: Trace? = nil) throws(GoPanic) -> Bool {
    if trace == nil, let precomputed = precomputed.errorRetryable { return try precomputed.get() }
    return try GoClassification.isErrorRetryable(error, trace: trace)
  }

  /// `(*Request).IsErrorRetryable()` (`retryer.go:250-266`).
  public func isErrorRetryable(trace: Trace? = nil) throws(GoPanic) -> Bool {
    if isErrCode(retryErrorCodes) {
      trace?.record(
        "Request.IsErrorRetryable.retryErrorCodes", GoSource.retryer(251), "code in r.RetryErrorCodes", true)
      return true
    }
    if let response = httpResponse, response.statusCode == 500 {
      trace?.record("Request.IsErrorRetryable.status500", GoSource.retryer(261), "HTTP status 500", true)
      return true
    }
    return try errorRetryable(trace: trace)
  }

  /// `(*Request).IsErrorThrottle()` (`retryer.go:272-289`).
  public func isErrorThrottle(trace: Trace? = nil) -> Bool {
    if isErrCode(throttleErrorCodes) {
      trace?.record(
        "Request.IsErrorThrottle.throttleErrorCodes", GoSource.retryer(273), "code in r.ThrottleErrorCodes", true)
      return true
    }
    if let response = httpResponse {
      switch response.statusCode {
      case 429, 502, 503, 504:
        trace?.record(
          "Request.IsErrorThrottle.status", GoSource.retryer(278), "HTTP status \(response.statusCode)", true)
        return true
      default:
        break
      }
    }
    return GoClassification.isErrorThrottle(error, trace: trace)
  }

  /// `(*Request).IsErrorExpired()` (`retryer.go:307-309`).
  public func isErrorExpired(trace: Trace? = nil) -> Bool {
    GoClassification.isErrorExpiredCreds(error, trace: trace)
  }

  /// `isErrCode(r.Error, codes)` (`retryer.go:291-301`): the top-level awserr code is one of `codes`.
  func isErrCode(_ codes: [String]) -> Bool {
    GoClassification.awsCode(of: error, in: codes)?.isMember ?? false
  }
}
