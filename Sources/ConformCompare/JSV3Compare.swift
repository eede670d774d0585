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

/// js-v3 (`js.v3.session`, one call through the standard strategy a client builds: 3 attempts, base 100 ms
/// (legacy) or 50 ms (2026), the retry quota of 500).
///
/// - An error response is what `throwDefaultError` throws for an unmodelled code: `name` the code, or the status
///   as a string when the body has none (`smithy-client/default-error-handler.ts:15`), `$metadata.httpStatusCode`,
///   and the response as `$response` (`middleware-serde/deserializerMiddleware.ts:41`), header names lower case.
/// - A network failure is the error Node emits, passed on by `NodeHttpHandler`, which renames ECONNRESET, EPIPE
///   and ETIMEDOUT errors `TimeoutError` (`node-http-handler/src/node-http-handler.ts:264-269`).
/// - `--attempts N` is `maxAttempts`; `--mode 2026` sets `Retry.v2026`.
public struct JSV3Compare: CompareProfile {
  /// Creates the mapping.
  public init() {}

  /// `js-v3`.
  public var name: String { "js-v3" }
  /// `js.v3.session`.
  public var method: String { "js.v3.session" }

  /// Renamed `TimeoutError` by `NodeHttpHandler` (`node-http-handler/src/constants.ts:5`).
  static let timeoutCodes = ["ECONNRESET", "EPIPE", "ETIMEDOUT"]

  /// The error object of a failing attempt.
  func error(_ scenario: CompareScenario) -> JSON {
    var error = JSONObject()
    switch scenario.failure {
    case .response(let status, let code):
      error.append("name", .string(code ?? String(status)))
      error.append("message", .string(CompareScenario.message))
      error.append("$metadata", Encode.object(["httpStatusCode": Encode.int(status)]))
      var headers: [JSON] = []
      if let seconds = scenario.retryAfterSeconds {
        headers.append(.array([.string("retry-after"), .string(String(seconds))]))
      }
      if let ms = scenario.amzRetryAfterMs {
        headers.append(.array([.string("x-amz-retry-after"), .string(String(ms))]))
      }
      error.append("$response", Encode.object(["statusCode": Encode.int(status), "headers": .array(headers)]))
    case .network(let network):
      let node = NetworkErrors.node(network)
      if Self.timeoutCodes.contains(node.code) { error.append("name", .string("TimeoutError")) }
      error.append("message", .string(node.message))
      error.append("code", .string(node.code))
    }
    return .object(error)
  }

  /// The params of `js.v3.session`.
  public func params(_ scenario: CompareScenario) -> JSON {
    var attempts = Array(repeating: Encode.object(["error": error(scenario)]), count: scenario.listedFailures)
    if scenario.succeedOnAttempt != nil { attempts.append(Encode.object(["success": .bool(true)])) }
    var strategy = JSONObject()
    strategy.append("kind", .string("standard"))
    strategy.append("v2026", .bool(scenario.mode == .v2026))
    if let max = scenario.maxAttempts { strategy.append("maxAttempts", Encode.int(max)) }
    return Encode.object([
      "strategy": .object(strategy), "calls": .array([Encode.object(["attempts": .array(attempts)])]),
      "clock": Encode.object(["startMs": Encode.int(0)]),
    ])
  }

  /// The answer of a `js.v3.session` result with delay ranges.
  public func answer(_ json: JSON, _ scenario: CompareScenario) throws(CompareError) -> ProfileAnswer {
    let result = CompareResult(profile: name, json: json)
    let session = try result.sessionCall(range: result.jsRange)
    let records = session.records
    let errorType = records.first?["errorType"]?.stringValue
    let reason: String
    switch session.outcome {
    case .success:
      reason = "attempt \(records.count) succeeded"
    case .notRetryable:
      reason =
        "retryCode 1: the error type \(errorType ?? "?") is not retryable (util-retry/StandardRetryStrategy.ts:185)"
    case .maxAttempts:
      reason = "retryCode 2: attempt \(records.count) is not < maxAttempts (util-retry/StandardRetryStrategy.ts:186)"
    case .retryQuota:
      reason = "retryCode 3: the retry quota is below the cost (util-retry/StandardRetryStrategy.ts:187)"
    }
    return ProfileAnswer(
      profile: name, method: method, errorShape: shape(scenario, errorType: errorType), delays: session.delays,
      attempts: records.count, outcome: session.outcome, nativeOutcome: session.native, stopReason: reason)
  }

  /// The error object, in words.
  func shape(_ scenario: CompareScenario, errorType: String?) -> String {
    let type = errorType.map { " (errorType \($0))" } ?? ""
    switch scenario.failure {
    case .response(let status, let code):
      return "\(code ?? String(status)): {name: '\(code ?? String(status))', $metadata: {httpStatusCode: \(status)}}"
        + type
    case .network(let network):
      let node = NetworkErrors.node(network)
      let name = Self.timeoutCodes.contains(node.code) ? "TimeoutError" : "Error"
      return "\(name): \(node.message) {code: '\(node.code)'}" + type
    }
  }
}
