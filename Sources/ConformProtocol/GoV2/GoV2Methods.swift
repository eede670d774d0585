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
public import GoErrorModel
public import GoV2Retry
import JSValueModel
import RetryCore

/// The methods of the `go-v2` profile (`spec/go-v2.md`).
public enum GoV2Methods {
  /// `go.v2.classify`, `go.v2.backoff`, `go.v2.session`.
  public static let all: [MethodDefinition] = [classify, backoff, session]

  /// `go.v2.classify`: the Standard retryer's checks on an error alone.
  public static let classify = MethodDefinition(
    name: "go.v2.classify", profile: "go-v2",
    summary: "Standard.IsErrorRetryable (DefaultRetryables behind an optional AddWithErrorCodes), IsErrorThrottles "
      + "and IsErrorTimeouts on an error, with its Error() text.",
    params: [
      WireField(
        "error", .nullable(.goV2Error), required: true, "The Go error tree (go-v2 types); null is a nil error."),
      WireField("newRetries2026", .bool, "The flag; classification does not depend on it."),
      WireField("retryables", .array(.string), "Codes of an AddWithErrorCodes wrapper."),
      WireField("throttles", .array(.string), "Codes of a ThrottleErrorCode added to Throttles."),
      explainField,
    ],
    result: .object([
      WireField("errorText", .nullable(.panicOr(.string)), "err.Error(), or null for a nil error."),
      WireField("retryable", .panicOr(.bool), "retryer.IsErrorRetryable(err)."),
      WireField("throttle", .oneOf(["true", "false", "unknown"]), "IsErrorThrottles(Throttles).IsErrorThrottle(err)."),
      WireField(
        "timeout", .oneOf(["true", "false", "unknown"]), "IsErrorTimeouts(DefaultTimeouts).IsErrorTimeout(err)."),
      WireField("decidedBy", .nullable(.string), "The check of the chain that decided (none: every one was Unknown)."),
      WireField("explain", .any, "With explain: the rules behind each answer."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (error, classifier) = try reader.decode { (fields) throws(InvalidValue) in
      _ = try fields.optional("newRetries2026", Wire.bool)
      let error = try fields.required("error") { (json) throws(InvalidValue) in
        try GoV2Wire.goError(json, depthLimit: context.limits.maxErrorChainDepth)
      }
      return (
        error,
        GoV2Classifier(
          wrapperRetryableCodes: try fields.optional("retryables", GoV2Wire.codes),
          extraThrottleCodes: try fields.optional("throttles", GoV2Wire.codes) ?? [])
      )
    }
    let traces = NamedTraces(explain: reader.explain, context: context)
    var result = JSONObject()
    result.append("errorText", GoV1Methods.errorText(error))
    do throws(GoPanic) {
      let answer = try classifier.isErrorRetryable(error, trace: traces.trace("retryable"))
      result.append("retryable", .bool(answer.retryable))
      result.append("decidedBy", .string(answer.decidedBy.rawValue))
    } catch {
      result.append("retryable", GoV1Methods.panicJSON(error))
      result.append("decidedBy", .null)
    }
    result.append("throttle", .string(classifier.isErrorThrottle(error, trace: traces.trace("throttle")).rawValue))
    result.append("timeout", .string(classifier.isErrorTimeout(error, trace: traces.trace("timeout")).rawValue))
    if let explain = traces.json { result.append("explain", explain) }
    return .object(result)
  }

  /// `go.v2.backoff`: `ExponentialJitterBackoff.BackoffDelay` as `NewStandard` builds it.
  public static let backoff = MethodDefinition(
    name: "go.v2.backoff", profile: "go-v2",
    summary: "ExponentialJitterBackoff.BackoffDelay(attempt, err) as NewStandard builds it in the chosen mode.",
    params: [
      WireField(
        "attempt", .int, required: true,
        "The argument as the middleware passes it (legacy 1-based, 2026 0-based); >= 0."),
      WireField("error", .goV2Error, "The error (2026: a throttle code selects the 1 s base); absent or null is nil."),
      WireField("maxBackoffNs", .int64, "StandardOptions.MaxBackoff (default 20 s)."),
      WireField("baseDelayNs", .int64, "StandardOptions.BaseDelay (2026; 0 means 50 ms)."),
      WireField("newRetries2026", .bool, "The flag while NewStandard runs: the 2026 formula."),
      WireField("throttles", .array(.string), "Codes of a ThrottleErrorCode added to Throttles."),
      WireField("random", .array(.int64), required: true, "The 53-bit integers k the 7-byte draws yield, in order."),
      explainField,
    ],
    result: .object([
      WireField("delayNs", .int64, "The delay."),
      WireField("draws", .int, "How many draws it made."),
      WireField("explain", .any, "With explain: the rules behind the answer."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (question, random) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try backoffQuestion(fields, depthLimit: context.limits.maxErrorChainDepth),
        try fields.required("random", GoV2Wire.random)
      )
    }
    let (attempt, error, backoff) = question
    let trace = context.trace(if: reader.explain)
    var rand = GoCryptoRand(random)
    let delay: Int64
    do throws(GoFault) {
      delay = try backoff.delay(attempt: attempt, error: error, rand: &rand, trace: trace)
    } catch {
      switch error {
      case .randomExhausted(let exhausted): throw .randomExhausted(available: exhausted.available)
      case .panic(let panic): return GoV1Methods.panicJSON(panic)
      }
    }
    var result = JSONObject()
    result.append("delayNs", Encode.int64(delay))
    result.append("draws", Encode.int(rand.draws))
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  /// The question of `go.v2.backoff` without its draws: the argument, the error and the backoff `NewStandard`
  /// builds (also read by `conform ask` for the delay range over every draw).
  public static func backoffQuestion(_ fields: WireObject, depthLimit: Int) throws(InvalidValue) -> (
    attempt: Int, error: GoError?, backoff: GoV2Backoff
  ) {
    let attempt = try fields.required("attempt", Wire.int)
    guard attempt >= 0 else {
      throw InvalidValue("the middleware never passes a negative attempt").inside(.key("attempt"))
    }
    let error =
      try fields.optional("error") { (json) throws(InvalidValue) in
        try GoV2Wire.goError(json, depthLimit: depthLimit)
      } ?? nil
    var config = GoV2RetryerConfig(
      newRetries2026AtConstruction: try fields.optional("newRetries2026", Wire.bool) ?? false)
    config.maxBackoff = try fields.optional("maxBackoffNs", Wire.int64)
    config.baseDelay = try fields.optional("baseDelayNs", Wire.int64)
    config.classifier = GoV2Classifier(extraThrottleCodes: try fields.optional("throttles", GoV2Wire.codes) ?? [])
    return (attempt, error, GoV2StandardRetryer(config).backoff)
  }

  /// `go.v2.session`: calls through one retryer and the retry middleware, on a virtual clock.
  public static let session = MethodDefinition(
    name: "go.v2.session", profile: "go-v2",
    summary: "Calls through one Standard or adaptive retryer (shared retry quota and rate limiter) and the Attempt "
      + "retry middleware, each over a list of attempt outcomes, on a virtual clock.",
    params: [
      WireField(
        "retryer", .object(GoV2Wire.retryerFields), required: true,
        "The retryer: kind, newRetries2026 and the StandardOptions set."),
      WireField(
        "calls", .array(.object(GoV2Wire.callFields)), required: true,
        "The calls, in order: attempts, longPoll, clock, ..."),
      WireField("random", .array(.int64), "The 53-bit integers k the 7-byte draws yield, in order."),
      WireField(
        "clock", .object(GoV2Wire.clockFields), "{startNs}: the virtual clock when the retryer is built (default 0)."),
      explainField,
    ],
    result: .object([
      WireField(
        "calls",
        .array(
          .object([
            WireField("outcome", .oneOf(outcomes), "How the call ended."),
            WireField("errorText", .nullable(.string), "The error the caller sees; null on success."),
            WireField("clockNs", .int64, "The virtual clock when the call returned."),
            WireField(
              "attempts",
              .array(
                .object([
                  WireField("attempt", .int, "attemptNum."),
                  WireField("outcome", .oneOf(outcomes), "retry_request, or the call's outcome."),
                  WireField("errorText", .nullable(.string), "The error the middleware classified."),
                  WireField("retryable", .nullable(.bool), "IsErrorRetryable, null when not asked."),
                  WireField("retryCost", .nullable(.int), "The retry token's cost, when one was requested."),
                  WireField("delayNs", .nullable(.int64), "The sleep after the attempt."),
                  WireField("draws", .int, "Backoff draws this attempt made."),
                  WireField("quotaBefore", .nullable(.int), "The retry quota before the attempt."),
                  WireField("quotaAfter", .nullable(.int), "The retry quota after it."),
                  WireField("clockSkewWrapped", .bool, "Whether the error became a retryableClockSkewError."),
                  WireField("sendTokenWaitNs", .int64, "Adaptive: how far the attempt token's waits moved the clock."),
                  WireField("limiter", .object(limiterFields), "Adaptive: the rate limiter after the attempt."),
                ])), "Every attempt."),
          ])), "One result per call."),
      WireField(
        "state",
        .object([
          WireField("quota", .nullable(.int), "The retry quota (null for ratelimit.None)."),
          WireField("clientSkewNs", .int64, "The client's stored clock skew."),
          WireField("clockNs", .int64, "The virtual clock."),
          WireField("draws", .int, "Draws made in the session."),
        ]), "The retryer's and client's state at the end."),
      WireField("explain", .any, "With explain: the rules, in order."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let depth = context.limits.maxErrorChainDepth
    let (retryer, calls, random, start) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try fields.required("retryer", GoV2Wire.retryer),
        try fields.required("calls") { (json) throws(InvalidValue) in try GoV2Wire.calls(json, depthLimit: depth) },
        try fields.optional("random", GoV2Wire.random) ?? [],
        try fields.optional("clock", GoV2Wire.clock) ?? 0
      )
    }
    let trace = context.trace(if: reader.explain)
    var session = GoV2Session(
      config: retryer.config, newRetries2026: retryer.newRetries2026, random: random, startNs: start)
    var results: [JSON] = []
    for call in calls {
      do throws(GoV2SessionFault) {
        results.append(callJSON(try session.run(call, trace: trace)))
      } catch {
        switch error {
        case .randomExhausted(let exhausted): throw .randomExhausted(available: exhausted.available)
        case .maxSleeps(let limit):
          throw .limitExceeded("maxSleeps", value: limit, "one call slept more often than allowed")
        }
      }
    }
    var result = JSONObject()
    result.append("calls", .array(results))
    result.append(
      "state",
      Encode.object([
        "clientSkewNs": Encode.int64(session.clientSkew), "clockNs": Encode.int64(session.clock),
        "draws": Encode.int(session.rand.draws), "quota": uintJSON(session.retryer.rateLimiter.remaining),
      ]))
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  static let outcomes = [
    "success", "retry_request", "fail_request", "max_attempts_exceeded", "retry_quota_exceeded", "canceled",
    "send_token_failed",
  ]

  /// The adaptive rate limiter's state: its doubles compared by bit pattern.
  static let limiterFields = [
    WireField("enabled", .bool, "tokenBucketEnabled."),
    WireField("fillRate", .jsValue, "fillRate."),
    WireField("calculatedRate", .jsValue, "calculatedRate."),
    WireField("measuredTxRate", .jsValue, "measuredTxRate."),
    WireField("lastTxRateBucket", .jsValue, "lastTxRateBucket, seconds."),
    WireField("requestCount", .int64, "requestCount."),
    WireField("lastMaxRate", .jsValue, "lastMaxRate."),
    WireField("timeWindow", .jsValue, "timeWindow."),
    WireField("lastThrottleTimeNs", .int64, "lastThrottleTime, Unix ns."),
    WireField("lastRefilledNs", .nullable(.int64), "lastRefilled, Unix ns; null while zero."),
    WireField("tokens", .jsValue, "The token bucket's remainingTokens."),
    WireField("capacity", .jsValue, "The token bucket's maxCapacity."),
  ]

  /// A Go float64, by bit pattern where a JSON number cannot carry it (the js-v2 number encoding).
  static func double(_ value: Double) -> JSON { JSEncode.value(.number(value)) }

  /// The adaptive rate limiter's wire form.
  static func limiterJSON(_ limiter: GoV2AdaptiveRateLimit) -> JSON {
    Encode.object([
      "calculatedRate": double(limiter.calculatedRate), "capacity": double(limiter.capacity),
      "enabled": .bool(limiter.enabled), "fillRate": double(limiter.fillRate),
      "lastMaxRate": double(limiter.lastMaxRate),
      "lastRefilledNs": limiter.lastRefilledNs.map(Encode.int64) ?? .null,
      "lastThrottleTimeNs": Encode.int64(limiter.lastThrottleTimeNs),
      "lastTxRateBucket": double(limiter.lastTxRateBucket),
      "measuredTxRate": double(limiter.measuredTxRate),
      "requestCount": Encode.int64(limiter.requestCount), "timeWindow": double(limiter.timeWindow),
      "tokens": double(limiter.tokens),
    ])
  }

  static func uintJSON(_ value: UInt64?) -> JSON {
    guard let value else { return .null }
    return .number(JSONNumber(Int64(bitPattern: value)))
  }

  static func callJSON(_ call: GoV2CallResult) -> JSON {
    Encode.object([
      "attempts": .array(
        call.attempts.map { record in
          var object = JSONObject()
          object.append("attempt", Encode.int(record.attempt))
          object.append("outcome", .string(record.outcome.rawValue))
          object.append("errorText", Encode.string(record.errorText))
          object.append("retryable", record.retryable.map(JSON.bool) ?? .null)
          object.append("retryCost", uintJSON(record.retryCost))
          object.append("delayNs", record.delay.map(Encode.int64) ?? .null)
          object.append("draws", Encode.int(record.draws))
          object.append("quotaBefore", uintJSON(record.quotaBefore))
          object.append("quotaAfter", uintJSON(record.quotaAfter))
          object.append("clockSkewWrapped", .bool(record.clockSkewWrapped))
          if let wait = record.sendTokenWaitNs { object.append("sendTokenWaitNs", Encode.int64(wait)) }
          if let limiter = record.limiter { object.append("limiter", limiterJSON(limiter)) }
          return .object(object)
        }),
      "clockNs": Encode.int64(call.clockNs), "errorText": Encode.string(call.errorText),
      "outcome": .string(call.outcome.rawValue),
    ])
  }
}
