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

/// go-v2 (`go.v2.session`, one call through `retry.NewStandard()` with its defaults: 3 attempts, 20 s
/// `MaxBackoff`, the token bucket of 500).
///
/// - An error response is what a JSON-protocol deserializer returns for an unmodelled code,
///   `&smithy.GenericAPIError{Code, Message}` with `Code` `"UnknownError"` when the body has none
///   (`service/cloudwatchlogs/deserializers.go:68-121`, the same in every awsJson client), wrapped by
///   `ResponseErrorWrapper` with the response (the session's `deserialize` layer); headers as sent.
/// - A network failure is what `http.Client.Do` returned, wrapped as `RequestSendError` and then
///   `awshttp.ResponseError` with status 0 (the session's `transport` layer).
/// - `--attempts N` is `StandardOptions.MaxAttempts`; `--mode 2026` sets `AWS_NEW_RETRIES_2026`.
public struct GoV2Compare: CompareProfile {
  /// Creates the mapping.
  public init() {}

  /// `go-v2`.
  public var name: String { "go-v2" }
  /// `go.v2.session`.
  public var method: String { "go.v2.session" }

  /// The params of `go.v2.session`.
  public func params(_ scenario: CompareScenario) -> JSON {
    var failing = JSONObject()
    switch scenario.failure {
    case .response(let status, let code):
      failing.append(
        "error",
        Encode.object([
          "type": .string("smithy.GenericAPIError"), "code": .string(code ?? "UnknownError"),
          "message": .string(CompareScenario.message), "fault": .string("unknown"),
        ]))
      failing.append("statusCode", Encode.int(status))
      var headers = JSONObject()
      if let seconds = scenario.retryAfterSeconds { headers.append("Retry-After", .array([.string(String(seconds))])) }
      if let ms = scenario.amzRetryAfterMs { headers.append("X-Amz-Retry-After", .array([.string(String(ms))])) }
      if headers.count > 0 { failing.append("headers", .object(headers)) }
      failing.append("requestID", .string(CompareScenario.requestID))
    case .network(let network):
      failing.append("error", NetworkErrors.go(network))
    }
    var attempts = Array(repeating: JSON.object(failing), count: scenario.listedFailures)
    if scenario.succeedOnAttempt != nil { attempts.append(Encode.object(["success": .bool(true)])) }
    var retryer = JSONObject()
    retryer.append("kind", .string("standard"))
    retryer.append("newRetries2026", .bool(scenario.mode == .v2026))
    if let max = scenario.maxAttempts { retryer.append("maxAttempts", Encode.int(max)) }
    return Encode.object([
      "retryer": .object(retryer), "calls": .array([Encode.object(["attempts": .array(attempts)])]),
    ])
  }

  /// The answer of a `go.v2.session` result with delay ranges.
  public func answer(_ json: JSON, _ scenario: CompareScenario) throws(CompareError) -> ProfileAnswer {
    let result = CompareResult(profile: name, json: json)
    let session = try result.sessionCall(range: result.goRange)
    let records = session.records
    let text = session.call["errorText"]?.stringValue ?? ""
    let reason: String
    switch session.outcome {
    case .success: reason = "attempt \(records.count) succeeded"
    case .notRetryable: reason = "IsErrorRetryable(err) is false (aws/retry/middleware.go:264): \(text)"
    case .maxAttempts: reason = "attemptNum >= MaxAttempts() (aws/retry/middleware.go:275): \(text)"
    case .retryQuota: reason = "GetRetryToken refused (aws/retry/standard.go:291): \(text)"
    }
    return ProfileAnswer(
      profile: name, method: method, errorShape: records.first?["errorText"]?.stringValue ?? "",
      delays: session.delays, attempts: records.count, outcome: session.outcome, nativeOutcome: session.native,
      stopReason: reason)
  }
}
