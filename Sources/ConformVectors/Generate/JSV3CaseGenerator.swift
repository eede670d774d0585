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
import JSValueModel

/// Builds the params of seeded `js-v3` cases: error objects for every classification rule (cause chains, traits,
/// browser and HTTP/2 errors), retry hints in every header form the model answers, and sessions of calls through
/// standard and configured strategies in both modes, with long polling, streaming bodies and small quotas.
struct JSV3CaseGenerator {
  var random: SplitMix64

  /// `(method, params)` for one case.
  mutating func makeCase() -> (String, JSON) {
    switch random.below(10) {
    case 0...1: return ("js.v3.classify", classifyParams())
    case 2: return ("js.v3.backoff", backoffParams())
    default: return ("js.v3.session", sessionParams())
    }
  }

  // MARK: - Pools

  static let names = [
    "ThrottlingException", "Throttling", "SlowDown", "TooManyRequestsException", "TransactionInProgressException",
    "ProvisionedThroughputExceededException", "RequestLimitExceeded", "BandwidthLimitExceeded", "TimeoutError",
    "RequestTimeout", "RequestTimeoutException", "InvalidSignatureException", "AccessDeniedException",
    "SignatureDoesNotMatch", "RequestTimeTooSkewed", "ValidationException", "InternalFailure", "Error", "TypeError",
    "throttling", "",
  ]
  static let codes = [
    "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN",
    "ERR_HTTP2_STREAM_ERROR", "EADDRINUSE", "econnreset", "",
  ]
  static let messages = [
    "", "boom", "Signature expired: 20260101T000000Z is now earlier than 20260101T000500Z", "Signature Expired",
    "Failed to fetch", "Load failed", "Network request failed", "NetworkError when attempting to fetch resource",
    "The Internet connection appears to be offline", "Stream closed with error code NGHTTP2_REFUSED_STREAM",
    "NGHTTP2_REFUSED", "failed to fetch",
  ]
  /// Values a member that is usually a string or an object may hold instead (`message`, `$metadata`).
  static let otherValues: [JSON] = [
    .null, JSEncode.value(.undefined), JSEncode.value(.number(0)), JSEncode.value(.number(5)),
    JSEncode.value(.number(-1.5)), .bool(true), .bool(false),
    .string(""), .string("abc"),
  ]
  static let statuses: [Double] = [200, 400, 403, 404, 429, 499, 500, 501, 502, 503, 504, 505, 507, 599, 600]
  static let starts: [Double] = [0, 1_000, 1_764_633_600_000, 1_764_633_600_123, 4_102_444_800_000, 951_782_400_000]
  static let xAmzValues = [
    "1500", "0", "10000", "invalid", "", " 12 ", "1e3", "0x10", "-5", "Infinity", "-Infinity", "1e309", "2.5",
    "0.4", "5000", "20000", "abc1", "\u{A0}7\u{2028}", "0b101", "1_000",
  ]
  static let retryAfterNumbers = ["0", "1", "2", "3", "10", "0.1", "1.5", "2.25", "100", "007", "30"]
  static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let longWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  static let operations = [
    "ReceiveMessage", "PollForActivityTask", "PollForDecisionTask", "GetActivityTask", "GetItem", "SendMessage",
  ]
  static let services: [String?] = [nil, nil, "dynamodb", "dynamodb-streams", "sqs", "swf", "sfn", "s3"]

  // MARK: - Errors

  mutating func jsValue(_ strings: [String]) -> JSON {
    switch random.below(10) {
    case 0...6: return .string(random.pick(strings))
    case 7: return JSEncode.value(.number(Double(random.int(in: 0...3))))
    case 8: return .null
    default: return JSEncode.value(.undefined)
    }
  }

  mutating func status() -> JSON {
    switch random.below(12) {
    case 0...8: return JSEncode.value(.number(random.pick(Self.statuses)))
    case 9: return .string(String(Int(random.pick(Self.statuses))))
    case 10: return .null
    default: return JSEncode.value(.number(.nan))
    }
  }

  /// Two digits.
  static func pad(_ value: Double) -> String {
    let text = String(Int(value))
    return text.count < 2 ? "0" + text : text
  }

