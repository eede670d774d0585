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

/// The error checks of a Standard retryer (`aws/retry/standard.go`): `DefaultRetryables` in order behind an
/// optional `AddWithErrorCodes` wrapper, `Throttles` (`DefaultThrottles` plus added codes) and `DefaultTimeouts`.
public struct GoV2Classifier: Sendable, Equatable {
  /// The codes of an `AddWithErrorCodes` wrapper (`retry.go:12-36`), checked before the retryer's own chain;
  /// nil when there is no wrapper.
  public var wrapperRetryableCodes: [String]?
  /// Codes of a `ThrottleErrorCode` appended to `StandardOptions.Throttles` after `DefaultThrottles`.
  public var extraThrottleCodes: [String]

  /// Creates the checks; by default those of `standardDefaults()`.
  public init(wrapperRetryableCodes: [String]? = nil, extraThrottleCodes: [String] = []) {
    self.wrapperRetryableCodes = wrapperRetryableCodes
    self.extraThrottleCodes = extraThrottleCodes
  }

  /// Which check of the chain decided `IsErrorRetryable`.
  public enum Decider: String, Sendable, Equatable {
    /// The `AddWithErrorCodes` wrapper's `RetryableErrorCode`.
    case addWithErrorCodes = "AddWithErrorCodes"
    /// `NoRetryCanceledError`.
    case noRetryCanceledError = "NoRetryCanceledError"
    /// `RetryableError`.
    case retryableError = "RetryableError"
    /// `RetryableConnectionError`.
    case retryableConnectionError = "RetryableConnectionError"
    /// `RetryableHTTPStatusCode{DefaultRetryableHTTPStatusCodes}`.
    case retryableHTTPStatusCode = "RetryableHTTPStatusCode"
    /// `RetryableErrorCode{DefaultRetryableErrorCodes}`.
    case retryableErrorCode = "RetryableErrorCode"
    /// `RetryableErrorCode{DefaultThrottleErrorCodes}`.
    case retryableThrottleErrorCode = "RetryableErrorCode(throttle codes)"
    /// Every check answered Unknown.
    case none
  }

  /// `retryer.IsErrorRetryable(err)` and the check that decided; a panic printing `Error()` inside
  /// `RetryableConnectionError` propagates.
  public func isErrorRetryable(_ error: GoError?, trace: Trace?) throws(GoPanic) -> (
    retryable: Bool, decidedBy: Decider
  ) {
    if let codes = wrapperRetryableCodes {
      let answer = Self.errorCode(error, in: codes)
      trace?.record(
        "AddWithErrorCodes", GoV2Source.retry(30), "wrapper RetryableErrorCode\(codes) -> \(answer.rawValue)")
      if answer != .unknown { return (answer.bool, .addWithErrorCodes) }
    }
    let checks: [(Decider, () throws(GoPanic) -> GoTernary)] = [
      (.noRetryCanceledError, { Self.noRetryCanceled(error, trace: trace) }),
      (.retryableError, { Self.retryableError(error, trace: trace) }),
      (.retryableConnectionError, { () throws(GoPanic) in try Self.connectionError(error, trace: trace) }),
      (.retryableHTTPStatusCode, { Self.httpStatusCode(error, trace: trace) }),
      (.retryableErrorCode, { Self.retryableCode(error, GoV2Codes.retryableErrorCodes, trace: trace) }),
      (.retryableThrottleErrorCode, { Self.retryableCode(error, GoV2Codes.throttleErrorCodes, trace: trace) }),
    ]
    // IsErrorRetryables: the first answer that is not Unknown (retryable_error.go:26-33).
    for (decider, check) in checks {
      let answer = try check()
      if answer != .unknown { return (answer.bool, decider) }
    }
    trace?.record("IsErrorRetryables.unknown", GoV2Source.retryable(32), "every check Unknown -> false")
    return (false, .none)
  }

  /// `IsErrorThrottles(Throttles).IsErrorThrottle(err)` (`throttle_error.go:22-29,47-60`): True when the first
  /// `ErrorCode()` in the chain is a throttle code, else Unknown.
  public func isErrorThrottle(_ error: GoError?, trace: Trace?) -> GoTernary {
    var answer = Self.errorCode(error, in: GoV2Codes.throttleErrorCodes)
    if answer == .unknown, !extraThrottleCodes.isEmpty {
      answer = Self.errorCode(error, in: extraThrottleCodes)
    }
    trace?.record("IsErrorThrottle", GoV2Source.throttle(55), "ThrottleErrorCode -> \(answer.rawValue)")
    return answer
  }

  /// `IsErrorTimeouts(DefaultTimeouts).IsErrorTimeout(err)` (`timeout_error.go:44-52`): the first `Timeout()`
  /// in the chain, False included; Unknown when no value has the method.
  public func isErrorTimeout(_ error: GoError?, trace: Trace?) -> GoTernary {
    guard let timeout = error?.firstAs({ $0.timeout }) else {
      trace?.record("TimeouterError", GoV2Source.timeout(47), "no Timeout() in the chain -> unknown")
      return .unknown
    }
    trace?.record("TimeouterError", GoV2Source.timeout(51), "first Timeout() -> \(timeout)")
    return GoTernary(timeout)
  }

