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

import ConformAsk
import ConformCompare
import ConformJSON
import ConformProtocol
import Testing

/// The mapping of each scenario to each profile, and the answers read back: every bound is what the profile's own
/// method answers for the draws that attain it, and what the SDKs are known to do holds.
@Suite struct CompareMappingTests {
  static let scenarios: [CompareScenario] =
    [
      CompareScenario(failure: .response(status: 503, code: nil)),
      CompareScenario(failure: .response(status: 400, code: "ThrottlingException"), retryAfterSeconds: 2),
      CompareScenario(failure: .response(status: 429, code: nil), amzRetryAfterMs: 1500, mode: .v2026),
      CompareScenario(failure: .response(status: 500, code: "InternalError"), maxAttempts: 6, mode: .v2026),
      CompareScenario(failure: .response(status: 400, code: "ValidationException")),
      CompareScenario(failure: .response(status: 502, code: nil), succeedOnAttempt: 3),
      CompareScenario(failure: .response(status: 503, code: nil), maxAttempts: 1),
    ] + CompareScenario.NetworkFailure.allCases.map { CompareScenario(failure: .network($0)) }

  /// The delays a profile's method made, in order.
  static func delays(_ method: String, _ result: JSON) -> [JSON] {
    switch method {
    case "go.v1.simulate": return result["delaysNs"]?.arrayValue ?? []
    case "js.v2.simulate": return result["delays"]?.arrayValue ?? []
    default:
      let key = method == "go.v2.session" ? "delayNs" : "delay"
      return (result["calls"]?.arrayValue ?? []).flatMap { $0["attempts"]?.arrayValue ?? [] }
        .filter { $0["outcome"]?.stringValue == "retry_request" }.compactMap { $0[key] }
    }
  }

  /// The draws of every delay range's `minRandom` (or `maxRandom`), in order.
  static func draws(_ json: JSON, _ key: String) -> [JSON] {
    switch json {
    case .object(let object):
      if object["minBecause"] != nil { return object[key]?.arrayValue ?? [] }
      // A js-v2 stop range is a delay the call does not sleep: its draw comes last, after the retries'.
      return object.members.filter { $0.key != "stopRange" }.flatMap { draws($0.value, key) }
    case .array(let array): return array.flatMap { draws($0, key) }
    default: return []
    }
  }

  static func with(_ params: JSON, random: [JSON]) -> JSON {
    guard case .object(var object) = params else { return params }
    object.set("random", .array(random))
    return .object(object)
  }