  /// The day of the week of `time` (0 is Sunday).
  static func weekday(_ time: Double) -> Int {
    Int(((time / 86_400_000).rounded(.down) + 4).truncatingRemainder(dividingBy: 7) + 7) % 7
  }

  /// An IMF-fixdate or RFC 850 text for `time`, sometimes broken.
  mutating func httpDate(_ time: Double) -> String {
    let fields = JSDate.fields(time)!
    let weekday = Self.weekday(time)
    var hours = Self.pad(fields.hours)
    if random.chance(1, in: 6) { hours = String(Int(fields.hours)) }
    let fraction = random.chance(1, in: 5) ? "." + String(random.int(in: 0...999)) : ""
    let clock = "\(hours):\(Self.pad(fields.minutes)):\(Self.pad(fields.seconds))\(fraction)"
    var text: String
    if random.chance(1, in: 4) {
      let year = Self.pad(fields.year.truncatingRemainder(dividingBy: 100))
      text =
        "\(Self.longWeekdays[weekday]), \(Self.pad(fields.date))-\(Self.months[Int(fields.month)])-\(year) \(clock) GMT"
    } else {
      var year = String(Int(fields.year))
      while year.count < 4 { year = "0" + year }
      text =
        "\(Self.weekdays[weekday]), \(Self.pad(fields.date)) \(Self.months[Int(fields.month)]) \(year) \(clock) GMT"
    }
    switch random.below(12) {
    case 0: text = "Sun, 06 Nov 1994 08:49:37 GMT"
    case 1: text = "Sun, 31 Feb 2026 00:00:00 GMT"
    case 2: text = "Sun, 29 Feb 2028 23:59:60 GMT"
    case 3: text = "Mon, 01 Jan 0050 00:00:00 GMT"
    case 4: text = "broken GMT"
    case 5: text += ", " + random.pick(Self.retryAfterNumbers)
    default: break
    }
    return text
  }

  /// Whether the session being built runs a deprecated strategy (its Retry-After is a number or goes to
  /// `new Date(v)`; RFC 7231 dates are not special there).
  var deprecatedSession = false

  mutating func retryAfterValue(now: Double) -> String {
    if random.chance(1, in: 2) { return random.pick(Self.retryAfterNumbers) }
    let offset = Double(random.int(in: -5...30)) * 1000 + Double(random.int(in: 0...999))
    if deprecatedSession || random.chance(1, in: 3) { return dateParseText(now + offset) }
    return httpDate(now + offset)
  }

  /// A text for `time` that reaches `Date.parse` (`parseRetryAfterHeader.ts:35`) or `new Date(v)`: ISO forms with
  /// and without offsets, legacy forms with zones, AM/PM and comments, and a few that do not parse.
  mutating func dateParseText(_ time: Double) -> String {
    let f = JSDate.fields(time)!
    var year = String(Int(f.year))
    while year.count < 4 { year = "0" + year }
    let (month, date) = (Self.pad(f.month + 1), Self.pad(f.date))
    let clock = "\(Self.pad(f.hours)):\(Self.pad(f.minutes)):\(Self.pad(f.seconds))"
    var milliseconds = String(Int(f.milliseconds))
    while milliseconds.count < 3 { milliseconds = "0" + milliseconds }
    let hour12 = Int(f.hours) % 12 == 0 ? 12 : Int(f.hours) % 12
    let named = "\(Self.months[Int(f.month)]) \(Int(f.date)) \(year)"
    switch random.below(14) {
    case 0: return "\(year)-\(month)-\(date)T\(clock).\(milliseconds)Z"
    case 1: return "\(year)-\(month)-\(date)T\(clock)Z"
    case 2: return "\(year)-\(month)-\(date)T\(clock)"
    case 3: return "\(year)-\(month)-\(date)"
    case 4: return "\(year)-\(month)-\(date)T\(clock).\(milliseconds)+00:00"
    case 5: return "\(year)-\(month)-\(date) \(clock)"
    case 6: return "\(named) \(clock) UTC"
    case 7: return "\(named) \(hour12):\(Self.pad(f.minutes)):\(Self.pad(f.seconds)) \(f.hours < 12 ? "AM" : "PM")"
    case 8: return "(retry) \(named) \(clock) GMT+0000"
    case 9: return "\(Self.weekdays[Self.weekday(time)]), \(date) \(Self.months[Int(f.month)]) \(year) \(clock) +0000"
    case 10: return "\(Int(f.month) + 1)/\(Int(f.date))/\(year) \(clock)"
    case 11: return random.pick(["not-a-number", "soon", "2026-02-30T00:00:00Z", "T", "Dec 2 2025 00:00 later"])
    case 12: return "\(named) \(clock) \(random.pick(["EST", "PDT", "CST", "Z", "UT"]))"
    default: return "+0\(year.count == 4 ? "0" : "")\(year)-\(month)-\(date)T\(clock)Z"
    }
  }

