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

import ConformJSON
import ConformProtocol

/// Builds the params of seeded `go-v2` cases: error trees of every go-v2 type and nesting, every code table,
/// statuses and headers (`X-Amz-Retry-After`, `Date` around the clock in every form `ParseHTTPDate` tries,
/// `Age`), retryer settings in both modes with the wrappers and services, and sessions of several calls through
/// Standard and adaptive retryers. The mix and the pools are part of the generation contract
/// (`spec/generation.md`).
struct GoV2CaseGenerator {
  var random: SplitMix64
  /// While drawing an adaptive session's errors: throttle codes are mostly replaced, so that few sessions end
  /// in the limiter's endless waits (`maxSleeps`).
  var rareThrottles = false

  init(random: SplitMix64) { self.random = random }

  /// `(method, params)` for one case.
  mutating func makeCase() -> (String, JSON) {
    switch random.below(20) {
    case 0...4: return ("go.v2.classify", classifyParams())
    case 5...8: return ("go.v2.backoff", backoffParams())
    default: return ("go.v2.session", sessionParams())
    }
  }

  // MARK: - Pools

  static let codes = [
    "InternalError", "ServiceUnavailable", "Throttling", "ThrottlingException", "ThrottledException",
    "RequestThrottledException", "TooManyRequestsException", "ProvisionedThroughputExceededException",
    "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException",
    "RequestThrottled", "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException", "RequestTimeout",
    "RequestTimeoutException", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure",
    "RequestTimeTooSkewed", "AccessDeniedException", "ValidationException", "IDPCommunicationError", "throttling",
    "", "Thro\u{212A}ling",
  ]
  static let texts = [
    "connection reset", "read: connection reset by peer", "broken pipe", "use of closed network connection",
    "connection refused", "EOF", "unexpected EOF", "i/o timeout", "context deadline exceeded", "Connection Reset",
    "", "dial tcp 10.0.0.1:443: connect: connection refused", "tls: bad certificate",
  ]
  static let errnoNames = [
    "ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAGAIN", "EINTR", "ECONNABORTED", "EHOSTUNREACH",
    "ENETUNREACH", "EMFILE", "ENFILE", "EADDRINUSE", "ENOENT",
  ]
  static let urls = [
    "https://sts.amazonaws.com/", "https://s3.amazonaws.com/bucket/key?x=1", "http://169.254.169.254/latest/",
    "https://example.com/tab\there \"q\"", "", "connection refused", "https://例え.jp/ü\u{AD}?q=\u{A0}",
    "https://example.com/\u{1FAE0}\u{11F00}", "https://e.com/\u{378}\u{E000}\u{FEFF}\u{890}\u{200D}",
  ]
  static let ops = ["read", "write", "dial", "DIAL", "Dial", "accept", "close", "proxyconnect", ""]
  static let ips = [
    "10.0.0.1", "52.1.2.3", "::1", "fe80::1", "2001:db8::1", "0.0.0.0", "1:2:3:4:5:6:7:8", "", "2001:DB8:0::1",
    "::ffff:10.0.0.1", "0000:0000::0001", "64:ff9b::192.0.2.33",
  ]
  /// Client services: DynamoDB's 2026 defaults, the long-poll services, one without rules.
  static let services = ["dynamodb", "sqs", "sfn", "swf", "sts"]
  /// Operations: the long-poll ones and others.
  static let operations: [(service: String, name: String)] = [
    ("STS", "GetCallerIdentity"), ("SQS", "ReceiveMessage"), ("SQS", "SendMessage"), ("SFN", "GetActivityTask"),
    ("SWF", "PollForActivityTask"), ("SWF", "PollForDecisionTask"), ("DynamoDB", "GetItem"),
  ]
  static let statuses = [0, 200, 400, 403, 404, 429, 500, 501, 502, 503, 504]
  static let retryAfterValues = [
    "1500", "0", "10000", "invalid", "-5", "+20", "", "9223372036854775807", "9223372036854", "5000", "49", "1.5",
  ]
  /// `DefaultThrottleErrorCodes`, the entries 2...15 of `codes`.
  static let throttleCodes = Set(codes[2...15])
  static let formats = ["wrapped: %w", "%w", "%v", "outer %v inner", "failed to get rate limit token, %w"]
  static let durations: [Int64] = [
    0, 1, 25_000_000, 50_000_000, 100_000_000, 999_999_999, 1_000_000_000, 1_500_000_000, 3_000_000_000,
    20_000_000_000, 30_000_000_000, -1, -20_000_000_000, Int64.max, Int64.min,
  ]
  /// 2023-11-14T22:13:20Z, the clock's usual start.
  static let epoch: Int64 = 1_700_000_000_000_000_000

