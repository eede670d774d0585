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
public import JSV2Retry
import JSValueModel
import RetryCore

/// The methods of the `js-v2` profile (`spec/js-v2.md`).
public enum JSV2Methods {
  /// `js.v2.calculateRetryDelay`, `js.v2.classify`, `js.v2.simulate`, `js.v2.handleRequestWithRetries`.
  public static let all: [MethodDefinition] = [calculateRetryDelay, classify, simulate, handleRequestWithRetries]

  /// The services `js.v2.simulate` runs: the JSON-protocol clients.
  public static let simulatedServices: [JSService] = [.generic, .dynamodb, .rdsdataservice]

  static let backoffCallsType = WireType.array(
    .object([
      WireField("retryCount", .jsValue, "The retryCount argument."),
      WireField("errorCode", .jsValue, "err.code of the err argument, or null when none was passed."),
    ]))

  static let callResultType = WireType.object([
    WireField(
      "final",
      .nullable(
        .object([
          WireField("code", .jsValue, "err.code."),
          WireField("statusCode", .jsValue, "err.statusCode."),
          WireField("retryable", .jsValue, "err.retryable."),
          WireField("retryDelay", .jsValue, "err.retryDelay."),
        ])), "null on success, else the final error."),
    WireField("retryCount", .int, "response.retryCount."),
    WireField("redirectCount", .int, "response.redirectCount."),
    WireField("maxRetries", .jsValue, "response.maxRetries."),
    WireField("attempts", .int, "HTTP attempts made."),
    WireField("draws", .int, "Math.random() values consumed."),
    WireField("delays", .array(.jsValue), "The values handed to setTimeout between attempts."),
    WireField("backoffCalls", backoffCallsType, "Every customBackoff call."),
    WireField("explain", .any, "With explain: the listeners and predicates, in order."),
  ])

  static let attemptsField = WireField(
    "attempts", .array(JSWire.attemptType), required: true,
    "One per HTTP attempt: {status, headers?, errorCode?, message?} or {networkError: {code, message?, errno?}}; "
      + "the last one repeats.")
  static let randomField = WireField("random", .array(.jsValue), "The values Math.random() returns, in order.")

