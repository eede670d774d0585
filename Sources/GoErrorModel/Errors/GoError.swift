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

/// A Go `error` value as a tree: the dynamic type the SDK's type switches see, and the fields its
/// `Error()`, `Temporary()` and `Timeout()` methods read.
///
/// A nil error is `nil` of `GoError?`; a nil *inner* error (for example `url.Error{Err: nil}`) is a `nil`
/// field, and calling a method through it panics exactly where Go's would. A value is immutable, so its
/// `Error()` text (or the panic printing it raises) is computed once, when it is built, and every rule that
/// reads the text shares it.
public struct GoError: Sendable, Equatable {
  /// The dynamic type and its fields.
  public indirect enum Kind: Sendable, Equatable {
    /// `awserr.New(code, message, orig)` or `awserr.NewBatchError(code, message, errs)`: a `*awserr.baseError`.
    case aws(AWSBaseError)
    /// `awserr.NewRequestFailure(inner, statusCode, requestID)`: a `*awserr.requestError`.
    case requestFailure(AWSBaseError, statusCode: Int, requestID: String)
    /// `*url.Error{Op, URL, Err}`; `release` is the Go whose `strconv.Quote` prints `URL`.
    case url(op: String, url: String, err: GoError?, release: GoRelease = .go119)
    /// `*net.OpError{Op, Net, Source, Addr, Err}` with `*net.TCPAddr` addresses.
    case op(GoOpError)
    /// `*os.SyscallError{Syscall, Err}`.
    case syscall(syscall: String, err: GoError?)
    /// A linux `syscall.Errno`.
    case errno(GoErrno)
    /// `*net.DNSError`.
    case dns(GoDNSError)
    /// `context.Canceled`, an `*errors.errorString` with no extra methods.
    case contextCanceled
    /// `context.DeadlineExceeded`, whose `Temporary()` and `Timeout()` are true.
    case contextDeadlineExceeded
    /// `net.ErrClosed` (`poll.ErrNetClosing`, a value of type `poll.errNetClosing`), whose `Temporary()` and
    /// `Timeout()` are false.
    case netErrClosed
    /// `errors.New(text)`: no `Temporary()` method.
    case plain(String)
    /// Any other type: `Error()` returns `text`; with `temporary` set it has a `Temporary()` method returning it,
    /// with `timeout` set a `Timeout()` method.
    case opaque(text: String, temporary: Bool?, timeout: Bool? = nil)

    // The types the Go v2 retry chain inspects (aws-sdk-go-v2 v1.43.6, smithy-go v1.27.8).

    /// `*smithyhttp.RequestSendError{Err}`: `ConnectionError()` is true (`transport/http/client.go:131-148`).
    case requestSend(err: GoError?)
    /// `*smithyhttp.ResponseError{Response, Err}`: `HTTPStatusCode()` (`transport/http/response.go:16-34`).
    case smithyResponse(GoHTTPResponse, err: GoError?)
    /// `*awshttp.ResponseError{ResponseError, RequestID}`; `embedded` is the `*smithyhttp.ResponseError` it
    /// embeds (always a `.smithyResponse`), which `As` and the promoted methods reach
    /// (`aws/transport/http/response_error.go:12-33`).
    case awsResponse(embedded: GoError, requestID: String)
    /// `*smithy.OperationError{ServiceID, OperationName, Err}` (`errors.go:31-45` of smithy-go, comments dropped).
    case operation(service: String, operation: String, err: GoError?)
    /// `*smithy.CanceledError{Err}`: `CanceledError()` is true.
    case canceled(err: GoError?)
    /// `*smithy.DeserializationError{Err, Snapshot}`.
    case deserialization(err: GoError?, snapshot: [UInt8])
    /// `*smithy.GenericAPIError{Code, Message, Fault}`: `ErrorCode()`, `ErrorMessage()`, `ErrorFault()`.
    case apiError(code: String, message: String, fault: GoErrorFault)
    /// A type with `RetryableError() bool` and `Unwrap() error`; `Error()` returns `text`.
    case retryable(text: String, retryable: Bool, err: GoError?)
    /// `*retry.MaxAttemptsError{Attempt, Err}` (`aws/retry/errors.go`).
    case maxAttempts(attempt: Int, err: GoError?)
    /// `ratelimit.QuotaExceededError{Available, Requested}`, a value type without `Unwrap`.
    case quotaExceeded(available: UInt, requested: UInt)
    /// `*aws.RequestCanceledError{Err}`: `CanceledError()` is true (`aws/request.go:12-25`).
    case requestCanceled(err: GoError?)
    /// `ratelimit.canceledError{Err}`, a value type: `CanceledError()` is true (`aws/ratelimit/token_rate_limit.go:33-41`).
    case rateLimitCanceled(err: GoError?)
    /// `*retry.retryableClockSkewError{Err}`: `RetryableError()` is true (`aws/retry/retryable_error.go:214-228`).
    case clockSkew(err: GoError?)
    /// `errors.Join(errs...)` with at least one non-nil error: the non-nil ones, in order (`*errors.joinError`).
    case join([GoError])
    /// `fmt.Errorf(prefix + "%w" + suffix, err)` (`*fmt.wrapError`, with `Unwrap`) or with `%v`
    /// (`*errors.errorString`, without); `prefix` and `suffix` hold no `%`.
    case errorf(prefix: String, verb: GoErrorfVerb, suffix: String, err: GoError?)
  }