  mutating func headers(now: Double) -> JSON {
    var pairs: [JSON] = []
    for _ in 0..<random.int(in: 0...3) {
      let name: String
      let value: String
      switch random.below(6) {
      case 0...1:
        name = random.pick(["retry-after", "Retry-After", "RETRY-AFTER"])
        value = retryAfterValue(now: now)
      case 2...3:
        name = random.pick(["x-amz-retry-after", "X-Amz-Retry-After"])
        value = random.pick(Self.xAmzValues)
      default:
        name = random.pick(["content-type", "123", "7", "x-amzn-requestid", "retry-after-ms"])
        value = random.pick(["text/plain", "5", ""])
      }
      pairs.append(.array([.string(name), .string(value)]))
    }
    return .array(pairs)
  }

  mutating func error(depth: Int = 0, now: Double) -> JSON {
    var object = JSONObject()
    if random.chance(2, in: 3) { object.append("name", jsValue(Self.names)) }
    if random.chance(1, in: 2) {
      // Mostly strings; a service may also send a message that is not one.
      object.append(
        "message", random.chance(1, in: 10) ? random.pick(Self.otherValues) : .string(random.pick(Self.messages)))
    }
    if random.chance(1, in: 3) { object.append("code", jsValue(Self.codes)) }
    if random.chance(1, in: 8) { object.append("isTypeError", .bool(true)) }
    if random.chance(1, in: 16) {
      object.append("$metadata", random.pick(Self.otherValues))
    } else if random.chance(3, in: 4) {
      var metadata = JSONObject()
      if random.chance(5, in: 6) { metadata.append("httpStatusCode", status()) }
      if random.chance(1, in: 8) { metadata.append("clockSkewCorrected", .bool(random.chance(1, in: 2))) }
      object.append("$metadata", .object(metadata))
    }
    if random.chance(1, in: 8) {
      var trait = JSONObject()
      if random.chance(2, in: 3) { trait.append("throttling", jsValue(["true", "yes", ""])) }
      if random.chance(1, in: 3) {
        trait = JSONObject()
        trait.append("throttling", .bool(random.chance(1, in: 2)))
      }
      object.append("$retryable", .object(trait))
    }
    if random.chance(1, in: 2) {
      var response = JSONObject()
      if random.chance(7, in: 8) { response.append("statusCode", status()) }
      if random.chance(7, in: 8) { response.append("headers", headers(now: now)) }
      object.append("$response", .object(response))
    }
    if depth < 13, random.chance(depth == 0 ? 1 : 3, in: 4) {
      object.append("cause", random.chance(1, in: 12) ? .null : error(depth: depth + 1, now: now))
    }
    return .object(object)
  }

  // MARK: - Methods

  mutating func classifyParams() -> JSON {
    let now = random.pick(Self.starts) + Double(random.int(in: 0...2_000))
    var params = JSONObject()
    params.append("error", error(now: now))
    if random.chance(2, in: 3) { params.append("clock", Encode.object(["startMs": JSEncode.value(.number(now))])) }
    return .object(params)
  }

  mutating func backoffParams() -> JSON {
    var params = JSONObject()
    let count: Double =
      random.chance(1, in: 8) ? random.pick([-1, 0.5, 1024, 1075, .nan, .infinity]) : Double(random.int(in: 0...12))
    params.append("retryCount", JSEncode.value(.number(count)))
    if random.chance(1, in: 2) {
      params.append("baseDelay", JSEncode.value(.number(random.pick([25, 50, 100, 500, 1000, 0.5, 0, 30_000]))))
    }
    if random.chance(1, in: 2) { params.append("v2026", .bool(random.chance(1, in: 2))) }
    params.append("random", .array([JSEncode.value(.number(unitDraw()))]))
    return .object(params)
  }

