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
public import GoV2Retry

/// Decoders from the wire form of `spec/go-v2.md` to the Go v2 model.
public enum GoV2Wire {
  /// Every `type` of the go-v2 error model: Go's standard-library errors of the go-v1 model (no awserr) and the
  /// types the v2 chain inspects.
  public static let errorTypes = errorShapes.map(\.type)

  /// The members of each go-v2 error `type` (`spec/go-v2.md`): what `goError` below reads, what the strictness
  /// check accepts and what `rpc.discover` describes. The leaves are go-v1's (`GoWire.errorShapes`), which
  /// `goError` hands to the go-v1 decoder.
  public static let errorShapes: [(type: String, fields: [WireField])] = {
    let type = WireField("type", .string, required: true, "The Go type.")
    let cause = WireField("err", .goV2Error, "The wrapped error; absent or null is nil.")
    let text = WireField("text", .string, "The text Error() returns.")
    let statusCode = WireField("statusCode", .int, "Response.StatusCode (default 0).")
    let headers = WireField("headers", .map(.array(.string)), "Response.Header, {\"Name\": [\"value\", ...]}.")
    let address = { (name: String, goName: String) in
      WireField(name, .nullable(.object(GoWire.tcpAddrFields)), "\(goName), a *net.TCPAddr; absent or null is nil.")
    }
    let leaves = [
      "syscall.Errno", "net.DNSError", "context.Canceled", "context.DeadlineExceeded", "net.ErrClosed", "errors.New",
    ]
    return [
      ("url.Error", [type, WireField("op", .string, "Op."), WireField("url", .string, "URL."), cause]),
      (
        "net.OpError",
        [
          type, WireField("op", .string, "Op."), WireField("net", .string, "Net."), address("source", "Source"),
          address("addr", "Addr"), cause,
        ]
      ),
      ("os.SyscallError", [type, WireField("syscall", .string, "Syscall."), cause]),
    ]
      + leaves.compactMap { leaf in GoWire.errorShapes.first { $0.type == leaf } }
      + [
        (
          "opaque",
          [
            type, text,
            WireField(
              "temporary", .nullable(.bool),
              "What Temporary() returns; absent or null: the type has no Temporary() method."),
            WireField(
              "timeout", .nullable(.bool), "What Timeout() returns; absent or null: the type has no Timeout() method."),
          ]
        ),
        ("smithyhttp.RequestSendError", [type, cause]),
        ("smithyhttp.ResponseError", [type, statusCode, headers, cause]),
        ("awshttp.ResponseError", [type, statusCode, headers, WireField("requestID", .string, "RequestID."), cause]),
        (
          "smithy.OperationError",
          [type, WireField("service", .string, "ServiceID."), WireField("operation", .string, "OperationName."), cause]
        ),
        ("smithy.CanceledError", [type, cause]),
        ("smithy.DeserializationError", [type, WireField("snapshot", .string, "Snapshot, as text."), cause]),
        (
          "smithy.GenericAPIError",
          [
            type, WireField("code", .string, "Code."), WireField("message", .string, "Message."),
            WireField("fault", .oneOf(GoErrorFault.allCases.map(\.rawValue)), "Fault (default unknown)."),
          ]
        ),
        ("retryable", [type, text, WireField("retryable", .bool, required: true, "RetryableError()."), cause]),
        ("retry.MaxAttemptsError", [type, WireField("attempt", .int, "Attempt (default 0)."), cause]),
        (
          "ratelimit.QuotaExceededError",
          [
            type, WireField("available", .int64, "Available, a uint (default 0)."),
            WireField("requested", .int64, "Requested, a uint (default 0)."),
          ]
        ),
        ("aws.RequestCanceledError", [type, cause]),
        (
          "errors.Join",
          [type, WireField("errs", .array(.goV2Error), required: true, "The joined errors; a null element is nil.")]
        ),
        (
          "fmt.Errorf",
          [type, WireField("format", .string, required: true, "The format: one %w or %v, no other %."), cause]
        ),
      ]
  }()

