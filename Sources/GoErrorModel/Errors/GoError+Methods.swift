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

/// What the `awserr.Error` interface exposes of a value: `Code()`, `Message()` and `OrigErr()`.
///
/// The view keeps the `baseError` it looks at; `OrigErr()` of a batch builds a new error (and prints its text),
/// so it is derived only when read.
public struct AWSErrorView: Sendable {
  /// The `*awserr.baseError` (also the one inside an `*awserr.requestError`).
  let base: AWSBaseError

  /// `Code()`.
  public var code: String { base.code }
  /// `Message()`.
  public var message: String { base.message }
  /// `OrigErr()` (`aws/awserr/types.go:93-106`), derived on each read.
  public var origErr: GoError? { base.origErr }
}

extension GoError {
  /// The `*awserr.baseError` behind the value when its type implements `awserr.Error`, else nil.
  var awsBase: AWSBaseError? {
    switch kind {
    case .aws(let base), .requestFailure(let base, _, _):
      return base
    default:
      return nil
    }
  }

  /// The value as an `awserr.Error` (Go's `err.(awserr.Error)`), or nil when the type does not implement it.
  public var awsError: AWSErrorView? { awsBase.map(AWSErrorView.init(base:)) }

  /// `Code()` when the value is an `awserr.Error` (Go's `err.(awserr.Error)` then `.Code()`), else nil; reads no
  /// `OrigErr()`.
  public var awsCode: String? { awsBase?.code }

  /// `Temporary()` when the dynamic type has that method (Go's `err.(temporary)`), else nil.
  ///
  /// Go 1.19, linux/amd64: `syscall/syscall_unix.go` (Errno), `net/net.go` (OpError, DNSError),
  /// `net/url/url.go` (Error), `context/context.go` (deadlineExceededError), `internal/poll/fd.go`
  /// (errNetClosing). `*os.SyscallError`, awserr values, `errors.New` and `context.Canceled` have none.
  public var temporary: Bool? {
    switch kind {
    case .errno(let errno):
      return errno.temporary
    case .op(let op):
      // OpError.Temporary (net/net.go:524-537); isConnError (net/error_unix.go:11-16).
      if GoBytes.equal(op.op, "accept"), case .errno(let errno)? = op.err?.kind,
        errno == GoErrno.econnreset || errno == GoErrno.econnaborted
      {
        return true
      }
      if case .syscall(_, let inner)? = op.err?.kind {
        return inner?.temporary ?? false
      }
      return op.err?.temporary ?? false
    case .url(_, _, let err, _):
      return err?.temporary ?? false
    case .dns(let dns):
      return dns.isTimeout || dns.isTemporary
    case .contextDeadlineExceeded:
      return true
    case .netErrClosed:
      return false
    case .opaque(_, let temporary, _):
      return temporary
    case .aws, .requestFailure, .syscall, .contextCanceled, .plain, .requestSend, .smithyResponse, .awsResponse,
      .operation, .canceled, .deserialization, .apiError, .retryable, .maxAttempts, .quotaExceeded, .requestCanceled,
      .rateLimitCanceled, .clockSkew, .join, .errorf:
      return nil
    }
  }

  /// `Timeout()` when the dynamic type has that method, else nil. The SDK's retry code never calls it; it is
  /// reported so that ports can check their error model.
  public var timeout: Bool? {
    switch kind {
    case .errno(let errno):
      return errno.timeout
    case .op(let op):
      // OpError.Timeout (net/net.go:511-518) unwraps an *os.SyscallError itself, which answers the same way
      // (os/error.go:61-64), so asking Err covers both branches.
      return op.err?.timeout ?? false
    case .syscall(_, let err), .url(_, _, let err, _):
      return err?.timeout ?? false
    case .dns(let dns):
      return dns.isTimeout
    case .contextDeadlineExceeded:
      return true
    case .netErrClosed:
      return false
    case .opaque(_, _, let timeout):
      return timeout
    case .aws, .requestFailure, .contextCanceled, .plain, .requestSend, .smithyResponse, .awsResponse, .operation,
      .canceled, .deserialization, .apiError, .retryable, .maxAttempts, .quotaExceeded, .requestCanceled,
      .rateLimitCanceled, .clockSkew, .join, .errorf:
      return nil
    }
  }

  /// The Go type name, as `%T` prints it (checked with Go 1.19; the awserr constructors return `*baseError` and
  /// `*requestError`, `aws/awserr/types.go:50,136`), for the explain text.
  ///
  /// `.opaque` stands for any type outside the list, so its name is a description, `"opaque"` or
  /// `"opaque (with Temporary)"`, not a `%T` value.
  public var goTypeName: String {
    switch kind {
    case .aws: "*awserr.baseError"
    case .requestFailure: "*awserr.requestError"
    case .url: "*url.Error"
    case .op: "*net.OpError"
    case .syscall: "*os.SyscallError"
    case .errno: "syscall.Errno"
    case .dns: "*net.DNSError"
    case .contextCanceled, .plain: "*errors.errorString"
    case .contextDeadlineExceeded: "context.deadlineExceededError"
    // net.ErrClosed is poll.ErrNetClosing, a value of the struct type errNetClosing (internal/poll/fd.go:18,31).
    case .netErrClosed: "poll.errNetClosing"
    case .opaque(_, let temporary, let timeout):
      switch (temporary != nil, timeout != nil) {
      case (false, false): "opaque"
      case (true, false): "opaque (with Temporary)"
      case (false, true): "opaque (with Timeout)"
      case (true, true): "opaque (with Temporary and Timeout)"
      }
    // The v2 types. smithy-go's and aws-sdk-go-v2's transport packages are both named http.
    case .requestSend: "*http.RequestSendError"
    case .smithyResponse, .awsResponse: "*http.ResponseError"
    case .operation: "*smithy.OperationError"
    case .canceled: "*smithy.CanceledError"
    case .deserialization: "*smithy.DeserializationError"
    case .apiError: "*smithy.GenericAPIError"
    case .retryable: "retryable (with RetryableError)"
    case .maxAttempts: "*retry.MaxAttemptsError"
    case .quotaExceeded: "ratelimit.QuotaExceededError"
    case .requestCanceled: "*aws.RequestCanceledError"
    case .rateLimitCanceled: "ratelimit.canceledError"
    case .clockSkew: "*retry.retryableClockSkewError"
    case .join: "*errors.joinError"
    case .errorf(_, let verb, _, _): verb == .w ? "*fmt.wrapError" : "*errors.errorString"
    }
  }
}
