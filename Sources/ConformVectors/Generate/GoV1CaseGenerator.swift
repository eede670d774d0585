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

/// Builds the params of seeded `go-v1` cases: Go error trees of every type and nesting, every code table,
/// statuses, headers, retryer settings including extreme ones, and draw streams that exercise rejection
/// sampling. The mix and the pools are part of the generation contract (`spec/generation.md`).
struct GoV1CaseGenerator {
  var random: SplitMix64

  /// `(method, params)` for one case.
  mutating func makeCase() -> (String, JSON) {
    switch random.below(10) {
    case 0...1: return ("go.v1.classify", Encode.object(["error": error(depth: 0)]))
    case 2...7:
      return (
        "go.v1.evaluate",
        Encode.object(["request": request(), "retryer": retryer(), "random": draws(count: 8)])
      )
    default: return ("go.v1.simulate", simulateParams())
    }
  }

  // MARK: - Pools

  static let codes: [String] =
    [
      "RequestError", "RequestTimeout", "ResponseTimeout", "RequestTimeoutException", "ExpiredToken",
      "ExpiredTokenException", "RequestExpired", "ProvisionedThroughputExceededException", "ThrottledException",
      "Throttling", "ThrottlingException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException",
      "TooManyRequestsException", "PriorRequestNotComplete", "TransactionInProgressException",
      "EC2ThrottledException", "SerializationError", "ReadError", "RequestCanceled", "UnknownError",
      "InternalFailure", "ServiceUnavailable", "SlowDown", "AccessDenied", "ValidationException",
      "LimitExceededException", "CRC32CheckFailed", "NotImplemented", "throttling", "RequestError ", "",
      "IDPCommunicationError", "BatchedErrors", "Thro\u{212A}ling", "R\u{E9}quest", "Re\u{301}quest",
    ]
  static let messages = ["", "some message", "send request failed", "multi\nline", "failed decoding JSON RPC response"]
  static let errnoNames = [
    "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAGAIN", "EWOULDBLOCK", "EINTR", "EMFILE", "ENFILE",
    "ECONNABORTED", "EHOSTUNREACH", "ENETUNREACH", "ENETDOWN", "ENETRESET", "EADDRINUSE", "ENOTCONN", "EPROTO",
    "EBADF", "ENOBUFS", "EHOSTDOWN",
  ]
  static let texts = [
    "connection reset", "read: connection reset", "read: connection reset by peer", "write: connection reset by peer",
    "broken pipe", "use of closed network connection", "connection refused", "net/http: request canceled",
    "net/http: request canceled while waiting for connection", "net/http: request canceled ", "EOF",
    "unexpected EOF", "context deadline exceeded", "i/o timeout", "tls: bad certificate", "Connection Reset", "",
    "x509: certificate signed by unknown authority",
    "net/http: HTTP/1.x transport connection broken: read tcp: read: connection reset by peer",
  ]
  static let urls = [
    "https://dynamodb.us-east-1.amazonaws.com/", "https://s3.amazonaws.com/bucket/key?x=1",
    "https://ex\u{E4}mple.com/\u{FC} \"quoted\"", "https://example.com/tab\there", "http://169.254.169.254/latest/",
    "https://h/\u{A0}\u{200B}\u{FEFF}\u{7F}\\", "https://h/\u{1F600}\u{1FAE0}", "", "connection refused",
  ]
  static let ops = ["read", "write", "dial", "accept", "close", "remote error", "proxyconnect", "Dial", ""]
  static let nets = ["tcp", "tcp4", "tcp6", "udp", ""]
  static let ips = [
    "10.0.0.1", "52.1.2.3", "::1", "fe80::1", "2001:db8::1", "2001:DB8:0:0:1:0:0:1", "::ffff:1.2.3.4", "0.0.0.0",
    "1:2:3:4:5:6:7:8", "",
  ]
  static let statuses = [0, 200, 301, 400, 403, 404, 429, 500, 501, 502, 503, 504, 505, 599]
  static let retryAfterKeys = ["Retry-After", "retry-after", "RETRY-AFTER", "Retry_After", "Retry-After "]
  static let retryAfterValues = [
    "5", "0", "-5", "+5", "007", " 5", "5.0", "0x10", "\u{663}", "", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "120", "Wed, 21 Oct 2015 07:28:00 GMT",
  ]
  static let retryCounts: [Int64] = [
    0, 0, 0, 1, 1, 2, 3, 4, 5, 8, 9, 12, 13, 14, 20, 33, 34, 37, 38, 61, 62, 63, 64, 100, -1, Int64.max, Int64.min,
  ]
  static let durations: [Int64] = [
    1, 2, 3, 1000, 30_000_000, 50_000_000, 500_000_000, 1_000_000_000, 8_000_000_000, 300_000_000_000,
    (1 << 52) - 11, 1 << 52, (1 << 62) - 11520, 1 << 62, Int64.max, -1, -659_104_101, 0,
  ]

