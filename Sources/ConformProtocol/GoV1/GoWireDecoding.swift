public import ConformJSON
public import GoErrorModel
public import GoV1Retry

/// Decoders from the wire form of `spec/go-v1.md` to the Go v1 model.
public enum GoWire {
  /// Every `type` of the Go error model.
  public static let errorTypes = [
    "awserr", "awserr.requestFailure", "url.Error", "net.OpError", "os.SyscallError", "syscall.Errno",
    "net.DNSError", "context.Canceled", "context.DeadlineExceeded", "net.ErrClosed", "errors.New", "opaque",
  ]

  /// A Go `error`: `null` is nil. `depthLimit` bounds the nesting (`maxErrorChainDepth`).
  public static func goError(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoError? {
    if json == .null { return nil }
    guard depthLimit > 0 else {
      throw InvalidValue("error chain deeper than the server's maxErrorChainDepth (batch element i counts i levels deeper)")
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
      throw InvalidValue("unknown Go error type \"\(type)\"; expected one of \(errorTypes.joined(separator: ", "))")
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
    let error = try fields.required("error") { (json) throws(InvalidValue) in try goError(json, depthLimit: depthLimit) }
    var response: GoHTTPResponse?
    if let status = try fields.optional("statusCode", Wire.int) {
      response = GoHTTPResponse(statusCode: status, header: try fields.optional("headers", header) ?? GoHeader())
    }
    return GoAttemptOutcome(error: error, httpResponse: response, retryable: try fields.optional("retryable", Wire.bool))
  }

  /// One attempt of `go.v1.simulate`.
  static func attempt(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> GoAttemptOutcome {
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

  /// The injected `Source.Int63()` values: each in `[0, 2^63)`.
  public static func random(_ json: JSON) throws(InvalidValue) -> [Int64] {
    try Wire.array(json) { (element) throws(InvalidValue) in
      let value = try Wire.int64(element)
      guard value >= 0 else { throw InvalidValue("an Int63() value must be in [0, 2^63), found \(value)") }
      return value
    }
  }
}
