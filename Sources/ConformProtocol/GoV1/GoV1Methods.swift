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
import GoErrorModel
import GoV1Retry
import RetryCore

/// The methods of the `go-v1` profile (`spec/go-v1.md`).
public enum GoV1Methods {
  /// `go.v1.classify`, `go.v1.evaluate`, `go.v1.simulate`.
  public static let all: [MethodDefinition] = [classify, evaluate, simulate]

  /// `go.v1.classify`: the package-level functions on an error alone.
  public static let classify = MethodDefinition(
    name: "go.v1.classify", profile: "go-v1",
    summary: "request.IsErrorRetryable, IsErrorThrottle and IsErrorExpiredCreds on an error, with its Error() text "
      + "and its Temporary()/Timeout() answers.",
    params: [
      WireField("error", .nullable(.goError), required: true, "The Go error tree; null is a nil error."), explainField,
    ],
    result: .object([
      WireField("errorText", .nullable(.panicOr(.string)), "err.Error(), or null for a nil error."),
      WireField("isErrorRetryable", .panicOr(.bool), "request.IsErrorRetryable(err)."),
      WireField("isErrorThrottle", .bool, "request.IsErrorThrottle(err)."),
      WireField("isErrorExpiredCreds", .bool, "request.IsErrorExpiredCreds(err)."),
      WireField("temporary", .nullable(.bool), "err.Temporary(), or null when the type has no such method."),
      WireField("timeout", .nullable(.bool), "err.Timeout(), or null when the type has no such method."),
      WireField("explain", .any, "With explain: the rules behind each answer."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let error = try reader.decode { (fields) throws(InvalidValue) in
      try fields.required("error") { (json) throws(InvalidValue) in
        try GoWire.goError(json, depthLimit: context.limits.maxErrorChainDepth)
      }
    }
    let traces = NamedTraces(explain: reader.explain, context: context)
    var result = JSONObject(capacity: 7)
    result.append("errorText", errorText(error))
    result.append(
      "isErrorRetryable",
      panicOr(
        { () throws(GoPanic) in try GoClassification.isErrorRetryable(error, trace: traces.trace("isErrorRetryable")) },
        JSON.bool))
    result.append(
      "isErrorThrottle", .bool(GoClassification.isErrorThrottle(error, trace: traces.trace("isErrorThrottle"))))
    result.append(
      "isErrorExpiredCreds",
      .bool(GoClassification.isErrorExpiredCreds(error, trace: traces.trace("isErrorExpiredCreds"))))
    result.append("temporary", error?.temporary.map(JSON.bool) ?? .null)
    result.append("timeout", error?.timeout.map(JSON.bool) ?? .null)
    if let explain = traces.json { result.append("explain", explain) }
    return .object(result)
  }

  /// `go.v1.evaluate`: the request methods and the retryer's methods, each on a fresh request.
  public static let evaluate = MethodDefinition(
    name: "go.v1.evaluate", profile: "go-v1",
    summary: "The *request.Request methods, the package functions, and the retryer's ShouldRetry, MaxRetries and "
      + "RetryRules for one request.",
    params: [
      WireField("request", .object(GoWire.requestFields), required: true, "The request."),
      WireField("retryer", .object(GoWire.retryerFields), required: true, "The retryer."),
      WireField("random", .array(.int64), "The values Source.Int63() returns, in order."),
      explainField,
    ],
    result: .object([
      WireField("errorText", .nullable(.panicOr(.string)), "r.Error.Error(), or null for a nil error."),
      WireField("isErrorRetryable", .panicOr(.bool), "r.IsErrorRetryable()."),
      WireField("isErrorThrottle", .panicOr(.bool), "r.IsErrorThrottle()."),
      WireField("isErrorExpired", .panicOr(.bool), "r.IsErrorExpired()."),
      WireField("fnIsErrorRetryable", .panicOr(.bool), "request.IsErrorRetryable(r.Error)."),
      WireField("fnIsErrorThrottle", .panicOr(.bool), "request.IsErrorThrottle(r.Error)."),
      WireField("fnIsErrorExpiredCreds", .panicOr(.bool), "request.IsErrorExpiredCreds(r.Error)."),
      WireField("shouldRetry", .panicOr(.bool), "retryer.ShouldRetry(r)."),
      WireField("maxRetries", .panicOr(.int), "retryer.MaxRetries()."),
      WireField(
        "retryRules",
        .panicOr(
          .object([
            WireField("delayNs", .int64, "The delay in nanoseconds."),
            WireField("draws", .int, "How many Int63() values it consumed."),
          ])), "retryer.RetryRules(r)."),
      WireField("explain", .any, "With explain: the rules behind each answer."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    // One member at a time, in this order (the first error is the one reported): no tuple of the three to copy.
    var request = try reader.decode { (fields) throws(InvalidValue) in
      try fields.required("request") { (json) throws(InvalidValue) in
        try GoWire.request(json, depthLimit: context.limits.maxErrorChainDepth)
      }
    }
    let retryer = try reader.decode { (fields) throws(InvalidValue) in try fields.required("retryer", GoWire.retryer) }
    let random = try reader.decode { (fields) throws(InvalidValue) in try fields.optional("random", GoWire.random) ?? []
    }
    let explain = reader.explain
    if !explain { request.precomputeClassification() }
    let traces = NamedTraces(explain: explain, context: context)
    let trace = traces.trace

    var rand = GoRand(random)
    let rules: JSON
    do throws(GoFault) {
      let delay = try retryer.retryRules(request, random: &rand, trace: trace("retryRules"))
      rules = Encode.object(["delayNs": Encode.int64(delay), "draws": Encode.int(rand.draws)])
    } catch {
      switch error {
      case .panic(let panic): rules = panicJSON(panic)
      case .randomExhausted(let exhausted): throw .randomExhausted(available: exhausted.available)
      }
    }
    let isErrorRetryable = panicOr(
      { () throws(GoPanic) in try request.isErrorRetryable(trace: trace("isErrorRetryable")) }, JSON.bool)
    let isErrorThrottle = JSON.bool(request.isErrorThrottle(trace: trace("isErrorThrottle")))
    let isErrorExpired = JSON.bool(request.isErrorExpired(trace: trace("isErrorExpired")))
    let shouldRetry = panicOr(
      { () throws(GoPanic) in try retryer.shouldRetry(request, trace: trace("shouldRetry")) }, JSON.bool)
    var result = JSONObject(capacity: 11)
    result.append("errorText", errorText(request.error))
    result.append("fnIsErrorExpiredCreds", .bool(GoClassification.isErrorExpiredCreds(request.error)))
    result.append("fnIsErrorRetryable", panicOr({ () throws(GoPanic) in try request.errorRetryable() }, JSON.bool))
    result.append("fnIsErrorThrottle", .bool(GoClassification.isErrorThrottle(request.error)))
    result.append("isErrorExpired", isErrorExpired)
    result.append("isErrorRetryable", isErrorRetryable)
    result.append("isErrorThrottle", isErrorThrottle)
    result.append("maxRetries", Encode.int(retryer.maxRetries))
    result.append("retryRules", rules)
    result.append("shouldRetry", shouldRetry)
    if let explained = traces.json { result.append("explain", explained) }
    return .object(result)
  }

  /// `go.v1.simulate`: the retry loop of `Request.Send`.
  public static let simulate = MethodDefinition(
    name: "go.v1.simulate", profile: "go-v1",
    summary: "Request.Send's retry loop with core.AfterRetryHandler over a list of attempt outcomes.",
    params: [
      WireField(
        "attempts", .array(.object(GoWire.attemptFields)), required: true,
        "One outcome per attempt; the last one repeats."),
      WireField(
        "retryer", .object(GoWire.retryerFields),
        "Config.Retryer; when present, maxRetries and the service defaults are ignored."),
      WireField(
        "maxRetries", .nullable(.int), "Config.MaxRetries; absent or null is nil; -1 means the service default."),
      WireField("service", .oneOf(GoClientConfig.Service.allCases.map(\.rawValue)), "The service (default generic)."),
      WireField("operation", .string, "The operation name (ec2 reads it)."),
      WireField("retryErrorCodes", .array(.string), "Extra r.RetryErrorCodes."),
      WireField("throttleErrorCodes", .array(.string), "Extra r.ThrottleErrorCodes."),
      WireField("enforceShouldRetryCheck", .bool, "Config.EnforceShouldRetryCheck."),
      WireField("random", .array(.int64), "The values Source.Int63() returns, in order."),
      explainField,
    ],
    result: .object([
      WireField("maxRetries", .int, "r.MaxRetries() of the retryer the request got."),
      WireField("retryCount", .int, "r.RetryCount when Send returned."),
      WireField("draws", .int, "Int63() values consumed."),
      WireField("delaysNs", .array(.int64), "The delays slept between attempts."),
      WireField(
        "attempts",
        .array(
          .object([
            WireField("errorText", .nullable(.panicOr(.string)), "The attempt's r.Error.Error(); null on success."),
            WireField("shouldRetryCalled", .bool, "Whether AfterRetryHandler consulted ShouldRetry."),
            WireField("retryable", .nullable(.bool), "r.Retryable as the attempt left it (null when never set)."),
            WireField("willRetry", .bool, "r.WillRetry()."),
            WireField("delayNs", .nullable(.int64), "RetryRules' delay when a retry follows."),
            WireField("draws", .int, "Int63() values this attempt's RetryRules consumed."),
            WireField("expireCredentials", .bool, "Whether Credentials.Expire() was called."),
          ])), "One record per attempt made."),
      WireField(
        "final",
        .nullable(
          .panicOr(
            .object([
              WireField("errorText", .panicOr(.string), "The returned error's text."),
              WireField("code", .nullable(.string), "Its top-level awserr code."),
            ]))), "null on success; the error Send returned; or the panic."),
      WireField("explain", .any, "With explain: the rules, in order."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let depth = context.limits.maxErrorChainDepth
    let (config, outcomes, random) = try reader.decode { (fields) throws(InvalidValue) in
      let outcomes = try fields.required("attempts") { (json) throws(InvalidValue) in
        try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in try GoWire.attempt(json, depthLimit: depth) }
      }
      return (try GoWire.clientConfig(fields), outcomes, try fields.optional("random", GoWire.random) ?? [])
    }
    let trace = context.trace(if: reader.explain)
    let loop: GoLoopResult
    do throws(GoRetryLoop.Failure) {
      loop = try GoRetryLoop.run(
        config: config, outcomes: outcomes, random: random, attemptLimit: context.limits.maxAttempts, trace: trace)
    } catch {
      switch error {
      case .randomExhausted(let exhausted): throw .randomExhausted(available: exhausted.available)
      case .attemptLimit(let limit):
        throw .limitExceeded("maxAttempts", value: limit.limit, "the retry loop made more attempts than allowed")
      }
    }
    var result = JSONObject()
    result.append("maxRetries", Encode.int(loop.maxRetries))
    result.append("retryCount", Encode.int(loop.retryCount))
    result.append("draws", Encode.int(loop.draws))
    result.append("delaysNs", .array(loop.delays.map(Encode.int64)))
    result.append("attempts", .array(loop.attempts.map(attemptJSON)))
    let final: JSON
    switch loop.end {
    case .success: final = .null
    case .failure(let text, let code):
      final = Encode.object(["code": Encode.string(code), "errorText": resultJSON(text)])
    case .panic(let panic): final = panicJSON(panic)
    }
    result.append("final", final)
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  /// One attempt record.
  static func attemptJSON(_ record: GoAttemptRecord) -> JSON {
    Encode.object([
      "delayNs": record.delay.map(Encode.int64) ?? .null, "draws": Encode.int(record.draws),
      "errorText": record.errorText.map(resultJSON) ?? .null, "expireCredentials": .bool(record.expireCredentials),
      "retryable": record.retryable.map(JSON.bool) ?? .null, "shouldRetryCalled": .bool(record.shouldRetryCalled),
      "willRetry": .bool(record.willRetry),
    ])
  }

  /// `err.Error()` for a possibly nil error: `null`, the text, or the panic.
  static func errorText(_ error: GoError?) -> JSON {
    guard let error else { return .null }
    return panicOr({ () throws(GoPanic) in try error.errorText() }, JSON.string)
  }

  /// The value, or `{"panic": ...}`.
  static func panicOr<T>(_ body: () throws(GoPanic) -> T, _ encode: (T) -> JSON) -> JSON {
    do {
      return encode(try body())
    } catch {
      return panicJSON(error)
    }
  }

  static func resultJSON(_ result: Result<String, GoPanic>) -> JSON {
    switch result {
    case .success(let text): .string(text)
    case .failure(let panic): panicJSON(panic)
    }
  }

  /// `{"panic": message}`, or `{"fatal": message}` for a Go runtime fatal error.
  static func panicJSON(_ panic: GoPanic) -> JSON {
    panic.isFatal ? Encode.object(["fatal": .string(panic.message)]) : Encode.object(["panic": .string(panic.message)])
  }
}
