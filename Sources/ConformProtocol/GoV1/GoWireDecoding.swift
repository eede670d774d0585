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

public import ConformJSON
public import GoErrorModel
public import GoV1Retry

/// Decoders from the wire form of `spec/go-v1.md` to the Go v1 model.
public enum GoWire {
  /// Every `type` of the Go error model.
  public static let errorTypes = errorShapes.map(\.type)

  /// The members of each Go error `type` (`spec/go-v1.md`): what the decoder below reads, what the strictness
  /// check accepts and what `rpc.discover` describes.
  public static let errorShapes: [(type: String, fields: [WireField])] = {
    let type = WireField("type", .string, required: true, "The Go type.")
    let code = WireField("code", .string, "awserr Code().")
    let message = WireField("message", .string, "awserr Message().")
    let orig = WireField(
      "orig", .anyOf([.goError, .array(.goError)]), "OrigErr(): one error, or an array for a BatchedErrors.")
    let cause = WireField("err", .goError, "The wrapped error.")
    let text = WireField("text", .string, "The text Error() returns.")
    return [
      ("awserr", [type, code, message, orig]),
      (
        "awserr.requestFailure",
        [
          type, code, message, orig, WireField("statusCode", .int, "StatusCode()."),
          WireField("requestID", .string, "RequestID()."),
        ]
      ),
      ("url.Error", [type, WireField("op", .string, "Op."), WireField("url", .string, "URL."), cause]),
      (
        "net.OpError",
        [
          type, WireField("op", .string, "Op."), WireField("net", .string, "Net."),
          WireField("source", .nullable(.object(tcpAddrFields)), "Source, a *net.TCPAddr; absent or null is nil."),
          WireField("addr", .nullable(.object(tcpAddrFields)), "Addr, a *net.TCPAddr; absent or null is nil."), cause,
        ]
      ),
      ("os.SyscallError", [type, WireField("syscall", .string, "Syscall."), cause]),
      (
        "syscall.Errno",
        [
          type, WireField("name", .string, "The Linux errno name, such as ECONNRESET."),
          WireField("number", .int, "The errno number, when no name is given."),
        ]
      ),
      (
        "net.DNSError",
        [
          type, WireField("err", .string, "Err, a string."), WireField("name", .string, "Name."),
          WireField("server", .string, "Server."), WireField("isTimeout", .bool, "IsTimeout."),
          WireField("isTemporary", .bool, "IsTemporary."), WireField("isNotFound", .bool, "IsNotFound."),
        ]
      ),
      ("context.Canceled", [type]),
      ("context.DeadlineExceeded", [type]),
      ("net.ErrClosed", [type]),
      ("errors.New", [type, text]),
      (
        "opaque",
        [
          type, text,
          WireField(
            "temporary", .nullable(.bool),
            "What Temporary() returns; absent or null: the type has no Temporary() method."),
        ]
      ),
    ]
  }()

  /// The members of a `*net.TCPAddr`.
  static let tcpAddrFields = [WireField("ip", .string, "The IP address text."), WireField("port", .int, "The port.")]

  /// The members of an attempt outcome (`go.v1.simulate` attempts; also part of a request).
  public static let attemptFields = [
    WireField("error", .goError, required: true, "r.Error; null is nil."),
    WireField("statusCode", .int, "r.HTTPResponse.StatusCode; absent: no HTTP response."),
    WireField(
      "headers", .map(.array(.string)), "r.HTTPResponse.Header, {\"Name\": [\"value\", ...]} (with statusCode)."),
    WireField("retryable", .nullable(.bool), "r.Retryable; absent or null is nil."),
  ]

  /// The members of a request (`go.v1.evaluate`).
  public static let requestFields =
    attemptFields + [
      WireField("retryCount", .int, "r.RetryCount (default 0)."),
      WireField("retryErrorCodes", .array(.string), "r.RetryErrorCodes."),
      WireField("throttleErrorCodes", .array(.string), "r.ThrottleErrorCodes."),
    ]

  /// The members of a retryer.
  public static let retryerFields = [
    WireField("kind", .oneOf(GoRetryer.Kind.allCases.map(\.rawValue)), required: true, "The retryer type."),
    WireField("numMaxRetries", .int, "NumMaxRetries (default 0)."),
    WireField("minRetryDelay", .int64, "MinRetryDelay in nanoseconds (default 0)."),
    WireField("minThrottleDelay", .int64, "MinThrottleDelay in nanoseconds (default 0)."),
    WireField("maxRetryDelay", .int64, "MaxRetryDelay in nanoseconds (default 0)."),
    WireField("maxThrottleDelay", .int64, "MaxThrottleDelay in nanoseconds (default 0)."),
  ]

