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
import JSV3Retry
import JSValueModel
import RetryCore

/// The methods of the `js-v3` profile (`spec/js-v3.md`).
public enum JSV3Methods {
  /// `js.v3.classify`, `js.v3.backoff`, `js.v3.session`.
  public static let all: [MethodDefinition] = [classify, backoff, session]

  static let errorField = WireField(
    "error", .jsV3Error, required: true,
    "{name?, message?, code?, isTypeError?, $metadata?: {httpStatusCode?, clockSkewCorrected?}, "
      + "$retryable?: {throttling?}, cause?, $response?: {statusCode?, headers?: [[name, value], ...]}}.")
  static let randomField = WireField("random", .array(.jsValue), "The values Math.random() returns, in order.")
  static let errorTypes = JSV3ErrorType.allCases.map(\.rawValue)

  /// `js.v3.classify`.
  public static let classify = MethodDefinition(
    name: "js.v3.classify", profile: "js-v3",
    summary: "The service-error-classification predicates and the retry middleware's error type for one error.",
    params: [
      errorField,
      WireField(
        "clock", .object(JSV3Wire.clockFields),
        "{startMs}: with it, the retry hint parseRetryAfterHeader reads at that instant."),
      explainField,
    ],
    result: .object(
      [WireField("errorType", .throwOr(.oneOf(errorTypes)), "getRetryErrorType(error), or what it throws.")]
        + ["isThrottlingError", "isClockSkewError", "isRetryableByTrait", "isBrowserNetworkError"].map {
          WireField($0, .bool, "\($0)(error).")
        }
        + ["isTransientError", "isServerError", "isNodeJsHttp2TransientError"].map {
          WireField($0, .throwOr(.bool), "\($0)(error), or what it throws.")
        }
        + [
          WireField("isClockSkewCorrectedError", .jsValue, "error.$metadata?.clockSkewCorrected."),
          WireField("retryAfterHint", .nullable(.jsValue), "With clock: the hint's time value, null for none."),
          WireField("explain", .any, "With explain: the rule that decided the error type."),
        ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (error, now) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try fields.required("error") { (json) throws(InvalidValue) in
          try JSV3Wire.error(json, depthLimit: context.limits.maxErrorChainDepth)
        },
        try fields.optional("clock", JSV3Wire.clock)
      )
    }
    let trace = context.trace(if: reader.explain)
    var result = JSONObject()
    result.append(
      "errorType",
      orThrow { () throws(JSThrow) in .string(try ErrorClassification.errorType(error, trace: trace).rawValue) })
    result.append("isThrottlingError", .bool(ErrorClassification.isThrottlingError(error)))
    result.append(
      "isTransientError", orThrow { () throws(JSThrow) in .bool(try ErrorClassification.isTransientError(error)) })
    result.append(
      "isServerError", orThrow { () throws(JSThrow) in .bool(try ErrorClassification.isServerError(error)) })
    result.append("isClockSkewError", .bool(ErrorClassification.isClockSkewError(error)))
    result.append("isClockSkewCorrectedError", JSEncode.value(ErrorClassification.isClockSkewCorrectedError(error)))
    result.append("isRetryableByTrait", .bool(ErrorClassification.isRetryableByTrait(error)))
    result.append("isBrowserNetworkError", .bool(ErrorClassification.isBrowserNetworkError(error)))
    result.append(
      "isNodeJsHttp2TransientError",
      orThrow { () throws(JSThrow) in .bool(try ErrorClassification.isNodeJsHttp2TransientError(error)) })
    if let now {
      let hint = RetryAfterHint.hint(error.response, now: now, trace: trace)
      result.append("retryAfterHint", hint.map { JSEncode.value(.number($0)) } ?? .null)
    }
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  /// A predicate's answer, or `{"throw": "TypeError: <V8's message>"}` when it throws.
  static func orThrow(_ body: () throws(JSThrow) -> JSON) -> JSON {
    do throws(JSThrow) {
      return try body()
    } catch {
      return Encode.object(["throw": .string(error.description)])
    }
  }

  /// `js.v3.backoff`.
  public static let backoff = MethodDefinition(
    name: "js.v3.backoff", profile: "js-v3",
    summary: "new DefaultRetryBackoffStrategy() (base Retry.delay()), setDelayBase(baseDelay) when given, then "
      + "computeNextBackoffDelay(retryCount).",
    params: [
      WireField("retryCount", .jsValue, required: true, "The argument i (a number)."),
      WireField("baseDelay", .jsValue, "setDelayBase's argument (a number)."),
      WireField("v2026", .bool, "Retry.v2026 at construction."),
      randomField, explainField,
    ],
    result: .object([
      WireField("delay", .jsValue, "The returned delay."),
      WireField("draws", .int, "Math.random() values consumed."),
      WireField("explain", .any, "With explain: the computation."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (question, random) = try reader.decode { (fields) throws(InvalidValue) in
      (try backoffQuestion(fields), try fields.optional("random", JSWire.random) ?? [])
    }
    let (retryCount, base) = question
    let trace = context.trace(if: reader.explain)
    var stream = DrawStream(random)
    let b: Double
    do throws(RandomExhausted) {
      b = try stream.next()
    } catch {
      throw .randomExhausted(available: error.available)
    }
    let delay = BackoffDelay.compute(base: base, retryCount: retryCount, random: b)
    trace?.record(
      "js.v3.backoff", SourceLocation("retry/util-retry/DefaultRetryBackoffStrategy.ts", 20),
      "floor(b * min(x * 2 ** i, 20000)) = \(JSNumerics.numberToString(delay))")
    var result = JSONObject()
    result.append("delay", JSEncode.value(.number(delay)))
    result.append("draws", Encode.int(stream.consumed))
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  /// The question of `js.v3.backoff` without its draws: `retryCount` and the delay base (`setDelayBase`'s
  /// argument, or `Retry.delay()` at construction); also read by `conform ask` for the range over every draw.
  public static func backoffQuestion(_ fields: WireObject) throws(InvalidValue) -> (retryCount: Double, base: Double) {
    let retryCount = try fields.required("retryCount", JSWire.number)
    let baseDelay = try fields.optional("baseDelay", JSWire.number)
    let v2026 = try fields.optional("v2026", Wire.bool) ?? false
    return (retryCount, baseDelay ?? RetryFlag.delay(v2026: v2026))
  }

  static let attemptType = WireType.object([
    WireField("attempt", .int, "The 1-based attempt number."),
    WireField(
      "outcome",
      .oneOf([
        "success", "retry_request", "fail_request", "max_attempts_exceeded", "retry_quota_exceeded", "streaming_body",
        "classifier_threw",
      ]), "What the middleware and the strategy decided."),
    WireField("errorType", .oneOf(errorTypes), "When the strategy was asked: the error type it was given."),
    WireField("retryAfterHint", .nullable(.jsValue), "When the strategy was asked: the hint's time value or null."),
    WireField("retryCode", .int, "When the strategy was asked: 0 retry, 1 not retryable, 2 attempts, 3 capacity."),
    WireField("delay", .nullable(.jsValue), "The strategy's setTimeout argument, null when it did not sleep."),
    WireField("draws", .int, "Math.random() values consumed."),
    WireField("capacityBefore", .jsValue, "The retry quota before (not for the deprecated strategies)."),
    WireField("capacityAfter", .jsValue, "The retry quota after (not for the deprecated strategies)."),
    WireField("limiter", limiterType, "Adaptive only: the DefaultRateLimiter's fields after this attempt."),
    WireField(
      "request",
      .object([
        WireField("amz-sdk-request", .string, "The amz-sdk-request header next(args) saw."),
        WireField("invocationId", .int, "The amz-sdk-invocation-id it saw, as 1 for the first UUID, 2 for the next."),
      ]), "With requestHeaders: the retry headers of this attempt's request ({} when omitted)."),
  ])

  static let limiterType = WireType.object(
    [WireField("enabled", .bool, "enabled.")]
      + [
        "availableTokens", "lastMaxRate", "measuredTxRate", "requestCount", "fillRate", "maxCapacity", "lastTimestamp",
        "timeWindow", "lastThrottleTime", "lastTxRateBucket",
      ].map { WireField($0, .jsValue, "\($0), exactly.") })

  /// `js.v3.session`.
  public static let session = MethodDefinition(
    name: "js.v3.session", profile: "js-v3",
    summary: "A retry strategy and the calls made through it by the retry middleware, on a virtual clock.",
    params: [
      WireField(
        "strategy", .object(JSV3Wire.strategyFields), required: true,
        "{kind: standard|configured|adaptive|deprecated-standard|deprecated-adaptive, maxAttempts?, baseDelay?, delays?, v2026?, v2026AtConstruction?, service?, "
          + "initialCapacity?, construct?: client|direct}."),
      WireField(
        "calls", .array(.object(JSV3Wire.callFields)), required: true,
        "[{attempts: [{success: true} | {error}, latencyMs?], operation?, clock?, v2026?, longPoll?, "
          + "streamingBody?}]."),
      WireField(
        "clock", .object(JSV3Wire.clockFields), required: true, "{startMs}: Date.now() at the session's start."),
      WireField(
        "requestHeaders", .bool,
        "Report each attempt's request headers (default false): amz-sdk-request and the invocation id's ordinal."),
      WireField(
        "omitRetryHeaders", .bool, "The client has the omitRetryHeaders plugin, which removes both (default false)."),
      randomField, explainField,
    ],
    result: .object([
      WireField(
        "calls",
        .array(
          .object([
            WireField("outcome", .string, "The last attempt's outcome."),
            WireField("attempts", .array(attemptType), "Every attempt."),
            WireField(
              "metadata",
              .nullable(
                .object([
                  WireField("attempts", .jsValue, "$metadata.attempts."),
                  WireField("totalRetryDelay", .jsValue, "$metadata.totalRetryDelay."),
                ])), "What the middleware set on the output or the thrown error, or null."),
            WireField(
              "thrown",
              .nullable(
                .object([
                  WireField("name", .jsValue, "error.name."), WireField("message", .jsValue, "error.message."),
                ])), "The error the call rejects with, or null."),
            WireField("endMs", .jsValue, "Date.now() when the call returned."),
          ])), "One per call."),
      WireField(
        "strategy",
        .object([
          WireField("capacity", .jsValue, "The retry quota (not for the deprecated strategies)."),
          WireField("v2026", .bool, "Retry.v2026."),
          WireField("clockMs", .jsValue, "Date.now()."),
          WireField("draws", .int, "Math.random() values consumed in all."),
          WireField("limiter", limiterType, "Adaptive only: the rate limiter."),
        ]), "The state at the end."),
      WireField("explain", .any, "With explain: the rules, in order."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let depth = context.limits.maxErrorChainDepth
    let (options, calls, startMs, random, reportHeaders, omitHeaders) = try reader.decode {
      (fields) throws(InvalidValue) in
      (
        try fields.required("strategy", JSV3Wire.strategy),
        try fields.required("calls") { (json) throws(InvalidValue) in
          try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in try JSV3Wire.call(json, depthLimit: depth) }
        },
        try fields.required("clock", JSV3Wire.clock),
        try fields.optional("random", JSWire.random) ?? [],
        try fields.optional("requestHeaders", Wire.bool) ?? false,
        try fields.optional("omitRetryHeaders", Wire.bool) ?? false
      )
    }
    let trace = context.trace(if: reader.explain)
    var session = JSV3Session(options: options, startMs: startMs, random: random)
    let results: [JSV3CallResult]
    do throws(JSV3SessionFailure) {
      results = try session.run(calls, attemptLimit: context.limits.maxAttempts, trace: trace)
    } catch {
      switch error {
      case .randomExhausted(let available): throw .randomExhausted(available: available)
      case .attemptLimit(let limit):
        throw .limitExceeded("maxAttempts", value: limit, "a call made more attempts than allowed")
      case .sleepLimit(let limit):
        throw .limitExceeded("maxSleeps", value: limit, "a call slept more often than allowed")
      }
    }
    var result = JSONObject()
    let headers = reportHeaders ? JSV3Encode.RequestHeaders(session: session, omitted: omitHeaders) : nil
    result.append(
      "calls", .array(results.enumerated().map { JSV3Encode.call($1, index: $0, headers: headers) }))
    var state = JSONObject()
    if !options.kind.isDeprecated { state.append("capacity", JSEncode.value(.number(session.strategy.capacity))) }
    state.append("v2026", .bool(session.v2026))
    state.append("clockMs", JSEncode.value(.number(session.clock.now)))
    state.append("draws", Encode.int(session.random.consumed))
    if let limiter = session.limiter { state.append("limiter", JSV3Encode.limiter(limiter)) }
    result.append("strategy", .object(state))
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }
}