  /// A Go `error`: `null` is nil. `depthLimit` bounds the nesting (`maxErrorChainDepth`).
  public static func goError(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoError? {
    if json == .null { return nil }
    guard depthLimit > 0 else { throw InvalidValue("error chain deeper than the server's maxErrorChainDepth") }
    let fields = try WireObject(json)
    let type = try fields.required("type", Wire.string)
    let inner = depthLimit - 1
    func nested(_ key: String) throws(InvalidValue) -> GoError? {
      try fields.optional(key) { (json) throws(InvalidValue) in try goError(json, depthLimit: inner) } ?? nil
    }
    func string(_ key: String) throws(InvalidValue) -> String { try fields.optional(key, Wire.string) ?? "" }
    switch type {
    case "url.Error":
      // %q of the URL with Go 1.23's strconv.IsPrint (Unicode 15.0.0).
      return .url(op: try string("op"), url: try string("url"), err: try nested("err"), release: .go123)
    case "net.OpError":
      return .op(
        GoOpError(
          op: try string("op"), net: try string("net"), source: try fields.optional("source", tcpAddr),
          addr: try fields.optional("addr", tcpAddr), err: try nested("err")))
    case "os.SyscallError":
      return .syscall(syscall: try string("syscall"), err: try nested("err"))
    case "syscall.Errno", "net.DNSError", "context.Canceled", "context.DeadlineExceeded",
      "net.ErrClosed", "errors.New":
      // Leaves: the go-v1 decoder reads them (no nested error).
      return try GoWire.goError(json, depthLimit: depthLimit)
    case "opaque":
      return .opaque(
        text: try string("text"), temporary: try fields.optional("temporary", Wire.bool),
        timeout: try fields.optional("timeout", Wire.bool))
    case "smithyhttp.RequestSendError":
      return GoError(.requestSend(err: try nested("err")))
    case "smithyhttp.ResponseError":
      return GoError(.smithyResponse(try response(fields), err: try nested("err")))
    case "awshttp.ResponseError":
      return .awsResponse(try response(fields), requestID: try string("requestID"), err: try nested("err"))
    case "smithy.OperationError":
      return GoError(
        .operation(service: try string("service"), operation: try string("operation"), err: try nested("err")))
    case "smithy.CanceledError":
      return GoError(.canceled(err: try nested("err")))
    case "smithy.DeserializationError":
      let snapshot = Array(try string("snapshot").utf8)
      return GoError(.deserialization(err: try nested("err"), snapshot: snapshot))
    case "smithy.GenericAPIError":
      let fault = try fields.optional("fault") { (json) throws(InvalidValue) in
        try Wire.choice(json, "fault", allowed: GoErrorFault.allCases)
      }
      return GoError(.apiError(code: try string("code"), message: try string("message"), fault: fault ?? .unknown))
    case "retryable":
      return GoError(
        .retryable(
          text: try string("text"), retryable: try fields.required("retryable", Wire.bool), err: try nested("err")))
    case "retry.MaxAttemptsError":
      return GoError(.maxAttempts(attempt: try fields.optional("attempt", Wire.int) ?? 0, err: try nested("err")))
    case "ratelimit.QuotaExceededError":
      return GoError(
        .quotaExceeded(
          available: UInt(try fields.optional("available", uint) ?? 0),
          requested: UInt(try fields.optional("requested", uint) ?? 0)))
    case "aws.RequestCanceledError":
      return GoError(.requestCanceled(err: try nested("err")))
    case "errors.Join":
      // Element i counts i levels deeper, so the limit bounds the list as well as the nesting.
      var index = 0
      let errs = try fields.required("errs") { (json) throws(InvalidValue) in
        try Wire.array(json) { (element) throws(InvalidValue) in
          defer { index += 1 }
          return try goError(element, depthLimit: inner - index)
        }
      }
      return GoError.join(errs)
    case "fmt.Errorf":
      let format = try fields.required("format", Wire.string)
      let parts = try InvalidValue.within(.key("format")) { () throws(InvalidValue) in try errorfFormat(format) }
      return GoError(.errorf(prefix: parts.prefix, verb: parts.verb, suffix: parts.suffix, err: try nested("err")))
    default:
      throw InvalidValue("unknown go-v2 error type \"\(type)\"; expected one of \(errorTypes.joined(separator: ", "))")
        .inside(.key("type"))
    }
  }

  /// A `fmt.Errorf` format: exactly one `%w` or `%v` and no other `%`.
  static func errorfFormat(_ format: String) throws(InvalidValue) -> (
    prefix: String, verb: GoErrorfVerb, suffix: String
  ) {
    let bytes = Array(format.utf8)
    let percents = bytes.indices.filter { bytes[$0] == UInt8(ascii: "%") }
    guard percents.count == 1, let at = percents.first, at + 1 < bytes.count,
      let verb = GoErrorfVerb(rawValue: String(decoding: [bytes[at + 1]], as: UTF8.self))
    else { throw InvalidValue("a format with exactly one %w or %v and no other %") }
    return (
      String(decoding: bytes[..<at], as: UTF8.self), verb, String(decoding: bytes[(at + 2)...], as: UTF8.self)
    )
  }

  /// The response of a response error: `statusCode` and `headers` (added with `Header.Add`).
  static func response(_ fields: WireObject) throws(InvalidValue) -> GoHTTPResponse {
    GoHTTPResponse(
      statusCode: try fields.optional("statusCode", Wire.int) ?? 0,
      header: try fields.optional("headers", GoWire.header) ?? GoHeader())
  }

  /// A `*net.TCPAddr`, `{"ip", "port"}`, its IP parsed by Go 1.23's `net.ParseIP`.
  static func tcpAddr(_ json: JSON) throws(InvalidValue) -> GoTCPAddr {
    let fields = try WireObject(json)
    let ip = try fields.optional("ip", Wire.string) ?? ""
    guard let addr = GoTCPAddr(parsing: ip, port: try fields.optional("port", Wire.int) ?? 0, release: .go123)
    else { throw InvalidValue("Go 1.23's net.ParseIP rejects \"\(ip)\"").inside(.key("ip")) }
    return addr
  }

  /// A Go `uint` given as a non-negative int64.
  static func uint(_ json: JSON) throws(InvalidValue) -> UInt64 {
    let value = try Wire.int64(json)
    guard value >= 0 else { throw InvalidValue("expected a non-negative integer, found \(value)") }
    return UInt64(value)
  }

  /// The injected 53-bit integers `k`, each in `[0, 2^53)`.
  public static func random(_ json: JSON) throws(InvalidValue) -> [UInt64] {
    try Wire.array(json) { (element) throws(InvalidValue) in
      let value = try Wire.int64(element)
      guard value >= 0, value < 1 << 53 else { throw InvalidValue("a draw k must be in [0, 2^53), found \(value)") }
      return UInt64(value)
    }
  }

  /// The extra throttle and retryable codes: a list of strings.
  static func codes(_ json: JSON) throws(InvalidValue) -> [String] { try Wire.array(json, Wire.string) }

  /// The members of a retryer (`retryer` below reads each).
  public static let retryerFields = [
    WireField(
      "kind", .oneOf(["standard", "adaptive"]), required: true, "The retryer type: NewStandard or NewAdaptiveMode."),
    WireField(
      "service", .string,
      "The client's service id (dynamodb: 2026 defaults; sqs, sfn, swf: long-poll operations), modelled."),
    WireField("newRetries2026", .bool, "The 2026 retry behaviour flag during the calls (default false)."),
    WireField("newRetries2026AtConstruction", .bool, "The flag while NewStandard runs (default: newRetries2026)."),
    WireField("maxAttempts", .int, "StandardOptions.MaxAttempts."),
    WireField("maxBackoffNs", .int64, "StandardOptions.MaxBackoff."),
    WireField("baseDelayNs", .int64, "StandardOptions.BaseDelay (2026)."),
    WireField("rateLimiter", .oneOf(RateLimiterName.allCases.map(\.rawValue)), "StandardOptions.RateLimiter."),
    WireField("rateTokens", .int64, "The token bucket's size, a uint (token-bucket only)."),
    WireField("retryCost", .int64, "StandardOptions.RetryCost, a uint."),
    WireField("retryTimeoutCost", .int64, "StandardOptions.RetryTimeoutCost, a uint."),
    WireField("throttlingRetryCost", .int64, "StandardOptions.ThrottlingRetryCost (2026), a uint."),
    WireField("noRetryIncrement", .int64, "StandardOptions.NoRetryIncrement, a uint."),
    WireField("retryables", .array(.string), "Codes of an AddWithErrorCodes wrapper."),
    WireField("throttles", .array(.string), "Codes of a ThrottleErrorCode added to Throttles."),
    WireField("wrapMaxAttempts", .int, "retry.AddWithMaxAttempts around the retryer."),
    WireField("wrapMaxBackoffNs", .int64, "retry.AddWithMaxBackoffDelay around the retryer."),
    WireField("disableClockSkewCorrection", .bool, "Options.DisableClockSkewCorrection (default false)."),
    WireField("requestCost", .int64, "AdaptiveModeOptions.RequestCost, a uint (adaptive only, default 1)."),
    WireField(
      "failOnNoAttemptTokens", .bool, "AdaptiveModeOptions.FailOnNoAttemptTokens (adaptive only, default false)."),
  ]

  /// The members of a virtual clock setting (`clock` below).
  public static let clockFields = [WireField("startNs", .int64, required: true, "The virtual clock, in ns.")]

  /// The members of an attempt outcome (`attempt` below).
  public static let attemptFields = [
    WireField("success", .bool, "true: the attempt succeeded (then no error)."),
    WireField("error", .goV2Error, "The attempt's error; absent or null: none (then success is true)."),
    WireField("statusCode", .int, "The response's status code; absent: no response (the empty dummy)."),
    WireField(
      "headers", .map(.array(.string)), "The response's headers, {\"Name\": [\"value\", ...]} (with statusCode)."),
    WireField("requestID", .string, "The response's request id."),
    WireField("latencyNs", .int64, "How long the attempt took on the virtual clock (>= 0, default 0)."),
    WireField("cancel", .bool, "The context is canceled during the attempt."),
    WireField("layer", .oneOf(GoV2Attempt.Layer.allCases.map(\.rawValue)), "Which layer the error comes from."),
  ]

  /// The members of a call (`call` below).
  public static let callFields = [
    WireField(
      "attempts", .array(.object(attemptFields)), required: true, "The attempt outcomes, in order (non-empty)."),
    WireField(
      "longPoll", .bool,
      "The context's long-polling flag (default: the 2026 flag and a long-poll operation of the service)."),
    WireField("clock", .object(clockFields), "The virtual clock when the call starts."),
    WireField("newRetries2026", .bool, "The flag during this call (default: the retryer's)."),
    WireField(
      "operation",
      .object([
        WireField("service", .string, required: true, "The service id."),
        WireField("name", .string, required: true, "The operation name."),
      ]), "The operation the call is for."),
  ]

  /// A retryer: `{"kind", "newRetries2026", "newRetries2026AtConstruction"?, ...}` (`spec/go-v2.md`).
  public static func retryer(_ json: JSON) throws(InvalidValue) -> (config: GoV2RetryerConfig, newRetries2026: Bool) {
    let fields = try WireObject(json)
    let kind = try fields.required("kind", Wire.string)
    guard kind == "standard" || kind == "adaptive" else {
      throw InvalidValue("unknown retryer kind \"\(kind)\"; expected \"standard\" or \"adaptive\"").inside(.key("kind"))
    }
    let flag = try fields.optional("newRetries2026", Wire.bool) ?? false
    var config = GoV2RetryerConfig(
      newRetries2026AtConstruction: try fields.optional("newRetries2026AtConstruction", Wire.bool) ?? flag)
    config.maxAttempts = try fields.optional("maxAttempts", Wire.int)
    config.maxBackoff = try fields.optional("maxBackoffNs", Wire.int64)
    config.baseDelay = try fields.optional("baseDelayNs", Wire.int64)
    let limiter = try fields.optional("rateLimiter") { (json) throws(InvalidValue) in
      try Wire.choice(json, "rateLimiter", allowed: RateLimiterName.allCases)
    }
    let tokens = try fields.optional("rateTokens", uint)
    if limiter == RateLimiterName.none {
      if tokens != nil {
        throw InvalidValue("rateTokens needs the token-bucket rate limiter").inside(.key("rateTokens"))
      }
      config.rateLimiter = GoV2RetryerConfig.RateLimiterChoice.none
    } else if let tokens {
      config.rateLimiter = .tokenBucket(tokens)
    }
    config.retryCost = try fields.optional("retryCost", uint)
    config.retryTimeoutCost = try fields.optional("retryTimeoutCost", uint)
    config.throttlingRetryCost = try fields.optional("throttlingRetryCost", uint)
    config.noRetryIncrement = try fields.optional("noRetryIncrement", uint)
    config.classifier = GoV2Classifier(
      wrapperRetryableCodes: try fields.optional("retryables", codes),
      extraThrottleCodes: try fields.optional("throttles", codes) ?? [])
    config.wrapMaxAttempts = try fields.optional("wrapMaxAttempts", Wire.int)
    config.wrapMaxBackoff = try fields.optional("wrapMaxBackoffNs", Wire.int64)
    config.disableClockSkewCorrection = try fields.optional("disableClockSkewCorrection", Wire.bool) ?? false
    config.service = try fields.optional("service", Wire.string).map(GoV2Service.init)
    let requestCost = try fields.optional("requestCost", uint)
    let failOnNoAttemptTokens = try fields.optional("failOnNoAttemptTokens", Wire.bool)
    if kind == "adaptive" {
      config.adaptive = GoV2RetryerConfig.AdaptiveOptions(
        requestCost: requestCost ?? 1, failOnNoAttemptTokens: failOnNoAttemptTokens ?? false)
    } else if requestCost != nil || failOnNoAttemptTokens != nil {
      let key = requestCost != nil ? "requestCost" : "failOnNoAttemptTokens"
      throw InvalidValue("\(key) needs the adaptive retryer (\"kind\": \"adaptive\")").inside(.key(key))
    }
    return (config, flag)
  }

  /// The names of `StandardOptions.RateLimiter` choices.
  enum RateLimiterName: String, CaseIterable {
    case tokenBucket = "token-bucket"
    case none
  }

  /// `{"startNs": "..."}`.
  static func clock(_ json: JSON) throws(InvalidValue) -> Int64 {
    try WireObject(json).required("startNs", Wire.int64)
  }

  /// A call: `{"attempts", "longPoll"?, "clock"?, "newRetries2026"?, "operation"?}`.
  static func call(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoV2Call {
    let fields = try WireObject(json)
    let attempts = try fields.required("attempts") { (json) throws(InvalidValue) in
      try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in try attempt(json, depthLimit: depthLimit) }
    }
    let operation = try fields.optional("operation") { (json) throws(InvalidValue) in
      let operation = try WireObject(json)
      return (
        service: try operation.required("service", Wire.string), name: try operation.required("name", Wire.string)
      )
    }
    return GoV2Call(
      attempts: attempts, longPoll: try fields.optional("longPoll", Wire.bool),
      startNs: try fields.optional("clock", clock), newRetries2026: try fields.optional("newRetries2026", Wire.bool),
      operation: operation)
  }

  /// An attempt: `{"success": true}` or `{"error": E}`, with `statusCode`, `headers`, `requestID`, `latencyNs`,
  /// `cancel` and `layer`.
  static func attempt(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoV2Attempt {
    let fields = try WireObject(json)
    let success = try fields.optional("success", Wire.bool) ?? false
    let error =
      try fields.optional("error") { (json) throws(InvalidValue) in try goError(json, depthLimit: depthLimit) } ?? nil
    guard success != (error != nil) else {
      throw InvalidValue("an attempt is {\"success\": true} or {\"error\": <a non-nil error>}")
    }
    if let error, case .failure(let panic) = error.text {
      throw InvalidValue("an error whose Error() panics (\(panic.message)) is not supported in a session")
        .inside(.key("error"))
    }
    let header = try fields.optional("headers", GoWire.header) ?? GoHeader()
    let latency = try fields.optional("latencyNs", Wire.int64) ?? 0
    guard latency >= 0 else { throw InvalidValue("latencyNs must be >= 0").inside(.key("latencyNs")) }
    let layer = try fields.optional("layer") { (json) throws(InvalidValue) in
      try Wire.choice(json, "layer", allowed: GoV2Attempt.Layer.allCases)
    }
    let statusCode = try fields.optional("statusCode", Wire.int)
    if layer == .raw, statusCode != nil || fields["headers"] != nil {
      throw InvalidValue("a raw attempt has no response (no statusCode or headers)").inside(.key("layer"))
    }
    if error != nil, statusCode == nil, fields["headers"] != nil {
      throw InvalidValue("headers of a failed attempt need a statusCode (without one the response is the empty dummy)")
        .inside(.key("headers"))
    }
    return GoV2Attempt(
      error: error, statusCode: statusCode, header: header,
      requestID: try fields.optional("requestID", Wire.string) ?? "",
      latency: latency, cancel: try fields.optional("cancel", Wire.bool) ?? false, layer: layer)
  }

  /// The calls of a session.
  static func calls(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> [GoV2Call] {
    try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in try call(json, depthLimit: depthLimit) }
  }
}
