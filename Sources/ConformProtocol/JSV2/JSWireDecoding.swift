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
public import JSValueModel

/// Decoders from the wire form of `spec/js-v2.md` to the JS v2 model.
public enum JSWire {
  /// The members of an error object the predicates read; absent is `undefined`.
  public static let errorObjectFields = ["code", "message", "statusCode", "retryable", "is200Error", "region"].map {
    WireField($0, .jsValue, "err.\($0); absent is undefined.")
  }

  /// `customBackoff`: a function `{"returns": [V, ...]}` (its return values, call by call), or any JS value.
  static let customBackoffType = WireType.anyOf([
    .jsValue,
    .object([
      WireField(
        "returns", .array(.jsValue), required: true, "What the function returns, call by call; the last repeats.")
    ]),
  ])

  /// `retryDelayOptions`: a JS value, or `{"base"?, "customBackoff"?}`.
  public static let retryDelayOptionsType = WireType.anyOf([
    .jsValue,
    .object([
      WireField("base", .jsValue, "retryDelayOptions.base; absent is undefined."),
      WireField("customBackoff", customBackoffType, "retryDelayOptions.customBackoff; absent is undefined."),
    ]),
  ])

  /// The S3 request context of `js.v2.classify`.
  public static let s3RequestFields = [
    WireField("operation", .jsValue, "request.operation; absent is undefined."),
    WireField("region", .jsValue, "The client's region (default us-east-1)."),
    WireField("regionForBucketCached", .bool, "Whether the bucket's region is cached (default false)."),
  ]

  /// One HTTP attempt: a response, or a network error.
  public static let attemptType = WireType.anyOf([
    .object([
      WireField(
        "networkError",
        .object(["code", "message", "errno"].map { WireField($0, .jsValue, "The Node error's \($0).") }),
        required: true, "The transport failed with this Node error.")
    ]),
    .object([
      WireField("status", .int, required: true, "The HTTP status code."),
      WireField("headers", .map(.string), "The response headers."),
      WireField("errorCode", .string, "The error code the response body carries."),
      WireField("message", .string, "The error message the response body carries."),
    ]),
  ])

  /// The service configuration of `js.v2.simulate`.
  public static let configFields = [
    WireField("maxRetries", .jsValue, "config.maxRetries; absent is undefined."),
    WireField("maxRedirects", .jsValue, "config.maxRedirects; absent is undefined."),
    WireField("retryDelayOptions", retryDelayOptionsType, "config.retryDelayOptions; absent is {}."),
    WireField("correctClockSkew", .jsValue, "config.correctClockSkew; absent is undefined."),
  ]

  /// The options of `js.v2.handleRequestWithRetries`.
  public static let metadataOptionsFields = [
    WireField("maxRetries", .jsValue, "options.maxRetries; absent is undefined."),
    WireField("retryDelayOptions", retryDelayOptionsType, "options.retryDelayOptions; absent is undefined."),
  ]

  /// A JS primitive: a JSON number or `{"f64": "0x<16 hex>"}`, a string, a boolean, `null`, or
  /// `{"undefined": true}`.
  public static func value(_ json: JSON) throws(InvalidValue) -> JSValue {
    switch json {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .string, .utf16String: return .string(try string(json))
    case .number(let number): return .number(number.double)
    case .array: throw InvalidValue("arrays are not JS values of this model")
    case .object(let object):
      if let special = try specialObject(object) { return special }
      throw InvalidValue("objects are not JS values of this model, except {\"f64\": ...} and {\"undefined\": true}")
    }
  }

  /// A JSON string as the JavaScript string `JSON.parse` makes of it, lone surrogates kept.
  public static func string(_ json: JSON) throws(InvalidValue) -> JSString {
    switch json {
    case .string(let text): return JSString(text)
    case .utf16String(let units): return JSString(utf16: units)
    default: throw InvalidValue("expected a string, found \(json.kindName)")
    }
  }

  /// `{"f64": "0x..."}` as a number or `{"undefined": true}` as `undefined`; nil for any other object.
  static func specialObject(_ object: JSONObject) throws(InvalidValue) -> JSValue? {
    guard object.members.count == 1, let member = object.members.first else { return nil }
    switch member.key {
    case "f64":
      guard case .string(let text) = member.value, let bits = parseBitPattern(text) else {
        throw InvalidValue("expected \"0x\" and 16 hex digits").inside(.key("f64"))
      }
      return .number(Double(bitPattern: bits))
    case "undefined":
      guard member.value == .bool(true) else { throw InvalidValue("expected true").inside(.key("undefined")) }
      return .undefined
    default:
      return nil
    }
  }

  /// A number in either encoding.
  public static func number(_ json: JSON) throws(InvalidValue) -> Double {
    guard case .number(let value) = try self.value(json) else {
      throw InvalidValue("expected a number (a JSON number or {\"f64\": \"0x...\"}), found \(json.kindName)")
    }
    return value
  }