  // MARK: - Errors

  /// An error tree; with `safe`, no nil inner error where `Error()` would panic (sessions reject those).
  mutating func error(depth: Int, safe: Bool) -> JSON {
    let leafOnly = depth >= 3
    let kind = leafOnly ? random.below(9) : random.below(24)
    func inner() -> JSON {
      if !safe, random.chance(1, in: 12) { return .null }
      return error(depth: depth + 1, safe: safe)
    }
    switch kind {
    case 0: return Encode.object(["type": .string("errors.New"), "text": .string(random.pick(Self.texts))])
    case 1:
      var object = JSONObject()
      object.append("type", .string("opaque"))
      object.append("text", .string(random.pick(Self.texts)))
      if random.chance(1, in: 2) { object.append("temporary", .bool(random.chance(1, in: 2))) }
      if random.chance(1, in: 2) { object.append("timeout", .bool(random.chance(1, in: 2))) }
      return .object(object)
    case 2:
      return Encode.object(["type": .string("syscall.Errno"), "name": .string(random.pick(Self.errnoNames))])
    case 3:
      return Encode.object([
        "type": .string("net.DNSError"),
        "err": .string(random.pick(["no such host", "i/o timeout", "server misbehaving"])),
        "name": .string(random.pick(["example.com", "sts.amazonaws.com"])),
        "server": .string(random.pick(["", "10.0.0.2:53"])),
        "isTimeout": .bool(random.chance(1, in: 3)), "isTemporary": .bool(random.chance(1, in: 3)),
        "isNotFound": .bool(random.chance(1, in: 3)),
      ])
    case 4:
      return Encode.object([
        "type": .string(random.pick(["context.Canceled", "context.DeadlineExceeded", "net.ErrClosed"]))
      ])
    case 5, 6, 7:
      var code = random.pick(Self.codes)
      if rareThrottles, Self.throttleCodes.contains(code), !random.chance(1, in: 8) { code = "InternalError" }
      return Encode.object([
        "type": .string("smithy.GenericAPIError"), "code": .string(code),
        "message": .string(random.pick(["", "Rate exceeded", "boom"])),
        "fault": .string(random.pick(["client", "server", "unknown"])),
      ])
    case 8:
      return Encode.object([
        "type": .string("ratelimit.QuotaExceededError"), "available": Encode.int(random.pick([0, 3, 499])),
        "requested": Encode.int(random.pick([5, 10, 14])),
      ])
    case 9:
      return Encode.object([
        "type": .string("url.Error"), "op": .string(random.pick(["Post", "Get"])),
        "url": .string(random.pick(Self.urls)),
        "err": inner(),
      ])
    case 10:
      var object = JSONObject()
      object.append("type", .string("net.OpError"))
      object.append("op", .string(random.pick(Self.ops)))
      object.append("net", .string(random.pick(["tcp", "tcp4", "udp", ""])))
      if random.chance(1, in: 2) { object.append("source", address()) }
      if random.chance(2, in: 3) { object.append("addr", address()) }
      object.append("err", inner())
      return .object(object)
    case 11:
      return Encode.object([
        "type": .string("os.SyscallError"), "syscall": .string(random.pick(["read", "write", "connect"])),
        "err": inner(),
      ])
    case 12, 13: return Encode.object(["type": .string("smithyhttp.RequestSendError"), "err": inner()])
    case 14, 15:
      var object = JSONObject()
      object.append("type", .string(random.chance(1, in: 2) ? "awshttp.ResponseError" : "smithyhttp.ResponseError"))
      object.append("statusCode", Encode.int(random.pick(Self.statuses)))
      if random.chance(1, in: 2) { object.append("headers", headers(dateAround: nil)) }
      if object["type"] == .string("awshttp.ResponseError") {
        object.append("requestID", .string(random.pick(["", "req-1"])))
      }
      object.append("err", inner())
      return .object(object)
    case 16:
      return Encode.object([
        "type": .string("smithy.OperationError"), "service": .string("STS"), "operation": .string("GetCallerIdentity"),
        "err": inner(),
      ])
    case 17:
      return Encode.object([
        "type": .string(random.pick(["smithy.CanceledError", "aws.RequestCanceledError"])), "err": inner(),
      ])
    case 18:
      return Encode.object([
        "type": .string("smithy.DeserializationError"), "snapshot": .string("{}"),
        "err": random.chance(1, in: 4) ? .null : error(depth: depth + 1, safe: safe),
      ])
    case 19:
      var object = JSONObject()
      object.append("type", .string("retryable"))
      object.append("text", .string(random.pick(Self.texts)))
      object.append("retryable", .bool(random.chance(1, in: 2)))
      if random.chance(1, in: 2) { object.append("err", error(depth: depth + 1, safe: safe)) }
      return .object(object)
    case 20:
      return Encode.object([
        "type": .string("retry.MaxAttemptsError"), "attempt": Encode.int(random.pick([1, 3])), "err": inner(),
      ])
    case 21:
      var elements: [JSON] = []
      for _ in 0..<random.int(in: 1...3) {
        elements.append(!safe && random.chance(1, in: 6) ? .null : error(depth: depth + 1, safe: safe))
      }
      return Encode.object(["type": .string("errors.Join"), "errs": .array(elements)])
    default:
      return Encode.object([
        "type": .string("fmt.Errorf"), "format": .string(random.pick(Self.formats)),
        "err": random.chance(1, in: 10) ? .null : error(depth: depth + 1, safe: safe),
      ])
    }
  }

