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

/// `errors.As` over a value (Go 1.20+ `errors/wrap.go`): the value itself, then what `Unwrap() error` returns,
/// or each element of `Unwrap() []error` in turn, depth first; the first value that matches wins.
///
/// The Go v2 retry code asks `errors.As` for an interface (`interface{ ErrorCode() string }` and the like) or a
/// concrete pointer type; `match` answers for one value whether its dynamic type is such a target and, if so,
/// what the method returns.
extension GoError {
  /// The first value in `errors.As` order for which `match` returns non-nil, and that result.
  public func firstAs<T>(_ match: (GoError) -> T?) -> T? {
    var current: GoError? = self
    while let error = current {
      if let found = match(error) { return found }
      switch error.kind {
      case .awsResponse(let embedded, _):
        // awshttp.ResponseError.As delegates to the embedded *smithyhttp.ResponseError
        // (aws/transport/http/response_error.go:31-33); when that finds nothing, the promoted Unwrap walks the
        // same Err chain again, which finds nothing either.
        return embedded.firstAs(match)
      case .join(let errs):
        for err in errs {
          if let found = err.firstAs(match) { return found }
        }
        return nil
      default:
        current = error.unwrapped
      }
    }
    return nil
  }

  /// What `Unwrap() error` returns, or nil when the type has no such method (or it returns nil).
  ///
  /// Go 1.23: `*url.Error`, `*net.OpError` and `*os.SyscallError` unwrap to `Err`; `*net.DNSError` unwraps to
  /// its `UnwrapErr`, which the model leaves nil.
  public var unwrapped: GoError? {
    switch kind {
    case .op(let op):
      return op.err
    case .url(_, _, let err, _), .syscall(_, let err), .requestSend(let err), .smithyResponse(_, let err),
      .operation(_, _, let err),
      .canceled(let err), .deserialization(let err, _), .retryable(_, _, let err), .maxAttempts(_, let err),
      .requestCanceled(let err), .rateLimitCanceled(let err), .clockSkew(let err):
      return err
    case .errorf(_, let verb, _, let err):
      return verb == .w ? err : nil
    case .awsResponse(let embedded, _):
      return embedded.unwrapped
    case .aws, .requestFailure, .errno, .dns, .contextCanceled, .contextDeadlineExceeded, .netErrClosed, .plain,
      .opaque, .apiError, .quotaExceeded, .join:
      return nil
    }
  }

  /// `CanceledError()` when the type has the method.
  public var canceledErrorMethod: Bool? {
    switch kind {
    case .canceled, .requestCanceled, .rateLimitCanceled: true
    default: nil
    }
  }

  /// `RetryableError()` when the type has the method.
  public var retryableErrorMethod: Bool? {
    switch kind {
    case .retryable(_, let retryable, _): retryable
    case .clockSkew: true
    default: nil
    }
  }

  /// `ConnectionError()` when the type has the method.
  public var connectionErrorMethod: Bool? {
    if case .requestSend = kind { return true }
    return nil
  }

  /// `HTTPStatusCode()` when the type has the method (promoted through `*awshttp.ResponseError`).
  public var httpStatusCodeMethod: Int? {
    switch kind {
    case .smithyResponse(let response, _): response.statusCode
    case .awsResponse(let embedded, _): embedded.httpStatusCodeMethod
    default: nil
    }
  }

  /// `ErrorCode()` when the type has the method.
  public var errorCodeMethod: String? {
    if case .apiError(let code, _, _) = kind { return code }
    return nil
  }

  /// The response of a `*smithyhttp.ResponseError` (the concrete type `errors.As` looks for), else nil.
  public var smithyResponse: GoHTTPResponse? {
    if case .smithyResponse(let response, _) = kind { return response }
    return nil
  }
}
