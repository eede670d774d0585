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
      trace?.record("Request.IsErrorRetryable.retryErrorCodes", GoSource.retryer(251), "code in r.RetryErrorCodes", true)
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

/// The part of an `*http.Response` that the retry code reads: the status and the header map.
public struct GoHTTPResponse: Sendable, Equatable {
  /// `StatusCode`.
  public var statusCode: Int
  /// `Header`, keys exactly as stored.
  public var header: GoHeader

  /// Creates a response.
  public init(statusCode: Int, header: GoHeader = GoHeader()) {
    self.statusCode = statusCode
    self.header = header
  }
}

/// An `http.Header` map built with `Header.Add` for each key and value in order: keys are canonicalised on the
/// way in (`net/textproto.CanonicalMIMEHeaderKey`), so `retry-after` and `RETRY-AFTER` land on `Retry-After`.
///
/// This is how the real-SDK harness built its requests; a key that is not a valid header token (a space, a
/// non-ASCII byte) is stored unchanged and never matches.
public struct GoHeader: Sendable, Equatable {
  /// One key and its values, as given.
  public struct Entry: Sendable, Equatable {
    /// The key as given.
    public var key: String
    /// The values, in order.
    public var values: [String]

    /// Creates an entry.
    public init(key: String, values: [String]) {
      self.key = key
      self.values = values
    }
  }

  /// The entries in the order they were added.
  public var entries: [Entry]

  /// Creates a header map.
  public init(_ entries: [Entry] = []) {
    self.entries = entries
  }

  /// `Header.Get(key)` (`net/textproto/header.go` `MIMEHeader.Get`): the first value stored under the
  /// canonical form of `key`, or `""`. Each stored key is compared with that form in place, never copied.
  public func get(_ key: String) -> String {
    let canonical = GoHeader.canonicalMIMEHeaderKey(key)
    for entry in entries where GoHeader.canonicalForm(of: entry.key, is: canonical) {
      if let first = entry.values.first { return first }
    }
    return ""
  }

  /// `textproto.CanonicalMIMEHeaderKey` (Go 1.19, `net/textproto/reader.go:628-699`): upper-case the first
  /// letter and every letter after a dash, lower-case the rest; a key with a byte outside the HTTP token set,
  /// or one already canonical, is returned unchanged (and not copied).
  static func canonicalMIMEHeaderKey(_ key: String) -> String {
    if canonicalForm(of: key, is: key) { return key }
    var bytes = Array(key.utf8)
    var upper = true
    for index in bytes.indices {
      bytes[index] = canonicalByte(bytes[index], upper: upper)
      upper = bytes[index] == UInt8(ascii: "-")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `canonicalMIMEHeaderKey(key)` is `canonical` byte for byte, without building it. Canonicalising
  /// changes only the case of ASCII letters, so the lengths match.
  static func canonicalForm(of key: String, is canonical: String) -> Bool {
    let bytes = key.utf8
    guard bytes.count == canonical.utf8.count else { return false }
    // A key with a non-token byte is its own canonical form (reader.go:633-635, 669-675).
    guard bytes.allSatisfy(isTokenByte) else { return GoBytes.equal(key, canonical) }
    var upper = true
    for (byte, expected) in zip(bytes, canonical.utf8) {
      let canonicalByte = canonicalByte(byte, upper: upper)
      guard canonicalByte == expected else { return false }
      upper = canonicalByte == UInt8(ascii: "-")
    }
    return true
  }

  /// One byte of a token key canonicalised (`reader.go:683-687`): upper-cased at the start of a word,
  /// lower-cased elsewhere.
  @inline(__always)
  static func canonicalByte(_ byte: UInt8, upper: Bool) -> UInt8 {
    if upper, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return byte - 32 }
    if !upper, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte + 32 }
    return byte
  }

  /// RFC 7230 `tchar` (`validHeaderFieldByte`, `net/textproto/reader.go:657-659` and `isTokenTable`,
  /// 753-833): letters, digits and ``!#$%&'*+-.^_`|~``.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
      UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
      UInt8(ascii: "|"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