  // MARK: - Errors

  mutating func error(depth: Int) -> JSON {
    if depth == 0, random.chance(1, in: 20) { return .null }
    let leafOnly = depth >= 3
    let kind = leafOnly ? random.int(in: 5...13) : random.below(14)
    switch kind {
    case 0, 1:
      return awsError(type: kind == 0 ? "awserr" : "awserr.requestFailure", depth: depth)
    case 2:
      return Encode.object([
        "type": .string("url.Error"), "op": .string(random.pick(["Post", "Get", "Put", "Head", "parse"])),
        "url": .string(random.pick(Self.urls)), "err": random.chance(1, in: 12) ? .null : error(depth: depth + 1),
      ])
    case 3:
      var object = JSONObject()
      object.append("type", .string("net.OpError"))
      object.append("op", .string(random.pick(Self.ops)))
      object.append("net", .string(random.pick(Self.nets)))
      if random.chance(2, in: 3) { object.append("source", address()) }
      if random.chance(2, in: 3) { object.append("addr", address()) }
      object.append("err", random.chance(1, in: 15) ? .null : error(depth: depth + 1))
      return .object(object)
    case 4:
      return Encode.object([
        "type": .string("os.SyscallError"), "syscall": .string(random.pick(["read", "write", "connect", "accept4"])),
        "err": random.chance(1, in: 15) ? .null : error(depth: depth + 1),
      ])
    case 5, 6:
      if random.chance(1, in: 10) {
        return Encode.object(["type": .string("syscall.Errno"), "number": Encode.int(random.pick([0, 133, 200, -1]))])
      }
      return Encode.object(["type": .string("syscall.Errno"), "name": .string(random.pick(Self.errnoNames))])
    case 7:
      return Encode.object([
        "type": .string("net.DNSError"),
        "err": .string(random.pick(["no such host", "i/o timeout", "server misbehaving"])),
        "name": .string(random.pick(["example.com", "dynamodb.us-east-1.amazonaws.com"])),
        "server": .string(random.pick(["", "10.0.0.2:53"])), "isTimeout": .bool(random.chance(1, in: 3)),
        "isTemporary": .bool(random.chance(1, in: 3)), "isNotFound": .bool(random.chance(1, in: 3)),
      ])
    case 8: return Encode.object(["type": .string("context.Canceled")])
    case 9: return Encode.object(["type": .string("context.DeadlineExceeded")])
    case 10: return Encode.object(["type": .string("net.ErrClosed")])
    case 11: return Encode.object(["type": .string("errors.New"), "text": .string(random.pick(Self.texts))])
    default:
      var object = JSONObject()
      object.append("type", .string("opaque"))
      object.append("text", .string(random.pick(Self.texts)))
      if random.chance(2, in: 3) { object.append("temporary", .bool(random.chance(1, in: 2))) }
      return .object(object)
    }
  }

  mutating func awsError(type: String, depth: Int) -> JSON {
    var object = JSONObject()
    object.append("type", .string(type))
    object.append("code", .string(random.pick(Self.codes)))
    object.append("message", .string(random.pick(Self.messages)))
    switch random.below(10) {
    case 0...2: break
    case 3: object.append("orig", .null)
    case 4:
      let count = random.below(4)
      var elements: [JSON] = []
      for _ in 0..<count { elements.append(random.chance(1, in: 10) ? .null : error(depth: depth + 1)) }
      object.append("orig", .array(elements))
    default: object.append("orig", error(depth: depth + 1))
    }
    if type == "awserr.requestFailure" {
      object.append("statusCode", Encode.int(random.pick(Self.statuses + [-1])))
      object.append("requestID", .string(random.pick(["", "abc-123"])))
    }
    return .object(object)
  }

