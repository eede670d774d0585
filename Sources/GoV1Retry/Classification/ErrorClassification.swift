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

/// The package-level classification of `aws/request/retryer.go` and `connection_reset_error.go`:
/// `IsErrorRetryable`, `IsErrorThrottle`, `IsErrorExpiredCreds` and the helpers they call, in the SDK's order.
///
/// Every function that may call `Error()` can panic the way Go does (a nil inner error), so it throws `GoPanic`.
public enum GoClassification {
  /// `request.IsErrorRetryable(err)` (`retryer.go:157-162`): false for nil, else `shouldRetryError`.
  public static func isErrorRetryable(_ error: GoError?, trace: Trace? = nil) throws(GoPanic) -> Bool {
    guard let error else {
      trace?.record("IsErrorRetryable.nil", GoSource.retryer(158), "nil error", false)
      return false
    }
    return try shouldRetryError(error, trace: trace)
  }

  /// `request.IsErrorThrottle(err)` (`retryer.go:230-235`): an awserr whose code is a throttle code.
  public static func isErrorThrottle(_ error: GoError?, trace: Trace? = nil) -> Bool {
    guard let (code, outcome) = awsCode(of: error, in: GoCodeTables.throttle) else {
      trace?.record("IsErrorThrottle.notAWSError", GoSource.retryer(231), "not an awserr.Error", false)
      return false
    }
    trace?.record(
      "IsErrorThrottle.code", GoSource.retryer(232), "code \(GoStrconv.quote(code)) in throttleCodes", outcome)
    return outcome
  }

  /// `request.IsErrorExpiredCreds(err)` (`retryer.go:239-244`): an awserr whose code is an expired-credentials code.
  public static func isErrorExpiredCreds(_ error: GoError?, trace: Trace? = nil) -> Bool {
    guard let (code, outcome) = awsCode(of: error, in: GoCodeTables.credsExpired) else {
      trace?.record("IsErrorExpiredCreds.notAWSError", GoSource.retryer(240), "not an awserr.Error", false)
      return false
    }
    trace?.record(
      "IsErrorExpiredCreds.code", GoSource.retryer(241), "code \(GoStrconv.quote(code)) in credsExpiredCodes", outcome)
    return outcome
  }

  /// `err.(awserr.Error)` and whether its `Code()` is one of `table`: nil when `error` is not an awserr, else
  /// the code and the answer. The test of `IsErrorThrottle` (`retryer.go:231-232`), `IsErrorExpiredCreds`
  /// (`retryer.go:240-241`) and `isErrCode` (`retryer.go:292-297`).
  static func awsCode(of error: GoError?, in table: [String]) -> (code: String, isMember: Bool)? {
    guard let code = error?.awsCode else { return nil }
    return (code, GoBytes.isMember(code, of: table))
  }