  mutating func address() -> JSON {
    Encode.object(["ip": .string(random.pick(Self.ips)), "port": Encode.int(random.pick([0, 443, 65535]))])
  }

  /// Response headers: `X-Amz-Retry-After` under several spellings, and with `dateAround` a `Date` near that
  /// instant (Unix ns) and sometimes `Age`.
  mutating func headers(dateAround: Int64?) -> JSON {
    var headers = JSONObject()
    if random.chance(2, in: 3) {
      var values: [JSON] = []
      for _ in 0..<random.int(in: 1...2) { values.append(.string(random.pick(Self.retryAfterValues))) }
      headers.append(random.pick(["X-Amz-Retry-After", "x-amz-retry-after", "X-AMZ-RETRY-AFTER"]), .array(values))
    }
    if let instant = dateAround, random.chance(1, in: 2) {
      let offset = random.pick([-600, -241, -240, -1, 0, 1, 30, 239, 240, 241, 242, 600, 86_400])
      headers.append("Date", .array([.string(httpDate(instant / 1_000_000_000 + Int64(offset)))]))
      if random.chance(1, in: 6) { headers.append("Age", .array([.string(random.pick(["0", "12", ""]))])) }
    }
    return .object(headers)
  }

  /// A `Date` value for Unix `seconds`: mostly the IMF-fixdate, else one of the other layouts
  /// `smithytime.ParseHTTPDate` tries (RFC 850, ANSI C, single-digit day, two-digit year), a fraction, folded
  /// case, a zone name, or a text no layout reads.
  mutating func httpDate(_ seconds: Int64) -> String {
    let f = Self.dateFields(seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let time = "\(two(f.hour)):\(two(f.minute)):\(two(f.second))"
    let year2 = two(f.year % 100)
    switch random.below(16) {
    case 0: return "\(f.longWeekday), \(two(f.day))-\(f.month)-\(year2) \(time) GMT"
    case 1: return "\(f.weekday) \(f.month) \(f.day < 10 ? " " : "")\(f.day) \(time) \(f.year)"
    case 2: return "\(f.weekday), \(f.day) \(f.month) \(f.year) \(f.hour):\(two(f.minute)):\(two(f.second)) GMT"
    case 3: return "\(f.weekday), \(f.day) \(f.month) \(year2) \(time) GMT"
    case 4:
      return "\(f.weekday), \(two(f.day)) \(f.month) \(f.year) \(time).\(random.pick(["5", "123456789", "0001"])) GMT"
    case 5:
      let zone = random.pick(["PST", "UTC", "GMT+3", "-07", "CEST", "gmt"])
      return "\(f.longWeekday), \(two(f.day))-\(f.month)-\(year2) \(time) \(zone)"
    case 6: return "\(f.weekday.lowercased()), \(two(f.day)) \(f.month.uppercased()) \(f.year) \(time) GMT"
    case 7:
      return random.pick([
        "\(f.weekday), \(two(f.day)) \(f.month) \(f.year) \(time) UTC", "\(f.year)-01-01T00:00:00Z", "garbage",
        "\(f.weekday), \(two(f.day)) \(f.month) \(f.year) \(time) GMT ",
      ])
    default: return Self.imfFixdate(seconds)
    }
  }

  /// The civil fields of Unix `seconds` (civil_from_days) with English names.
  static func dateFields(_ seconds: Int64) -> (
    weekday: String, longWeekday: String, day: Int, month: String, year: Int, hour: Int, minute: Int, second: Int
  ) {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let second = Int(seconds - days * 86_400)
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = Int(doy - (153 * mp + 2) / 5 + 1)
    let month = Int(mp < 10 ? mp + 3 : mp - 9)
    let year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
    let weekday = Int(((days % 7) + 11) % 7)  // 1970-01-01 was a Thursday
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let longNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (
      names[weekday], longNames[weekday], day, months[month - 1], year, second / 3600, second / 60 % 60, second % 60
    )
  }

  /// `"Mon, 02 Jan 2006 15:04:05 GMT"` for Unix `seconds`.
  static func imfFixdate(_ seconds: Int64) -> String {
    let f = dateFields(seconds)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(repeating: "0", count: max(0, 4 - String(f.year).count)) + String(f.year)
    return "\(f.weekday), \(two(f.day)) \(f.month) \(yearText) \(two(f.hour)):\(two(f.minute)):\(two(f.second)) GMT"
  }

  // MARK: - Methods

  mutating func classifyParams() -> JSON {
    var object = JSONObject()
    object.append("error", random.chance(1, in: 25) ? .null : error(depth: 0, safe: false))
    if random.chance(1, in: 5) { object.append("retryables", .array([.string(random.pick(Self.codes))])) }
    if random.chance(1, in: 5) { object.append("throttles", .array([.string(random.pick(Self.codes))])) }
    return .object(object)
  }

  mutating func backoffParams() -> JSON {
    var object = JSONObject()
    object.append(
      "attempt",
      Encode.int(random.pick([0, 0, 1, 1, 2, 3, 4, 5, 6, 10, 30, 33, 34, 62, 63, 64, 100, 1023, 1024, 5000])))
    if random.chance(1, in: 2) { object.append("error", error(depth: 0, safe: false)) }
    if random.chance(1, in: 2) { object.append("maxBackoffNs", Encode.int64(random.pick(Self.durations))) }
    if random.chance(1, in: 3) { object.append("baseDelayNs", Encode.int64(random.pick(Self.durations))) }
    object.append("newRetries2026", .bool(random.chance(1, in: 2)))
    if random.chance(1, in: 8) { object.append("throttles", .array([.string(random.pick(Self.codes))])) }
    object.append("random", draws(count: 2))
    return .object(object)
  }

  /// `count` 53-bit draws: mostly uniform, sometimes the edges.
  mutating func draws(count: Int) -> JSON {
    var values: [JSON] = []
    for _ in 0..<count {
      let value: UInt64
      switch random.below(8) {
      case 0: value = random.pick([0, 1, 1 << 52, (1 << 53) - 1])
      default: value = random.next() >> 11
      }
      values.append(.string(String(value)))
    }
    return .array(values)
  }

  mutating func retryer(adaptive: Bool) -> JSON {
    var object = JSONObject()
    object.append("kind", .string(adaptive ? "adaptive" : "standard"))
    if random.chance(1, in: 5) { object.append("service", .string(random.pick(Self.services))) }
    let flag = random.chance(1, in: 2)
    object.append("newRetries2026", .bool(flag))
    if random.chance(1, in: 8) { object.append("newRetries2026AtConstruction", .bool(!flag)) }
    if random.chance(1, in: 3) { object.append("maxAttempts", Encode.int(random.pick([-1, 0, 1, 2, 3, 4, 5, 8]))) }
    if random.chance(1, in: 4) { object.append("maxBackoffNs", Encode.int64(random.pick(Self.durations))) }
    if random.chance(1, in: 4) { object.append("baseDelayNs", Encode.int64(random.pick(Self.durations))) }
    // Unlimited attempts (an AddWithMaxAttempts value <= 0) only with a quota that every retry drains, so that
    // a call ends long before maxSleeps (the real middleware's context chain grows with every attempt).
    let unlimited = random.chance(1, in: 10)
    switch random.below(10) {
    case 0 where !unlimited: object.append("rateLimiter", .string("none"))
    case 1...4: object.append("rateTokens", Encode.int(random.pick([0, 5, 10, 14, 20, 30, 100, 500])))
    default: break
    }
    for name in ["retryCost", "retryTimeoutCost", "throttlingRetryCost"] where unlimited || random.chance(1, in: 10) {
      object.append(name, Encode.int(random.pick(unlimited ? [1, 3, 5, 14] : [0, 1, 3, 5, 14])))
    }
    if random.chance(1, in: 10) { object.append("noRetryIncrement", Encode.int(random.pick([0, 1, 3, 5, 14]))) }
    if random.chance(1, in: 8) { object.append("retryables", .array([.string(random.pick(Self.codes))])) }
    if random.chance(1, in: 8) { object.append("throttles", .array([.string(random.pick(Self.codes))])) }
    if unlimited {
      object.append("wrapMaxAttempts", Encode.int(random.pick([-1, 0])))
    } else if random.chance(1, in: 8) {
      object.append("wrapMaxAttempts", Encode.int(random.pick([1, 2, 5])))
    }
    if random.chance(1, in: 10) { object.append("wrapMaxBackoffNs", Encode.int64(random.pick(Self.durations))) }
    if random.chance(1, in: 10) { object.append("disableClockSkewCorrection", .bool(true)) }
    if adaptive {
      if random.chance(1, in: 2) { object.append("requestCost", Encode.int(random.pick([1, 2, 3, 5]))) }
      if random.chance(1, in: 4) { object.append("failOnNoAttemptTokens", .bool(random.chance(2, in: 3))) }
    }
    return .object(object)
  }

  mutating func attempt(clock: Int64) -> JSON {
    var object = JSONObject()
    if random.chance(1, in: 4) {
      object.append("success", .bool(true))
      if random.chance(1, in: 3) {
        object.append("statusCode", Encode.int(200))
        object.append("headers", headers(dateAround: clock))
      }
    } else {
      object.append("error", error(depth: random.int(in: 1...3), safe: true))
      let layer = random.pick(["", "", "", "transport", "deserialize", "raw"])
      if !layer.isEmpty { object.append("layer", .string(layer)) }
      if layer != "raw", random.chance(2, in: 3) {
        object.append("statusCode", Encode.int(random.pick(Self.statuses)))
        object.append("headers", headers(dateAround: clock))
        if random.chance(1, in: 3) { object.append("requestID", .string("req-\(random.below(100))")) }
      }
    }
    if random.chance(1, in: 4) {
      object.append("latencyNs", Encode.int64(random.pick([1_000_000, 250_000_000, 2_000_000_000, 960_000_000_000])))
    }
    if random.chance(1, in: 12) { object.append("cancel", .bool(true)) }
    return .object(object)
  }

  mutating func sessionParams() -> JSON {
    var object = JSONObject()
    let adaptive = random.chance(1, in: 4)
    rareThrottles = adaptive
    defer { rareThrottles = false }
    object.append("retryer", retryer(adaptive: adaptive))
    let start = Self.epoch + Int64(random.below(1_000_000)) * 1_000_000_000
    object.append("clock", Encode.object(["startNs": Encode.int64(start)]))
    var calls: [JSON] = []
    for _ in 0..<random.int(in: 1...3) {
      var call = JSONObject()
      var attempts: [JSON] = []
      for _ in 0..<random.int(in: 1...4) { attempts.append(attempt(clock: start)) }
      call.append("attempts", .array(attempts))
      if random.chance(1, in: 5) { call.append("longPoll", .bool(random.chance(4, in: 5))) }
      if random.chance(1, in: 8) { call.append("newRetries2026", .bool(random.chance(1, in: 2))) }
      if random.chance(1, in: 6) {
        call.append(
          "clock", Encode.object(["startNs": Encode.int64(start + Int64(random.below(3600)) * 1_000_000_000)]))
      }
      if random.chance(1, in: 3) {
        let operation = random.pick(Self.operations)
        call.append(
          "operation", Encode.object(["service": .string(operation.service), "name": .string(operation.name)]))
      }
      calls.append(.object(call))
    }
    object.append("calls", .array(calls))
    object.append("random", draws(count: 32))
    return .object(object)
  }
}