  /// `js.v2.calculateRetryDelay`.
  public static let calculateRetryDelay = MethodDefinition(
    name: "js.v2.calculateRetryDelay", profile: "js-v2",
    summary: "AWS.util.calculateRetryDelay(retryCount, retryDelayOptions, err) with injected Math.random() draws.",
    params: [
      WireField("retryCount", .jsValue, "The retryCount argument (undefined when absent)."),
      WireField("retryDelayOptions", JSWire.retryDelayOptionsType, "A JS value or {base?, customBackoff?}."),
      WireField(
        "error", .nullable(.object(JSWire.errorObjectFields)),
        "The err argument, {code, ...}; absent or null passes none."),
      randomField, explainField,
    ],
    result: .object([
      WireField("delay", .jsValue, "The returned delay."),
      WireField("draws", .int, "Math.random() values consumed."),
      WireField("backoffCalls", backoffCallsType, "Every customBackoff call."),
      WireField("explain", .any, "With explain: the rule that decided."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (retryCount, options, errorCode, random) = try reader.decode { (fields) throws(InvalidValue) in
      let error = try fields.optional("error", JSWire.errorObject)
      return (
        try fields.present("retryCount", JSWire.value) ?? .undefined,
        try fields.present("retryDelayOptions", JSWire.retryDelayOptions) ?? .value(.undefined),
        error?.code ?? .null,
        try fields.optional("random", JSWire.random) ?? []
      )
    }
    let trace = context.trace(if: reader.explain)
    var runtime = JSRuntime(random: random)
    let delay: JSValue
    do throws(RandomExhausted) {
      delay = try JSCalculateRetryDelay.delay(
        retryCount: retryCount, options: options, errorCode: errorCode, runtime: &runtime, trace: trace)
    } catch {
      throw .randomExhausted(available: error.available)
    }
    var result = JSONObject()
    result.append("delay", JSEncode.value(delay))
    result.append("draws", Encode.int(runtime.draws))
    result.append("backoffCalls", JSEncode.backoffCalls(runtime.backoffCalls))
    if let trace { result.append("explain", ExplainEncoding.steps(trace.steps)) }
    return .object(result)
  }

  /// `js.v2.classify`.
  public static let classify = MethodDefinition(
    name: "js.v2.classify", profile: "js-v2",
    summary: "The AWS.Service predicates of a service client for one error object.",
    params: [
      WireField("service", .oneOf(JSService.allCases.map(\.rawValue)), required: true, "The service client."),
      WireField(
        "error", .object(JSWire.errorObjectFields), required: true,
        "The error object: code, statusCode, message (S3: is200Error, region)."),
      WireField("request", .object(JSWire.s3RequestFields), "S3 only: {operation?, region?, regionForBucketCached?}."),
      explainField,
    ],
    result: .object(
      [
        "retryableError", "networkingError", "timeoutError", "expiredCredentialsError", "clockSkewError",
        "throttledError",
      ]
      .map { WireField($0, .throwOr(.bool), "service.\($0)(error).") }
        + [WireField("explain", .any, "With explain: the rules behind retryableError.")])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (service, error, s3Request) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try fields.required("service") { (json) throws(InvalidValue) in
          try JSWire.service(json, allowed: JSService.allCases)
        },
        try fields.required("error", JSWire.errorObject),
        try fields.optional("request", JSWire.s3Request) ?? JSService.S3Request()
      )
    }
    let trace = context.trace(if: reader.explain)
    var result = JSONObject()
    do throws(JSThrow) {
      result.append("retryableError", .bool(try service.retryableError(error, s3Request: s3Request, trace: trace)))
    } catch {
      result.append("retryableError", Encode.object(["throw": .string(error.description)]))
    }
    result.append("networkingError", .bool(service.networkingError(error)))
    result.append("timeoutError", .bool(service.timeoutError(error)))
    result.append("expiredCredentialsError", .bool(service.expiredCredentialsError(error)))
    result.append("clockSkewError", .bool(service.clockSkewError(error)))
    result.append("throttledError", .bool(service.throttledError(error)))
    if let trace { result.append("explain", Encode.object(["retryableError": ExplainEncoding.steps(trace.steps)])) }
    return .object(result)
  }

  /// `js.v2.simulate`.
  public static let simulate = MethodDefinition(
    name: "js.v2.simulate", profile: "js-v2",
    summary: "A service call through the SDK's retry listener chain, with the transport replaced by the attempts.",
    params: [
      WireField(
        "service", .oneOf(simulatedServices.map(\.rawValue)), required: true, "A JSON-protocol service client."),
      WireField(
        "config", .object(JSWire.configFields), "{maxRetries?, maxRedirects?, retryDelayOptions?, correctClockSkew?}."),
      attemptsField, randomField, explainField,
    ],
    result: callResultType
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (service, config, attempts, random) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try fields.required("service") { (json) throws(InvalidValue) in
          try JSWire.service(json, allowed: simulatedServices)
        },
        try fields.optional("config", JSWire.config) ?? JSServiceConfig(),
        try attemptsList(fields),
        try fields.optional("random", JSWire.random) ?? []
      )
    }
    let trace = context.trace(if: reader.explain)
    return try callResult(trace: trace, limit: context.limits.maxAttempts) { () throws(JSSimulationFailure) in
      try JSServiceCall.run(
        service: service, config: config, attempts: attempts, random: random,
        attemptLimit: context.limits.maxAttempts, trace: trace)
    }
  }

  /// `js.v2.handleRequestWithRetries`.
  public static let handleRequestWithRetries = MethodDefinition(
    name: "js.v2.handleRequestWithRetries", profile: "js-v2",
    summary: "AWS.util.handleRequestWithRetries, the instance-metadata and container-credentials path.",
    params: [
      WireField(
        "options", .nullable(.object(JSWire.metadataOptionsFields)),
        "{maxRetries?, retryDelayOptions?}; absent or null: the SDK's `if (!options) options = {}` (util.js:899)."),
      attemptsField, randomField, explainField,
    ],
    result: callResultType
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let (options, attempts, random) = try reader.decode { (fields) throws(InvalidValue) in
      (
        try fields.optional("options", metadataOptions) ?? JSMetadataRequest.Options(),
        try attemptsList(fields),
        try fields.optional("random", JSWire.random) ?? []
      )
    }
    let trace = context.trace(if: reader.explain)
    return try callResult(trace: trace, limit: context.limits.maxAttempts) { () throws(JSSimulationFailure) in
      try JSMetadataRequest.run(
        options: options, attempts: attempts, random: random, attemptLimit: context.limits.maxAttempts, trace: trace)
    }
  }

  /// The `attempts` member of the call methods.
  public static func attemptsList(_ fields: WireObject) throws(InvalidValue) -> [JSAttempt] {
    try fields.required("attempts") { (json) throws(InvalidValue) in try Wire.nonEmptyArray(json, JSWire.attempt) }
  }

  /// The `options` member of `js.v2.handleRequestWithRetries`.
  public static func metadataOptions(_ json: JSON) throws(InvalidValue) -> JSMetadataRequest.Options {
    let fields = try WireObject(json)
    return JSMetadataRequest.Options(
      maxRetries: try fields.present("maxRetries", JSWire.value) ?? .undefined,
      retryDelayOptions: try fields.present("retryDelayOptions", JSWire.retryDelayOptions) ?? .value(.undefined))
  }

  static func callResult(
    trace: Trace?, limit: Int, _ run: () throws(JSSimulationFailure) -> JSCallResult
  ) throws(ResponseError) -> JSON {
    let outcome: JSCallResult
    do throws(JSSimulationFailure) {
      outcome = try run()
    } catch {
      switch error {
      case .randomExhausted(let available): throw .randomExhausted(available: available)
      case .attemptLimit(let limit):
        throw .limitExceeded("maxAttempts", value: limit, "the call made more attempts than allowed")
      }
    }
    let encoded = JSEncode.callResult(outcome)
    guard let trace, case .object(var object) = encoded else { return encoded }
    object.append("explain", ExplainEncoding.steps(trace.steps))
    return .object(object)
  }
}