  mutating func address() -> JSON {
    if random.chance(1, in: 8) { return .null }
    return Encode.object([
      "ip": .string(random.pick(Self.ips)), "port": Encode.int(random.pick([0, 443, 50000, 65535])),
    ])
  }

  // MARK: - Requests and retryers

  mutating func request() -> JSON {
    var object = outcome()
    object.append("retryCount", Encode.int(Int(random.pick(Self.retryCounts))))
    if random.chance(1, in: 6) { object.append("retryErrorCodes", .array([.string(random.pick(Self.codes))])) }
    if random.chance(1, in: 6) { object.append("throttleErrorCodes", .array([.string(random.pick(Self.codes))])) }
    return .object(object)
  }

  mutating func outcome() -> JSONObject {
    var object = JSONObject()
    object.append("error", error(depth: 0))
    if random.chance(9, in: 10) {
      object.append("statusCode", Encode.int(random.pick(Self.statuses)))
      if random.chance(1, in: 2) {
        var headers = JSONObject()
        var values: [JSON] = []
        for _ in 0..<random.int(in: 0...2) { values.append(.string(random.pick(Self.retryAfterValues))) }
        headers.append(random.pick(Self.retryAfterKeys), .array(values))
        object.append("headers", .object(headers))
      }
    }
    if random.chance(1, in: 5) { object.append("retryable", .bool(random.chance(1, in: 2))) }
    return object
  }

  mutating func retryer() -> JSON {
    var object = JSONObject()
    let kinds = ["default", "default", "default", "default", "no-op", "seed-read-conn-reset", "example-no-5xx"]
    object.append("kind", .string(random.pick(kinds)))
    object.append("numMaxRetries", Encode.int(random.pick([0, 1, 2, 3, 3, 3, 5, 10, 25, -1])))
    for name in ["minRetryDelay", "minThrottleDelay", "maxRetryDelay", "maxThrottleDelay"] where random.chance(1, in: 4)
    {
      object.append(name, Encode.int64(random.pick(Self.durations)))
    }
    return .object(object)
  }

  /// `count` Int63() values: mostly uniform, sometimes edge values, sometimes in a rejection region.
  mutating func draws(count: Int) -> JSON {
    var values: [JSON] = []
    for _ in 0..<count {
      let value: Int64
      switch random.below(10) {
      case 0: value = random.pick([0, 1, 1 << 62, Int64.max])
      case 1: value = Int64.max - Int64(random.below(1 << 20))
      default: value = random.int63()
      }
      values.append(Encode.int64(value))
    }
    return .array(values)
  }

  mutating func simulateParams() -> JSON {
    var object = JSONObject()
    var attempts: [JSON] = []
    for _ in 0..<random.int(in: 1...5) { attempts.append(.object(outcome())) }
    if random.chance(1, in: 3) {
      attempts.append(Encode.object(["error": .null, "statusCode": Encode.int(200)]))
    }
    object.append("attempts", .array(attempts))
    switch random.below(4) {
    case 0: object.append("retryer", retryer())
    case 1: object.append("maxRetries", Encode.int(random.pick([-2, -1, 0, 1, 2, 5])))
    default: break
    }
    let service = random.pick(["generic", "generic", "dynamodb", "ec2", "kinesis", "sts"])
    object.append("service", .string(service))
    if service == "ec2" {
      object.append(
        "operation",
        .string(random.pick(["ModifyNetworkInterfaceAttribute", "AssignPrivateIpAddresses", "RunInstances"])))
    }
    if random.chance(1, in: 5) { object.append("enforceShouldRetryCheck", .bool(true)) }
    if random.chance(1, in: 6) { object.append("retryErrorCodes", .array([.string(random.pick(Self.codes))])) }
    object.append("random", draws(count: 24))
    return .object(object)
  }
}