  @Test(arguments: scenarios)
  func boundsAreTheProfilesOwnAnswersAtTheirDraws(_ scenario: CompareScenario) throws {
    let comparison = try Comparison.run(scenario)
    #expect(comparison.answers.map(\.profile) == CompareProfiles.all.map(\.name))
    let table = MethodTable(limits: .defaults)
    for (profile, answer) in zip(CompareProfiles.all, comparison.answers) {
      let params = profile.params(scenario)
      let asked = try Asker.ask(method: profile.method, params: params).get()
      for (key, bound) in [("minRandom", \ProfileAnswer.Retry.min), ("maxRandom", \ProfileAnswer.Retry.max)] {
        // The bounds' draws, then enough of the same for anything after the last retry.
        let bounds = Self.draws(asked.result, key)
        let zero = profile.method.hasPrefix("js.") ? JSON.number(JSONNumber(0.0)) : .string("0")
        let random = bounds + Array(repeating: bounds.last ?? zero, count: 64)
        let result = try table.call(method: profile.method, params: Self.with(params, random: random)).get()
        let made = Self.delays(profile.method, result)
        #expect(made == answer.retries.map { $0[keyPath: bound].native }, "\(profile.name) \(key) \(scenario.summary)")
      }
      #expect(answer.attempts == answer.retries.count + 1 || answer.outcome == .success)
      if answer.outcome == .success { #expect(answer.attempts == scenario.succeedOnAttempt) }
      if let max = scenario.maxAttempts { #expect(answer.attempts <= max) }
    }
  }

  @Test func cumulativeWaitsAddTheBounds() throws {
    let comparison = try Comparison.run(CompareScenario(failure: .response(status: 503, code: nil)))
    for answer in comparison.answers {
      var low: CompareDelay?
      var high: CompareDelay?
      for retry in answer.retries {
        low = low.map { $0 + retry.min } ?? retry.min
        high = high.map { $0 + retry.max } ?? retry.max
        #expect(retry.cumulativeMin == low && retry.cumulativeMax == high)
      }
    }
  }

  static func answer(_ scenario: CompareScenario, _ profile: String) throws -> ProfileAnswer {
    try #require(try Comparison.run(scenario).answers.first { $0.profile == profile })
  }

  /// go-v1 does not retry a connection reset on read: `isErrConnectionReset` excludes "read: connection reset"
  /// (`aws/request/connection_reset_error.go`), while go-v2 retries it (`RetryableConnectionError`).
  @Test func readResetsDividedTheGoSDKs() throws {
    let scenario = CompareScenario(failure: .network(.resetOnRead))
    let v1 = try Self.answer(scenario, "go-v1")
    #expect(v1.outcome == .notRetryable && !v1.retried)
    #expect(
      v1.errorShape.hasSuffix(
        "Post \"https://service.us-east-1.amazonaws.com/\": read tcp 10.0.0.2:49152->203.0.113.10:443: read: "
          + "connection reset by peer"))
    let v2 = try Self.answer(scenario, "go-v2")
    #expect(v2.outcome == .maxAttempts && v2.retries.count == 2)
    #expect(v2.errorShape.hasPrefix("https response error StatusCode: 0, RequestID: , request send failed, Post "))
  }

  /// js-v2's `ENOTFOUND_ERROR` makes every Node network error with a numeric `errno` `UnknownEndpoint`
  /// (`lib/event_listeners.js:601-617`); "socket hang up" has no `errno` and stays `NetworkingError`.
  @Test func nodeErrnoMakesUnknownEndpoint() throws {
    #expect(try Self.answer(CompareScenario(failure: .network(.refused)), "js-v2").nativeOutcome == "UnknownEndpoint")
    #expect(try Self.answer(CompareScenario(failure: .network(.closed)), "js-v2").nativeOutcome == "NetworkingError")
  }

  /// `NodeHttpHandler` names ECONNRESET, EPIPE and ETIMEDOUT errors `TimeoutError`; ECONNREFUSED keeps its name.
  @Test func nodeHttpHandlerRenamesTimeouts() throws {
    for failure in CompareScenario.NetworkFailure.allCases {
      let params = JSV3Compare().params(CompareScenario(failure: .network(failure)))
      let name = params["calls"]?.arrayValue?.first?["attempts"]?.arrayValue?.first?["error"]?["name"]
      let code = params["calls"]?.arrayValue?.first?["attempts"]?.arrayValue?.first?["error"]?["code"]?.stringValue
      #expect((name == .string("TimeoutError")) == ["ECONNRESET", "EPIPE", "ETIMEDOUT"].contains(code ?? ""))
    }
  }

  @Test func badScenariosNameTheirFlag() {
    let cases: [(CompareScenario, String)] = [
      (CompareScenario(failure: .response(status: 200, code: nil)), "--status"),
      (CompareScenario(failure: .response(status: 400, code: "a b")), "--code"),
      (CompareScenario(failure: .response(status: 400, code: "aws#Throttling")), "--code"),
      (CompareScenario(failure: .network(.dns), retryAfterSeconds: 1), "--retry-after"),
      (CompareScenario(failure: .network(.dns), amzRetryAfterMs: 1), "--amz-retry-after"),
      (CompareScenario(failure: .response(status: 503, code: nil), maxAttempts: 0), "--attempts"),
      (CompareScenario(failure: .response(status: 503, code: nil), succeedOnAttempt: 1), "--succeed-on"),
      (CompareScenario(failure: .response(status: 503, code: nil), retryAfterSeconds: -1), "--retry-after"),
    ]
    for (scenario, flag) in cases {
      #expect(throws: CompareScenarioError.self) { try scenario.check() }
      do {
        try scenario.check()
      } catch {
        #expect(error.flag == flag)
      }
    }
  }

  @Test func jsonIsKeyedByProfile() throws {
    let comparison = try Comparison.run(CompareScenario(failure: .response(status: 503, code: nil)))
    guard case .object(let object) = comparison.json else {
      Issue.record("not an object")
      return
    }
    #expect(object.members.map(\.key) == CompareProfiles.all.map(\.name))
    for (profile, answer) in zip(CompareProfiles.all, comparison.answers) {
      #expect(object[answer.profile]?["params"] == profile.params(comparison.scenario))
      let retries = object[answer.profile]?["retries"]?.arrayValue ?? []
      #expect(retries.map { $0["minMs"]?.stringValue } == answer.retries.map { $0.min.millisecondsText })
      #expect(retries.map { $0["maxMs"]?.stringValue } == answer.retries.map { $0.max.millisecondsText })
    }
  }

  @Test func millisecondTextIsExact() {
    #expect(CompareDelay.nanoseconds(59_999_999).millisecondsText == "59.999999")
    #expect(CompareDelay.nanoseconds(30_000_000).millisecondsText == "30")
    #expect(CompareDelay.nanoseconds(1).millisecondsText == "0.000001")
    #expect(CompareDelay.milliseconds(0.1 + 0.2).millisecondsText == "0.30000000000000004")
  }
}