  /// The dynamic type and its fields.
  public let kind: Kind
  /// `Error()`, or the panic Go raises while printing it.
  public let text: Result<String, GoPanic>

  /// Builds a value and prints its `Error()` text once.
  public init(_ kind: Kind) {
    self.kind = kind
    text = Result { () throws(GoPanic) in try GoError.render(kind) }
  }

  /// Whether this is an awserr batch whose `OrigErr()` is an identical batch, so that `shouldRetryError`,
  /// which follows `OrigErr()`, never ends once it gets here.
  ///
  /// For a self-deriving batch `OrigErr()` is `NewBatchError("BatchedErrors", "multiple errors occurred",
  /// b.errs)` (`aws/awserr/types.go:103-104`): a `*baseError` with the same list, so it equals this value exactly
  /// when the code and message are those two strings. No tree is built or compared.
  package var isOrigErrFixedPoint: Bool {
    guard case .aws(let base) = kind, base.isSelfDerivingBatch else { return false }
    return GoBytes.equal(base.code, AWSBaseError.batchedErrorsCode)
      && GoBytes.equal(base.message, AWSBaseError.batchedErrorsMessage)
  }

  /// Two values are equal when their types and fields are (the text follows from them).
  public static func == (lhs: GoError, rhs: GoError) -> Bool { lhs.kind == rhs.kind }

  /// `awserr.New` / `NewBatchError`.
  public static func aws(_ base: AWSBaseError) -> GoError { GoError(.aws(base)) }
  /// `awserr.NewRequestFailure`.
  public static func requestFailure(_ base: AWSBaseError, statusCode: Int, requestID: String) -> GoError {
    GoError(.requestFailure(base, statusCode: statusCode, requestID: requestID))
  }
  /// `*url.Error`, its `URL` quoted by the release's `strconv.Quote`.
  public static func url(op: String, url: String, err: GoError?, release: GoRelease = .go119) -> GoError {
    GoError(.url(op: op, url: url, err: err, release: release))
  }
  /// `*net.OpError`.
  public static func op(_ op: GoOpError) -> GoError { GoError(.op(op)) }
  /// `*os.SyscallError`.
  public static func syscall(syscall: String, err: GoError?) -> GoError {
    GoError(.syscall(syscall: syscall, err: err))
  }
  /// `syscall.Errno`.
  public static func errno(_ errno: GoErrno) -> GoError { GoError(.errno(errno)) }
  /// `*net.DNSError`.
  public static func dns(_ dns: GoDNSError) -> GoError { GoError(.dns(dns)) }
  /// `context.Canceled`.
  public static let contextCanceled = GoError(.contextCanceled)
  /// `context.DeadlineExceeded`.
  public static let contextDeadlineExceeded = GoError(.contextDeadlineExceeded)
  /// `net.ErrClosed`.
  public static let netErrClosed = GoError(.netErrClosed)
  /// `errors.New(text)`.
  public static func plain(_ text: String) -> GoError { GoError(.plain(text)) }
  /// A type outside the list.
  public static func opaque(text: String, temporary: Bool?, timeout: Bool? = nil) -> GoError {
    GoError(.opaque(text: text, temporary: temporary, timeout: timeout))
  }
  /// `*awshttp.ResponseError` around a `*smithyhttp.ResponseError{response, err}`.
  public static func awsResponse(_ response: GoHTTPResponse, requestID: String, err: GoError?) -> GoError {
    GoError(.awsResponse(embedded: GoError(.smithyResponse(response, err: err)), requestID: requestID))
  }
  /// `errors.Join(errs...)`: nil when every element is nil (`errors/join.go`).
  public static func join(_ errs: [GoError?]) -> GoError? {
    let present = errs.compactMap { $0 }
    return present.isEmpty ? nil : GoError(.join(present))
  }
}

/// `smithy.ErrorFault` (`errors.go` of smithy-go): `String()` is `server`, `client` or `unknown`.
public enum GoErrorFault: String, Sendable, Equatable, CaseIterable {
  /// `FaultUnknown`.
  case unknown
  /// `FaultServer`.
  case server
  /// `FaultClient`.
  case client
}

