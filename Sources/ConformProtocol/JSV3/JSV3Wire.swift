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
public import JSV3Retry
import JSValueModel

/// Decoders from the wire form of `spec/js-v3.md` to the JS v3 model. JS values use the js-v2 encoding.
public enum JSV3Wire {
  /// The members of an error object (`error` below reads each; `present` members take JS `null`).
  public static let errorFields = [
    WireField("name", .jsValue, "error.name (a JS value; absent is undefined)."),
    WireField("message", .jsValue, "error.message (a JS value; absent is the inherited \"\")."),
    WireField("code", .jsValue, "error.code (a JS value; absent is undefined)."),
    WireField("isTypeError", .bool, "The error is a TypeError (default false)."),
    WireField(
      "$metadata",
      .anyOf([
        .object([
          WireField("httpStatusCode", .jsValue, "$metadata.httpStatusCode (a JS value; absent is undefined)."),
          WireField("clockSkewCorrected", .bool, "$metadata.clockSkewCorrected."),
        ]), .jsValue,
      ]), "error.$metadata: an object, or a JS value that is not one."),
    WireField(
      "$retryable",
      .object([WireField("throttling", .jsValue, "$retryable.throttling (a JS value; absent is undefined).")]),
      "error.$retryable."),
    WireField("cause", .nullable(.jsV3Error), "error.cause: another error object, or null."),
    WireField("$response", .object(responseFields), "error.$response."),
  ]

  /// The members of `$response` (`response` below).
  static let responseFields = [
    WireField("statusCode", .jsValue, "$response.statusCode (a JS value; absent is undefined)."),
    WireField("headers", .array(.array(.string)), "$response.headers as [name, value] pairs in assignment order."),
  ]

  /// The members of a clock instant (`clock` below).
  public static let clockFields = [
    WireField("startMs", .jsValue, required: true, "Date.now(): whole milliseconds within ±8.64e15.")
  ]

  /// The members of a strategy (`strategy` below).
  public static let strategyFields = [
    WireField("kind", .oneOf(JSV3StrategyOptions.Kind.allCases.map(\.rawValue)), required: true, "The strategy."),
    WireField("maxAttempts", .jsValue, "maxAttempts (a number; required for configured)."),
    WireField("baseDelay", .jsValue, "The base delay (a number)."),
    WireField(
      "delays", .anyOf([.jsValue, .array(.jsValue)]),
      "configured only: a number, or a non-empty array of numbers, one per retry."),
    WireField("v2026", .bool, "Retry.v2026 during the calls (default false)."),
    WireField("v2026AtConstruction", .bool, "Retry.v2026 while the strategy is built (default: v2026)."),
    WireField("service", .string, "The client's service id."),
    WireField("initialCapacity", .jsValue, "The initial retry quota (a number)."),
    WireField(
      "construct", .oneOf(JSV3StrategyOptions.Construction.allCases.map(\.rawValue)),
      "How it is built (default client)."),
  ]

  /// The members of an attempt (`attempt` below).
  static let attemptFields = [
    WireField("success", .bool, "true: the attempt succeeded."),
    WireField("error", .jsV3Error, "The error the attempt throws."),
    WireField("latencyMs", .jsValue, "How long it takes: whole milliseconds in [0, 2147483647] (default 0)."),
  ]

  /// The members of a call (`call` below).
  public static let callFields = [
    WireField("attempts", .array(.object(attemptFields)), required: true, "The attempts, in order (non-empty)."),
    WireField("operation", .string, "The operation name."),
    WireField("clock", .object(clockFields), "{startMs}: Date.now() when the call starts."),
    WireField("v2026", .bool, "Retry.v2026 during this call."),
    WireField("longPoll", .bool, "A long-polling operation."),
    WireField("streamingBody", .bool, "The request has a streaming body (default false)."),
  ]

