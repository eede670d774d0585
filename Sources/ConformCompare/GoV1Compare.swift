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

/// go-v1 (`go.v1.simulate`, `DefaultRetryer{NumMaxRetries: 3}` of a generic client).
///
/// - An error response is what the JSON-RPC protocol's `UnmarshalError` handler leaves in `r.Error`:
///   `awserr.NewRequestFailure(awserr.New(code, message, nil), status, requestID)`, the code cut after `#`, and
///   `""` for a body without `__type` (`private/protocol/jsonrpc/unmarshal_error.go:136-155`); `Retry-After` is a
///   response header (`Header.Add`).
/// - A network failure is `awserr.New("RequestError", "send request failed", err)` around what `http.Client.Do`
///   returned, with the placeholder response of status 0 that `handleSendError` adds
///   (`aws/corehandlers/handlers.go:132-164`).
/// - `--attempts N` is `Config.MaxRetries` N - 1.
public struct GoV1Compare: CompareProfile {
  /// Creates the mapping.
  public init() {}

  /// `go-v1`.
  public var name: String { "go-v1" }
  /// `go.v1.simulate`.
  public var method: String { "go.v1.simulate" }

  /// The params of `go.v1.simulate`.
  public func params(_ scenario: CompareScenario) -> JSON {
    var failing = JSONObject()
    switch scenario.failure {
    case .response(let status, let code):
      failing.append(
        "error",
        Encode.object([
          "type": .string("awserr.requestFailure"), "code": .string(code ?? ""),
          "message": .string(CompareScenario.message), "statusCode": Encode.int(status),
          "requestID": .string(CompareScenario.requestID),
        ]))
      failing.append("statusCode", Encode.int(status))
      var headers = JSONObject()
      if let seconds = scenario.retryAfterSeconds { headers.append("Retry-After", .array([.string(String(seconds))])) }
      if let ms = scenario.amzRetryAfterMs { headers.append("X-Amz-Retry-After", .array([.string(String(ms))])) }
      if headers.count > 0 { failing.append("headers", .object(headers)) }
    case .network(let network):
      failing.append(
        "error",
        Encode.object([
          "type": .string("awserr"), "code": .string("RequestError"), "message": .string("send request failed"),
          "orig": NetworkErrors.go(network),
        ]))
      failing.append("statusCode", Encode.int(0))
    }
    var attempts = Array(repeating: JSON.object(failing), count: scenario.listedFailures)
    if scenario.succeedOnAttempt != nil {
      attempts.append(Encode.object(["error": .null, "statusCode": Encode.int(200)]))
    }
    var params = JSONObject()
    params.append("attempts", .array(attempts))
    if let max = scenario.maxAttempts { params.append("maxRetries", Encode.int(max - 1)) }
    return .object(params)
  }

  /// The answer of a `go.v1.simulate` result with delay ranges.
  public func answer(_ json: JSON, _ scenario: CompareScenario) throws(CompareError) -> ProfileAnswer {
    let result = CompareResult(profile: name, json: json)
    let records = try result.array(json, "attempts")
    var delays: [(min: CompareDelay, max: CompareDelay)] = []
    for record in records where record["willRetry"]?.boolValue == true {
      delays.append(try result.goRange(try result.member(record, "delayRange")))
    }
    let final = try result.member(json, "final")
    let shape = records.first?["errorText"]?.stringValue ?? ""
    let outcome: ProfileAnswer.Outcome
    let native: String
    let reason: String
    if final.isNull {
      (outcome, native) = (.success, "success")
      reason = "attempt \(records.count) succeeded"
    } else if records.last?["retryable"]?.boolValue == false, json["maxRetries"]?.int64Value != 0 {
      (outcome, native) = (.notRetryable, final["code"]?.stringValue ?? "")
      reason =
        "r.Retryable is false: DefaultRetryer.ShouldRetry(r) says the error is not retryable "
        + "(aws/corehandlers/handlers.go:192, aws/client/default_retryer.go:131-144)"
    } else {
      (outcome, native) = (.maxAttempts, final["code"]?.stringValue ?? "")
      let maxRetries = json["maxRetries"]?.int64Value.map(String.init) ?? "?"
      reason =
        "r.RetryCount reached MaxRetries() = \(maxRetries), so WillRetry() is false (aws/request/request.go:267)"
    }
    return ProfileAnswer(
      profile: name, method: method, errorShape: shape, delays: delays, attempts: records.count, outcome: outcome,
      nativeOutcome: native, stopReason: reason)
  }
}
