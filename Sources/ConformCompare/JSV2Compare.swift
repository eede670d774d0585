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
import ConformProtocol

/// js-v2 (`js.v2.simulate`, a generic JSON-protocol client with its defaults: `maxRetries` 3, base 100 ms).
///
/// - An error response is the HTTP response itself (`lib/protocol/json.js` reads the code from the body; without
///   `__type` the code is `UnknownError`); header names lower case, as Node gives them.
/// - A network failure is the error Node emits on the request (`message`, `code`, `errno`), which `SEND` relabels
///   `NetworkingError`; since Node's `errno` is a number, `ENOTFOUND_ERROR` then makes every one of them
///   `UnknownEndpoint` (`lib/event_listeners.js:601-617`: `indexOf(... >= 0)` is always -1, which is truthy).
/// - `--attempts N` is `maxRetries` N - 1.
public struct JSV2Compare: CompareProfile {
  /// Creates the mapping.
  public init() {}

  /// `js-v2`.
  public var name: String { "js-v2" }
  /// `js.v2.simulate`.
  public var method: String { "js.v2.simulate" }

  /// The params of `js.v2.simulate`.
  public func params(_ scenario: CompareScenario) -> JSON {
    var failing = JSONObject()
    switch scenario.failure {
    case .response(let status, let code):
      failing.append("status", Encode.int(status))
      var headers = JSONObject()
      if let seconds = scenario.retryAfterSeconds { headers.append("retry-after", .string(String(seconds))) }
      if let ms = scenario.amzRetryAfterMs { headers.append("x-amz-retry-after", .string(String(ms))) }
      if headers.count > 0 { failing.append("headers", .object(headers)) }
      if let code { failing.append("errorCode", .string(code)) }
      failing.append("message", .string(CompareScenario.message))
    case .network(let network):
      let error = NetworkErrors.node(network)
      var object = JSONObject()
      object.append("code", .string(error.code))
      object.append("message", .string(error.message))
      if let errno = error.errno { object.append("errno", Encode.int(errno)) }
      failing.append("networkError", .object(object))
    }
    var attempts = Array(repeating: JSON.object(failing), count: scenario.listedFailures)
    if scenario.succeedOnAttempt != nil { attempts.append(Encode.object(["status": Encode.int(200)])) }
    var params = JSONObject()
    params.append("service", .string("generic"))
    if let max = scenario.maxAttempts { params.append("config", Encode.object(["maxRetries": Encode.int(max - 1)])) }
    params.append("attempts", .array(attempts))
    return .object(params)
  }

  /// The answer of a `js.v2.simulate` result with delay ranges.
  public func answer(_ json: JSON, _ scenario: CompareScenario) throws(CompareError) -> ProfileAnswer {
    let result = CompareResult(profile: name, json: json)
    var delays: [(min: CompareDelay, max: CompareDelay)] = []
    for range in try result.array(json, "delayRanges") { delays.append(try result.jsRange(range)) }
    guard let attempts = try result.member(json, "attempts").int64Value.map(Int.init) else {
      throw .unexpected(profile: name, what: "attempts is not a count")
    }
    let final = try result.member(json, "final")
    let code = final["code"]?.stringValue ?? ""
    let outcome: ProfileAnswer.Outcome
    let reason: String
    if final.isNull {
      outcome = .success
      reason = "attempt \(attempts) succeeded"
    } else if final["retryable"]?.boolValue != true {
      outcome = .notRetryable
      reason = "error.retryable is not true for \(code) (lib/event_listeners.js:578)"
    } else {
      outcome = .maxAttempts
      let maxRetries = json["maxRetries"].map(JSONWriter.encodeString) ?? "?"
      reason = "retryCount reached maxRetries = \(maxRetries) (lib/event_listeners.js:578)"
    }
    return ProfileAnswer(
      profile: name, method: method, errorShape: shape(scenario, code: code), delays: delays, attempts: attempts,
      outcome: outcome, nativeOutcome: final.isNull ? "success" : code, stopReason: reason)
  }

  /// The error the retry listeners see, in words.
  func shape(_ scenario: CompareScenario, code: String) -> String {
    switch scenario.failure {
    case .response(let status, let errorCode):
      return "error response {code: '\(errorCode ?? "UnknownError")', statusCode: \(status)}"
    case .network(let network):
      let error = NetworkErrors.node(network)
      return "Error: \(error.message) {code: '\(error.code)'\(error.errno.map { ", errno: \($0)" } ?? "")} "
        + "-> NetworkingError" + (code.isEmpty || code == "NetworkingError" ? "" : " -> \(code)")
    }
  }
}