  /// An error object: `{name?, message?, code?, isTypeError?, $metadata?: {httpStatusCode?, clockSkewCorrected?} or
  /// a JS value, $retryable?: {throttling?}, cause?: an error object or null, $response?: {statusCode?, headers?:
  /// [[name, value], ...]}}`.
  public static func error(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> JSV3Error {
    guard depthLimit > 0 else { throw InvalidValue("cause chain deeper than the server's maxErrorChainDepth") }
    let fields = try WireObject(json)
    var error = JSV3Error(
      isTypeError: try fields.optional("isTypeError", Wire.bool) ?? false,
      name: try fields.present("name", JSWire.value),
      message: try fields.present("message", JSWire.value),
      code: try fields.present("code", JSWire.value) ?? .undefined)
    try fields.present("$metadata") { (json) throws(InvalidValue) in
      guard case .object(let members) = json, WireCanonical.markerKey(of: members, in: ["f64", "undefined"]) == nil
      else {
        error.primitiveMetadata = try JSWire.value(json)
        return
      }
      let metadata = try WireObject(json)
      error.metadata = JSV3Error.Metadata(
        httpStatusCode: try metadata.present("httpStatusCode", JSWire.value) ?? .undefined,
        clockSkewCorrected: try metadata.optional("clockSkewCorrected", Wire.bool))
    }
    error.retryable = try fields.optional("$retryable") { (json) throws(InvalidValue) in
      JSV3Error.RetryableTrait(throttling: try WireObject(json).present("throttling", JSWire.value) ?? .undefined)
    }
    error.response = try fields.optional("$response", response)
    error.causeIsNull = fields["cause"] == .null
    error.cause = try fields.optional("cause") { (json) throws(InvalidValue) in
      try self.error(json, depthLimit: depthLimit - 1)
    }
    return error
  }

  /// `$response`: `{statusCode?, headers?}`; headers are `[name, value]` string pairs in assignment order.
  static func response(_ json: JSON) throws(InvalidValue) -> JSV3Error.Response {
    let fields = try WireObject(json)
    let headers = try fields.optional("headers") { (json) throws(InvalidValue) in
      try Wire.array(json) { (pair) throws(InvalidValue) -> JSV3Error.Header in
        guard case .array(let items) = pair, items.count == 2 else {
          throw InvalidValue("a header is a [name, value] pair of strings")
        }
        let name = try InvalidValue.within(.index(0)) { () throws(InvalidValue) in try Wire.string(items[0]) }
        let value = try InvalidValue.within(.index(1)) { () throws(InvalidValue) in try JSWire.string(items[1]) }
        guard name != "__proto__" else {
          throw InvalidValue("\"__proto__\" is not an own property name").inside(.index(0))
        }
        return JSV3Error.Header(name, value)
      }
    }
    return JSV3Error.Response(
      statusCode: try fields.present("statusCode", JSWire.value) ?? .undefined, headers: headers)
  }

  /// A clock instant `{"startMs": N}`: an integer time value within ±8.64e15.
  public static func clock(_ json: JSON) throws(InvalidValue) -> Double {
    try WireObject(json).required("startMs", instant)
  }

  /// Whole milliseconds within ±8.64e15 (a `Date.now()` value).
  static func instant(_ json: JSON) throws(InvalidValue) -> Double {
    let value = try JSWire.number(json)
    guard value.isFinite, value == value.rounded(.towardZero), abs(value) <= 8.64e15 else {
      throw InvalidValue("expected whole milliseconds within ±8.64e15, found \(JSNumerics.numberToString(value))")
    }
    return value == 0 ? 0 : value
  }

  /// A latency: whole milliseconds in [0, 2^31 - 1].
  static func latency(_ json: JSON) throws(InvalidValue) -> Double {
    let value = try JSWire.number(json)
    guard value >= 0, value <= 2_147_483_647, value == value.rounded(.towardZero) else {
      throw InvalidValue("expected whole milliseconds in [0, 2147483647], found \(JSNumerics.numberToString(value))")
    }
    return value == 0 ? 0 : value
  }

  /// The strategy: `{kind, maxAttempts?, baseDelay?, delays?, v2026?, v2026AtConstruction?, service?,
  /// initialCapacity?, construct?}`.
  public static func strategy(_ json: JSON) throws(InvalidValue) -> JSV3StrategyOptions {
    let fields = try WireObject(json)
    let kind = try fields.required("kind") { (json) throws(InvalidValue) in
      try Wire.choice(json, "strategy kind", allowed: JSV3StrategyOptions.Kind.allCases)
    }
    var options = JSV3StrategyOptions(kind: kind)
    options.maxAttempts = try fields.optional("maxAttempts", JSWire.number)
    if kind == .configured, options.maxAttempts == nil {
      throw InvalidValue("a configured strategy needs maxAttempts").inside(.key("maxAttempts"))
    }
    options.baseDelay = try fields.optional("baseDelay", JSWire.number)
    options.delays = try fields.optional("delays") {
      (json) throws(InvalidValue) -> JSV3StrategyOptions.ConfiguredDelays in
      if case .array = json {
        let values = try Wire.nonEmptyArray(json, JSWire.number)
        return .sequence(values)
      }
      return .constant(try JSWire.number(json))
    }
    if options.delays != nil, kind != .configured {
      throw InvalidValue("only a configured strategy takes delays").inside(.key("delays"))
    }
    options.v2026 = try fields.optional("v2026", Wire.bool) ?? false
    options.v2026AtConstruction = try fields.optional("v2026AtConstruction", Wire.bool)
    options.service = try fields.optional("service", Wire.string)
    options.initialCapacity = try fields.optional("initialCapacity", JSWire.number)
    options.construct =
      try fields.optional("construct") { (json) throws(InvalidValue) in
        try Wire.choice(json, "construction", allowed: JSV3StrategyOptions.Construction.allCases)
      } ?? .client
    return options
  }

  /// A call: `{attempts, operation?, clock?, v2026?, longPoll?, streamingBody?}`.
  public static func call(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> JSV3Call {
    let fields = try WireObject(json)
    let attempts = try fields.required("attempts") { (json) throws(InvalidValue) in
      try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in try attempt(json, depthLimit: depthLimit) }
    }
    return JSV3Call(
      attempts: attempts, operation: try fields.optional("operation", Wire.string),
      startMs: try fields.optional("clock", clock), v2026: try fields.optional("v2026", Wire.bool),
      longPoll: try fields.optional("longPoll", Wire.bool),
      streamingBody: try fields.optional("streamingBody", Wire.bool) ?? false)
  }

  /// An attempt: `{"success": true}` or `{"error": E}`, with an optional `latencyMs`.
  static func attempt(_ json: JSON, depthLimit: Int) throws(InvalidValue) -> JSV3Attempt {
    let fields = try WireObject(json)
    let latency = try fields.optional("latencyMs", latency) ?? 0
    let success = try fields.optional("success", Wire.bool)
    let error = try fields.optional("error") { (json) throws(InvalidValue) in
      try self.error(json, depthLimit: depthLimit)
    }
    switch (success, error) {
    case (true?, nil): return JSV3Attempt(error: nil, latencyMs: latency)
    case (nil, let error?), (false?, let error?): return JSV3Attempt(error: error, latencyMs: latency)
    default: throw InvalidValue("an attempt is {\"success\": true} or {\"error\": {...}}")
    }
  }
}