  /// A Go `error`: `null` is nil. `depthLimit` bounds the nesting (`maxErrorChainDepth`).
  public static func goError(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoError? {
    if json == .null { return nil }
    guard depthLimit > 0 else {
      throw InvalidValue(
        "error chain deeper than the server's maxErrorChainDepth (batch element i counts i levels deeper)")
    }
    let fields = try WireObject(json)
    let type = try fields.required("type", Wire.string)
    let inner = depthLimit - 1
    func nested(_ key: String) throws(InvalidValue) -> GoError? {
      try fields.optional(key) { (json) throws(InvalidValue) in try goError(json, depthLimit: inner) } ?? nil
    }
    switch type {
    case "awserr":
      return .aws(try awsBase(fields, depthLimit: inner))
    case "awserr.requestFailure":
      return .requestFailure(
        try awsBase(fields, depthLimit: inner), statusCode: try fields.optional("statusCode", Wire.int) ?? 0,
        requestID: try fields.optional("requestID", Wire.string) ?? "")
    case "url.Error":
      return .url(
        op: try fields.optional("op", Wire.string) ?? "", url: try fields.optional("url", Wire.string) ?? "",
        err: try nested("err"))
    case "net.OpError":
      return .op(
        GoOpError(
          op: try fields.optional("op", Wire.string) ?? "", net: try fields.optional("net", Wire.string) ?? "",
          source: try fields.optional("source", tcpAddr), addr: try fields.optional("addr", tcpAddr),
          err: try nested("err")))
    case "os.SyscallError":
      return .syscall(syscall: try fields.optional("syscall", Wire.string) ?? "", err: try nested("err"))
    case "syscall.Errno":
      if let name = try fields.optional("name", Wire.string) {
        guard let errno = GoErrno(name: name) else {
          throw InvalidValue("unknown linux errno name \"\(name)\"").inside(.key("name"))
        }
        return .errno(errno)
      }
      guard let number = try fields.optional("number", Wire.int) else {
        throw InvalidValue("syscall.Errno needs \"name\" or \"number\"")
      }
      return .errno(GoErrno(number: number))
    case "net.DNSError":
      return .dns(
        GoDNSError(
          err: try fields.optional("err", Wire.string) ?? "", name: try fields.optional("name", Wire.string) ?? "",
          server: try fields.optional("server", Wire.string) ?? "",
          isTimeout: try fields.optional("isTimeout", Wire.bool) ?? false,
          isTemporary: try fields.optional("isTemporary", Wire.bool) ?? false,
          isNotFound: try fields.optional("isNotFound", Wire.bool) ?? false))
    case "context.Canceled":
      return .contextCanceled
    case "context.DeadlineExceeded":
      return .contextDeadlineExceeded
    case "net.ErrClosed":
      return .netErrClosed
    case "errors.New":
      return .plain(try fields.optional("text", Wire.string) ?? "")
    case "opaque":
      return .opaque(
        text: try fields.optional("text", Wire.string) ?? "", temporary: try fields.optional("temporary", Wire.bool))
    default:
      let hint = WireStrictness.suggestion(for: type, among: errorTypes).map { "did you mean \"\($0)\"? " } ?? ""
      throw InvalidValue(
        "unknown Go error type \"\(type)\"; \(hint)expected one of \(errorTypes.joined(separator: ", "))"
      )
      .inside(.key("type"))
    }
  }

  /// The `code`, `message` and `orig` of an awserr value: `orig` is one error, or an array for a batch.
  static func awsBase(_ fields: WireObject, depthLimit: Int) throws(InvalidValue) -> AWSBaseError {
    let code = try fields.optional("code", Wire.string) ?? ""
    let message = try fields.optional("message", Wire.string) ?? ""
    let errs: [GoError?]
    switch fields["orig"] {
    case nil, .null?:
      errs = []
    case .array?:
      // Element i is i + 1 OrigErr() calls away (each derived batch drops the first error), so it counts i
      // levels deeper than a single orig would: the limit bounds batch lengths as well as nesting.
      var index = 0
      errs = try fields.required("orig") { (json) throws(InvalidValue) in
        try Wire.array(json) { (element) throws(InvalidValue) in
          defer { index += 1 }
          return try goError(element, depthLimit: depthLimit - index)
        }
      }
    default:
      errs = [try fields.required("orig") { (json) throws(InvalidValue) in try goError(json, depthLimit: depthLimit) }]
    }
    return AWSBaseError(code: code, message: message, errs: errs)
  }

  /// A `*net.TCPAddr`: `{"ip": string, "port": int}`.
  static func tcpAddr(_ json: JSON) throws(InvalidValue) -> GoTCPAddr {
    let fields = try WireObject(json)
    let ip = try fields.optional("ip", Wire.string) ?? ""
    let port = try fields.optional("port", Wire.int) ?? 0
    guard let addr = GoTCPAddr(parsing: ip, port: port) else {
      throw InvalidValue("net.ParseIP rejects \"\(ip)\"").inside(.key("ip"))
    }
    return addr
  }

  /// A request: `{"error", "statusCode"?, "headers"?, "retryCount"?, "retryable"?, "retryErrorCodes"?,
  /// "throttleErrorCodes"?}`.
  public static func request(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoRequest {
    let fields = try WireObject(json)
    let outcome = try attemptOutcome(fields, depthLimit: depthLimit)
    return GoRequest(
      error: outcome.error, httpResponse: outcome.httpResponse,
      retryCount: try fields.optional("retryCount", Wire.int) ?? 0, retryable: outcome.retryable,
      retryErrorCodes: try fields.optional("retryErrorCodes", strings) ?? [],
      throttleErrorCodes: try fields.optional("throttleErrorCodes", strings) ?? [])
  }

  /// The outcome of one attempt: the request fields a Send handler sets.
  static func attemptOutcome(_ fields: WireObject, depthLimit: Int) throws(InvalidValue) -> GoAttemptOutcome {
    let error = try fields.required("error") { (json) throws(InvalidValue) in try goError(json, depthLimit: depthLimit)
    }
    var response: GoHTTPResponse?
    if let status = try fields.optional("statusCode", Wire.int) {
      response = GoHTTPResponse(statusCode: status, header: try fields.optional("headers", header) ?? GoHeader())
    } else if fields["headers"] != nil {
      throw InvalidValue("headers belong to the HTTP response: give statusCode too").inside(.key("headers"))
    }
    return GoAttemptOutcome(
      error: error, httpResponse: response, retryable: try fields.optional("retryable", Wire.bool))
  }

  /// One attempt of `go.v1.simulate`.
  public static func attempt(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoAttemptOutcome {
    try attemptOutcome(try WireObject(json), depthLimit: depthLimit)
  }

  /// An `http.Header` map: `{"Name": ["v", ...]}`.
  static func header(_ json: JSON) throws(InvalidValue) -> GoHeader {
    GoHeader(
      try Wire.members(json) { (key, value) throws(InvalidValue) in
        GoHeader.Entry(key: key, values: try Wire.array(value, Wire.string))
      })
  }

  /// A list of strings.
  static func strings(_ json: JSON) throws(InvalidValue) -> [String] {
    try Wire.array(json, Wire.string)
  }

  /// A retryer: `{"kind", "numMaxRetries"?, "minRetryDelay"?, ...}`; absent durations are zero.
  public static func retryer(_ json: JSON) throws(InvalidValue) -> GoRetryer {
    let fields = try WireObject(json)
    let kind = try fields.required("kind") { (json) throws(InvalidValue) in
      try Wire.choice(json, "retryer kind", allowed: GoRetryer.Kind.allCases)
    }
    return GoRetryer(
      kind: kind,
      base: DefaultRetryer(
        numMaxRetries: try fields.optional("numMaxRetries", Wire.int) ?? 0,
        minRetryDelay: try fields.optional("minRetryDelay", Wire.int64) ?? 0,
        minThrottleDelay: try fields.optional("minThrottleDelay", Wire.int64) ?? 0,
        maxRetryDelay: try fields.optional("maxRetryDelay", Wire.int64) ?? 0,
        maxThrottleDelay: try fields.optional("maxThrottleDelay", Wire.int64) ?? 0))
  }

  /// The client configuration of `go.v1.simulate`: its params besides `attempts`, `random` and `explain`.
  public static func clientConfig(_ fields: WireObject) throws(InvalidValue) -> GoClientConfig {
    let service =
      try fields.optional("service") { (json) throws(InvalidValue) in
        try Wire.choice(json, "service", allowed: GoClientConfig.Service.allCases)
      } ?? .generic
    return GoClientConfig(
      retryer: try fields.optional("retryer", retryer), maxRetries: try fields.optional("maxRetries", Wire.int),
      service: service, operation: try fields.optional("operation", Wire.string) ?? "",
      enforceShouldRetryCheck: try fields.optional("enforceShouldRetryCheck", Wire.bool) ?? false,
      retryErrorCodes: try fields.optional("retryErrorCodes", strings) ?? [],
      throttleErrorCodes: try fields.optional("throttleErrorCodes", strings) ?? [])
  }

  /// The injected `Source.Int63()` values: each in `[0, 2^63)`.
  public static func random(_ json: JSON) throws(InvalidValue) -> [Int64] {
    try Wire.array(json) { (element) throws(InvalidValue) in
      let value = try Wire.int64(element)
      guard value >= 0 else { throw InvalidValue("an Int63() value must be in [0, 2^63), found \(value)") }
      return value
    }
  }
}