  /// `shouldRetryError(err)` (`retryer.go:168-226`): a type switch whose order decides.
  ///
  /// `nil` here is the `case nil` branch, reachable only through recursion (a nil `url.Error.Err`).
  static func shouldRetryError(_ error: GoError?, trace: Trace?) throws(GoPanic) -> Bool {
    guard let error else {
      trace?.record("shouldRetryError.nil", GoSource.retryer(210), "nil error (case nil)", true)
      return true
    }
    if let view = error.awsError {
      // case awserr.Error (retryer.go:170-189)
      if GoBytes.equal(view.code, GoCodeTables.canceled) {
        trace?.record("shouldRetryError.awserr.canceled", GoSource.retryer(171), "code RequestCanceled", false)
        return false
      }
      // OrigErr() of a batch builds a new error and prints it: derived once here, read by both
      // isNestedErrorRetryable (retryer.go:139) and the recursion below (retryer.go:178); it is pure.
      let orig = view.origErr
      if try isNestedErrorRetryable(code: view.code, origErr: orig, trace: trace) {
        trace?.record("shouldRetryError.awserr.nested", GoSource.retryer(174), "nested error retryable", true)
        return true
      }
      var shouldRetry = false
      if let orig {
        // OrigErr() of a batch of two or more whose first error is not an awserr is a "BatchedErrors" batch of
        // the same list (aws/awserr/types.go:103-104). Once the recursion reaches such a batch, its OrigErr() is
        // itself, nothing in its branch stops early, and the recursion never ends.
        if orig.isOrigErrFixedPoint {
          trace?.record(
            "shouldRetryError.awserr.batchLoop", GoSource.retryer(181),
            "OrigErr() of a batch whose first error is not an awserr is that batch again: unbounded recursion")
          throw .stackOverflow
        }
        trace?.record(
          "shouldRetryError.awserr.orig", GoSource.retryer(181),
          "code \(GoStrconv.quote(view.code)): recurse into OrigErr (\(orig.goTypeName))")
        shouldRetry = try shouldRetryError(orig, trace: trace)
        if GoBytes.equal(view.code, GoCodeTables.requestError), !shouldRetry {
          trace?.record(
            "shouldRetryError.awserr.requestError", GoSource.retryer(182),
            "code RequestError with a non-retryable cause", false)
          return false
        }
      }
      if GoCodeTables.isRetryable(view.code) {
        trace?.record(
          "shouldRetryError.awserr.code", GoSource.retryer(186),
          "code \(GoStrconv.quote(view.code)) in retryableCodes or credsExpiredCodes", true)
        return true
      }
      trace?.record(
        "shouldRetryError.awserr.result", GoSource.retryer(189),
        "code \(GoStrconv.quote(view.code)) not retryable; the cause decides", shouldRetry)
      return shouldRetry
    }
    if case .url(_, _, let inner, _) = error.kind {
      // case *url.Error (retryer.go:191-200), above `temporary` on purpose.
      if GoBytes.contains(try error.errorText(), "connection refused") {
        trace?.record(
          "shouldRetryError.url.refused", GoSource.retryer(192), "url.Error text contains \"connection refused\"",
          true)
        return true
      }
      trace?.record("shouldRetryError.url.recurse", GoSource.retryer(200), "url.Error: recurse into Err")
      return try shouldRetryError(inner, trace: trace)
    }
    if let temporary = error.temporary {
      // case temporary (retryer.go:202-208)
      if case .op(let op) = error.kind, GoBytes.equal(op.op, "dial") {
        trace?.record("shouldRetryError.temporary.dial", GoSource.retryer(203), "*net.OpError with Op \"dial\"", true)
        return true
      }
      if temporary {
        trace?.record(
          "shouldRetryError.temporary", GoSource.retryer(208), "\(error.goTypeName).Temporary() is true", true)
        return true
      }
      trace?.record(
        "shouldRetryError.temporary", GoSource.retryer(208),
        "\(error.goTypeName).Temporary() is false: isErrConnectionReset decides")
      return try isErrConnectionReset(error, trace: trace)
    }
    // default (retryer.go:216-224)
    let text = try error.errorText()
    if GoBytes.equal(text, "net/http: request canceled")
      || GoBytes.equal(text, "net/http: request canceled while waiting for connection")
    {
      trace?.record(
        "shouldRetryError.default.canceled", GoSource.retryer(218), "text is a net/http request-canceled message",
        false)
      return false
    }
    trace?.record(
      "shouldRetryError.default", GoSource.retryer(224), "\(error.goTypeName) without Temporary(): unknown error",
      true)
    return true
  }

  /// `isNestedErrorRetryable(parent)` (`retryer.go:130-153`) for a parent with `Code()` `code` and `OrigErr()`
  /// `origErr`.
  static func isNestedErrorRetryable(code: String, origErr: GoError?, trace: Trace?) throws(GoPanic) -> Bool {
    guard GoBytes.isMember(code, of: GoCodeTables.validParent) else { return false }
    guard let nested = origErr else {
      trace?.record("isNestedErrorRetryable.noOrig", GoSource.retryer(140), "\(code) without OrigErr", false)
      return false
    }
    if let nestedCode = nested.awsCode {
      let outcome = GoCodeTables.isRetryable(nestedCode)
      trace?.record(
        "isNestedErrorRetryable.awserr", GoSource.retryer(145),
        "\(code) wraps awserr code \(GoStrconv.quote(nestedCode)), retryable code", outcome)
      return outcome
    }
    if let temporary = nested.temporary {
      if temporary {
        trace?.record(
          "isNestedErrorRetryable.temporary", GoSource.retryer(149),
          "\(code) wraps \(nested.goTypeName) with Temporary() true", true)
        return true
      }
      trace?.record(
        "isNestedErrorRetryable.temporary", GoSource.retryer(149),
        "\(code) wraps \(nested.goTypeName) with Temporary() false: isErrConnectionReset decides")
      return try isErrConnectionReset(nested, trace: trace)
    }
    trace?.record(
      "isNestedErrorRetryable.other", GoSource.retryer(152),
      "\(code) wraps \(nested.goTypeName): isErrConnectionReset decides")
    return try isErrConnectionReset(nested, trace: trace)
  }

  /// `isErrConnectionReset(err)` (`connection_reset_error.go:7-19`): substring tests on `err.Error()`.
  static func isErrConnectionReset(_ error: GoError, trace: Trace?) throws(GoPanic) -> Bool {
    let text = try error.errorText()
    if GoBytes.contains(text, "read: connection reset") {
      trace?.record(
        "isErrConnectionReset.read", GoSource.connectionReset(8), "text contains \"read: connection reset\"", false)
      return false
    }
    for marker in ["use of closed network connection", "connection reset", "broken pipe"]
    where GoBytes.contains(text, marker) {
      trace?.record("isErrConnectionReset.match", GoSource.connectionReset(12), "text contains \"\(marker)\"", true)
      return true
    }
    trace?.record("isErrConnectionReset.none", GoSource.connectionReset(18), "no reset marker in the text", false)
    return false
  }
}