/// The one verb of a `fmt.Errorf` format.
public enum GoErrorfVerb: String, Sendable, Equatable {
  /// `%w`: the result wraps the operand.
  case w
  /// `%v`: the result is plain text.
  case v
}

/// The fields of an `*awserr.baseError`: a code, a message and the wrapped errors (`errs`).
///
/// `awserr.New` wraps zero or one error; `NewBatchError` wraps any number, and nil elements are kept as Go
/// keeps them.
public struct AWSBaseError: Sendable, Equatable {
  /// `Code()`.
  public var code: String
  /// `Message()`.
  public var message: String
  /// The wrapped errors, in order (`baseError.errs`).
  public var errs: [GoError?]

  /// Creates a base error.
  public init(code: String, message: String, errs: [GoError?] = []) {
    self.code = code
    self.message = message
    self.errs = errs
  }

  /// Whether `OrigErr()` derives a batch of this very list (two or more errors, the first not an awserr).
  var isSelfDerivingBatch: Bool {
    guard errs.count >= 2 else { return false }
    if case let first?? = errs.first, first.awsBase != nil { return false }
    return true
  }

  /// `OrigErr()` (`aws/awserr/types.go:93-106`): nil, the single error, or a batch derived from the list.
  public var origErr: GoError? {
    switch errs.count {
    case 0:
      return nil
    case 1:
      return errs[0]
    default:
      if case let first?? = errs.first, let head = first.awsBase {
        return .aws(AWSBaseError(code: head.code, message: head.message, errs: Array(errs.dropFirst())))
      }
      return .aws(AWSBaseError(code: Self.batchedErrorsCode, message: Self.batchedErrorsMessage, errs: errs))
    }
  }

  /// The code of a batch derived from a list whose first error is not an awserr (`aws/awserr/types.go:103`).
  static let batchedErrorsCode = "BatchedErrors"
  /// The message of such a batch (`aws/awserr/types.go:104`).
  static let batchedErrorsMessage = "multiple errors occurred"
}

/// The fields of a `*net.OpError`.
public struct GoOpError: Sendable, Equatable {
  /// `Op`, such as `"read"` or `"dial"`.
  public var op: String
  /// `Net`, such as `"tcp"`; may be empty.
  public var net: String
  /// `Source`, or nil.
  public var source: GoTCPAddr?
  /// `Addr`, or nil.
  public var addr: GoTCPAddr?
  /// `Err`, or nil.
  public var err: GoError?

  /// Creates an `OpError`.
  public init(op: String, net: String, source: GoTCPAddr? = nil, addr: GoTCPAddr? = nil, err: GoError?) {
    self.op = op
    self.net = net
    self.source = source
    self.addr = addr
    self.err = err
  }
}

/// A `*net.TCPAddr`: the IP as `net.ParseIP` stores it (nil for an empty IP) and the port.
public struct GoTCPAddr: Sendable, Equatable {
  /// The 16-byte (or 4-byte) address, or nil.
  public var ip: [UInt8]?
  /// `Port`.
  public var port: Int

  /// Creates an address from parsed bytes.
  public init(ip: [UInt8]?, port: Int) {
    self.ip = ip
    self.port = port
  }

  /// Parses `ip` as the release's `net.ParseIP` does; `""` is a nil IP; nil when Go would reject the text.
  public init?(parsing ip: String, port: Int, release: GoRelease = .go119) {
    if ip.isEmpty {
      self.init(ip: nil, port: port)
      return
    }
    guard let bytes = release == .go119 ? GoNet.parseIP(ip) : GoNet.parseIPGo123(ip) else { return nil }
    self.init(ip: bytes, port: port)
  }

  /// `(*TCPAddr).String()`.
  public var text: String { GoNet.tcpAddrString(ip: ip, port: port) }
}

/// The fields of a `*net.DNSError`.
public struct GoDNSError: Sendable, Equatable {
  /// `Err`, a string.
  public var err: String
  /// `Name`, the host looked up.
  public var name: String
  /// `Server`; may be empty.
  public var server: String
  /// `IsTimeout`.
  public var isTimeout: Bool
  /// `IsTemporary`.
  public var isTemporary: Bool
  /// `IsNotFound` (read by nothing in the retry code, kept for completeness).
  public var isNotFound: Bool

  /// Creates a DNS error.
  public init(
    err: String, name: String, server: String = "", isTimeout: Bool = false, isTemporary: Bool = false,
    isNotFound: Bool = false
  ) {
    self.err = err
    self.name = name
    self.server = server
    self.isTimeout = isTimeout
    self.isTemporary = isTemporary
    self.isNotFound = isNotFound
  }
}