  /// The injected `Math.random()` values: numbers in `[0, 1]`.
  public static func random(_ json: JSON) throws(InvalidValue) -> [Double] {
    try Wire.array(json) { (element) throws(InvalidValue) in
      let value = try number(element)
      guard value >= 0, value <= 1 else {
        throw InvalidValue("a Math.random() value must be in [0, 1], found \(value)")
      }
      return value
    }
  }

  /// `retryDelayOptions`: a JS value, or `{"base"?, "customBackoff"?}`.
  public static func retryDelayOptions(_ json: JSON) throws(InvalidValue) -> JSRetryDelayOptions {
    guard case .object(let object) = json else { return .value(try value(json)) }
    if let special = try specialObject(object) { return .value(special) }
    let fields = try WireObject(json)
    let base = try fields.present("base", value) ?? .undefined
    let customBackoff = try fields.present("customBackoff", backoffProperty) ?? .value(.undefined)
    return .object(base: base, customBackoff: customBackoff)
  }

  /// `customBackoff`: `{"returns": [V, ...]}` for a function, or any JS value.
  static func backoffProperty(_ json: JSON) throws(InvalidValue) -> JSBackoffProperty {
    if case .object(let object) = json, object["returns"] != nil {
      let returns = try WireObject(json).required("returns") { (json) throws(InvalidValue) in
        try Wire.array(json, value)
      }
      guard !returns.isEmpty else {
        throw InvalidValue("a customBackoff needs at least one return value").inside(.key("returns"))
      }
      return .function(returns: returns)
    }
    return .value(try value(json))
  }

  /// An error object for the predicates: the members of `errorObjectFields` (absent is `undefined`).
  public static func errorObject(_ json: JSON) throws(InvalidValue) -> JSErrorObject {
    let fields = try WireObject(json)
    return JSErrorObject(
      code: try fields.present("code", value) ?? .undefined,
      message: try fields.present("message", value) ?? .undefined,
      statusCode: try fields.present("statusCode", value) ?? .undefined,
      retryable: try fields.present("retryable", value) ?? .undefined,
      is200Error: try fields.present("is200Error", value) ?? .undefined,
      region: try fields.present("region", value) ?? .undefined)
  }

  /// The S3 request context of `js.v2.classify`.
  static func s3Request(_ json: JSON) throws(InvalidValue) -> JSService.S3Request {
    let fields = try WireObject(json)
    return JSService.S3Request(
      operation: try fields.present("operation", value) ?? .undefined,
      region: try fields.present("region", value) ?? JSService.S3Request.clientRegion,
      regionForBucketCached: try fields.optional("regionForBucketCached", Wire.bool) ?? false)
  }

  /// A service name.
  public static func service(_ json: JSON, allowed: [JSService]) throws(InvalidValue) -> JSService {
    try Wire.choice(json, "service", allowed: allowed)
  }

  /// One attempt: `{"status", "headers"?, "errorCode"?, "message"?}` or `{"networkError": {...}}`.
  public static func attempt(_ json: JSON) throws(InvalidValue) -> JSAttempt {
    let fields = try WireObject(json)
    if fields["networkError"] != nil {
      return try fields.required("networkError") { (json) throws(InvalidValue) in
        let error = try WireObject(json)
        return .network(
          code: try error.present("code", value) ?? .undefined,
          message: try error.present("message", value) ?? .undefined,
          errno: try error.present("errno", value) ?? .undefined)
      }
    }
    return .http(
      status: try fields.required("status", Wire.int), headers: try fields.optional("headers", headers) ?? JSHeaders(),
      errorCode: try fields.optional("errorCode", string), message: try fields.optional("message", string))
  }

  /// Response headers: `{"name": "value"}`.
  static func headers(_ json: JSON) throws(InvalidValue) -> JSHeaders {
    JSHeaders(
      try Wire.members(json) { (key, value) throws(InvalidValue) in
        guard value.stringValue != nil else { throw InvalidValue("a header value must be a string") }
        return (name: key, value: try string(value))
      })
  }

  /// The service configuration of `js.v2.simulate`.
  public static func config(_ json: JSON) throws(InvalidValue) -> JSServiceConfig {
    let fields = try WireObject(json)
    return JSServiceConfig(
      maxRetries: try fields.present("maxRetries", value) ?? .undefined,
      maxRedirects: try fields.present("maxRedirects", value) ?? .undefined,
      retryDelayOptions: try fields.present("retryDelayOptions", retryDelayOptions) ?? .empty,
      correctClockSkew: try fields.present("correctClockSkew", value) ?? .undefined)
  }

  /// `0x` followed by exactly 16 hex digits.
  static func parseBitPattern(_ text: String) -> UInt64? {
    let bytes = Array(text.utf8)
    guard bytes.count == 18, bytes[0] == UInt8(ascii: "0"),
      bytes[1] == UInt8(ascii: "x") || bytes[1] == UInt8(ascii: "X")
    else { return nil }
    var bits: UInt64 = 0
    for byte in bytes[2...] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      bits = bits << 4 | UInt64(digit)
    }
    return bits
  }
}