  mutating func unitDraw() -> Double {
    random.chance(1, in: 6) ? random.pick([0, 1, 0.5, 0.999999999]) : random.unit()
  }

  mutating func sessionParams() -> JSON {
    let start = random.pick(Self.starts) + Double(random.int(in: 0...5_000))
    var strategy = JSONObject()
    let kindRoll = random.below(12)
    let configured = kindRoll < 2
    let deprecated = kindRoll >= 10
    let kind =
      configured
      ? "configured"
      : kindRoll < 5
        ? "adaptive" : deprecated ? (kindRoll == 10 ? "deprecated-standard" : "deprecated-adaptive") : "standard"
    strategy.append("kind", .string(kind))
    deprecatedSession = deprecated
    if configured || random.chance(1, in: 2) {
      strategy.append("maxAttempts", JSEncode.value(.number(Double(random.int(in: 1...6)))))
    }
    if configured, random.chance(2, in: 3) {
      if random.chance(1, in: 2) {
        strategy.append("delays", JSEncode.value(.number(Double(random.int(in: 0...3000)))))
      } else {
        strategy.append(
          "delays",
          .array((0..<random.int(in: 1...4)).map { _ in JSEncode.value(.number(Double(random.int(in: 0...3000)))) }))
      }
    }
    if !configured, random.chance(1, in: 4) {
      strategy.append("baseDelay", JSEncode.value(.number(random.pick([10, 25, 200, 1000]))))
    }
    let v2026 = random.chance(1, in: 2)
    strategy.append("v2026", .bool(v2026))
    if random.chance(1, in: 4) { strategy.append("v2026AtConstruction", .bool(random.chance(1, in: 2))) }
    if let service = random.pick(Self.services) { strategy.append("service", .string(service)) }
    if random.chance(1, in: 3) {
      strategy.append("initialCapacity", JSEncode.value(.number(random.pick([0, 4, 5, 9, 10, 14, 20, 30, 495]))))
    }
    if !configured, random.chance(1, in: 4) { strategy.append("construct", .string("direct")) }
    var calls: [JSON] = []
    var now = start
    var attemptsTotal = 0
    for _ in 0..<random.int(in: 1...4) {
      var call = JSONObject()
      var attempts: [JSON] = []
      let count = random.int(in: 1...5)
      attemptsTotal += 6
      for index in 0..<count {
        var attempt = JSONObject()
        if index == count - 1, random.chance(1, in: 2) {
          attempt.append("success", .bool(true))
        } else {
          attempt.append("error", error(now: now))
        }
        if random.chance(1, in: 3) {
          attempt.append("latencyMs", JSEncode.value(.number(Double(random.int(in: 0...400)))))
        }
        attempts.append(.object(attempt))
      }
      call.append("attempts", .array(attempts))
      if random.chance(1, in: 2) { call.append("operation", .string(random.pick(Self.operations))) }
      if random.chance(1, in: 5) {
        now += Double(random.int(in: -1_000...60_000))
        call.append("clock", Encode.object(["startMs": JSEncode.value(.number(now))]))
      }
      if random.chance(1, in: 5) { call.append("v2026", .bool(random.chance(1, in: 2))) }
      if random.chance(1, in: 5) { call.append("longPoll", .bool(random.chance(2, in: 3))) }
      if random.chance(1, in: 12) { call.append("streamingBody", .bool(true)) }
      calls.append(.object(call))
    }
    // Enough draws for every retry, except now and then (random-exhausted).
    let draws = random.chance(1, in: 20) ? random.int(in: 0...2) : attemptsTotal * 2
    var params = JSONObject()
    params.append("calls", .array(calls))
    params.append("clock", Encode.object(["startMs": JSEncode.value(.number(start))]))
    params.append("random", .array((0..<draws).map { _ in JSEncode.value(.number(unitDraw())) }))
    params.append("strategy", .object(strategy))
    // Now and then the retry headers, sometimes with the omitRetryHeaders plugin.
    if random.chance(1, in: 8) {
      params.append("requestHeaders", .bool(true))
      if random.chance(1, in: 4) { params.append("omitRetryHeaders", .bool(true)) }
    }
    return .object(params)
  }
}