  /// `NoRetryCanceledError` (`retryable_error.go:66-77`): False when the first `CanceledError()` says true.
  static func noRetryCanceled(_ error: GoError?, trace: Trace?) -> GoTernary {
    guard let canceled = error?.firstAs({ $0.canceledErrorMethod }) else { return .unknown }
    trace?.record("NoRetryCanceledError", GoV2Source.retryable(73), "first CanceledError() -> \(canceled)")
    return canceled ? .false : .unknown
  }

  /// `RetryableError` (`retryable_error.go:50-58`): the first `RetryableError()` answer.
  static func retryableError(_ error: GoError?, trace: Trace?) -> GoTernary {
    guard let retryable = error?.firstAs({ $0.retryableErrorMethod }) else { return .unknown }
    trace?.record("RetryableError", GoV2Source.retryable(57), "first RetryableError() -> \(retryable)")
    return GoTernary(retryable)
  }

  /// `RetryableConnectionError` (`retryable_error.go:88-162`).
  static func connectionError(_ error: GoError?, trace: Trace?) throws(GoPanic) -> GoTernary {
    guard let error else { return .unknown }
    if let dns = error.firstAs({ if case .dns(let dns) = $0.kind { dns } else { nil } }) {
      if dns.isNotFound {
        trace?.record(
          "RetryableConnectionError.dnsNotFound", GoV2Source.retryable(103), "*net.DNSError IsNotFound -> false")
        return .false
      }
      if dns.isTimeout || dns.isTemporary {
        trace?.record(
          "RetryableConnectionError.dnsTemporary", GoV2Source.retryable(110), "*net.DNSError Temporary() -> true")
        return .true
      }
    }
    if error.firstAs({ $0.connectionErrorMethod }) == true {
      trace?.record(
        "RetryableConnectionError.connectionError", GoV2Source.retryable(116), "first ConnectionError() -> true")
      return .true
    }
    let text = try error.errorText()
    if GoBytes.contains(text, "use of closed network connection") || GoBytes.contains(text, "connection reset") {
      trace?.record(
        "RetryableConnectionError.text", GoV2Source.retryable(119),
        "Error() contains \"use of closed network connection\" or \"connection reset\" -> true")
      return .true
    }
    if let url = error.firstAs({ if case .url = $0.kind { $0 } else { nil } }) {
      if GoBytes.contains(try url.errorText(), "connection refused") {
        trace?.record(
          "RetryableConnectionError.urlRefused", GoV2Source.retryable(132), "*url.Error \"connection refused\" -> true")
        return .true
      }
      trace?.record(
        "RetryableConnectionError.urlUnwrap", GoV2Source.retryable(135), "*url.Error: ask again with its Err")
      return try connectionError(url.unwrapped, trace: trace)
    }
    if let op = error.firstAs({ if case .op(let op) = $0.kind { (op, $0) } else { nil } }) {
      if Self.equalFoldDial(op.0.op) || op.1.temporary == true {
        trace?.record(
          "RetryableConnectionError.opError", GoV2Source.retryable(140),
          "*net.OpError Op \"dial\" or Temporary() -> true")
        return .true
      }
      trace?.record(
        "RetryableConnectionError.opUnwrap", GoV2Source.retryable(143), "*net.OpError: ask again with its Err")
      return try connectionError(op.0.err, trace: trace)
    }
    if error.firstAs({ $0.temporary }) == true {
      trace?.record("RetryableConnectionError.temporary", GoV2Source.retryable(146), "first Temporary() -> true")
      return .true
    }
    if error.firstAs({ $0.timeout }) == true {
      trace?.record("RetryableConnectionError.timeout", GoV2Source.retryable(151), "first Timeout() -> true")
      return .true
    }
    return .unknown
  }

  /// `strings.EqualFold(op, "dial")`: no letter of "dial" has a non-ASCII case-fold partner, so the match is
  /// ASCII case-insensitive on exactly four bytes.
  static func equalFoldDial(_ op: String) -> Bool {
    let bytes = Array(op.utf8)
    guard bytes.count == 4 else { return false }
    return zip(bytes, "dial".utf8).allSatisfy { ($0 | 0x20) == $1 }
  }

  /// `RetryableHTTPStatusCode` (`retryable_error.go:172-185`): True when the first `HTTPStatusCode()` is in the set.
  static func httpStatusCode(_ error: GoError?, trace: Trace?) -> GoTernary {
    guard let status = error?.firstAs({ $0.httpStatusCodeMethod }) else { return .unknown }
    let retryable = GoV2Codes.retryableStatusCodes.contains(status)
    trace?.record(
      "RetryableHTTPStatusCode", GoV2Source.retryable(179), "first HTTPStatusCode() \(status) in {500,502,503,504}",
      retryable)
    return retryable ? .true : .unknown
  }

  /// `RetryableErrorCode` (`retryable_error.go:195-208`).
  static func retryableCode(_ error: GoError?, _ codes: [String], trace: Trace?) -> GoTernary {
    let answer = errorCode(error, in: codes)
    if answer == .true {
      trace?.record("RetryableErrorCode", GoV2Source.retryable(202), "first ErrorCode() is in the table -> true")
    }
    return answer
  }

  /// True when the first `ErrorCode()` in the chain is one of `codes`, else Unknown.
  static func errorCode(_ error: GoError?, in codes: [String]) -> GoTernary {
    guard let code = error?.firstAs({ $0.errorCodeMethod }) else { return .unknown }
    return GoBytes.isMember(code, of: codes) ? .true : .unknown
  }
}
