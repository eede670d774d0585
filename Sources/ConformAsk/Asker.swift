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
public import ConformProtocol
import DelayRanges
import GoV1Retry
import JSV2Retry
import JSValueModel

/// The answer to one question: the result `serve` would return (or, for a delay asked without `random`, that
/// result with the draw-dependent members replaced by `delayRange`), and the explain trace behind it.
public struct AskAnswer: Sendable {
  /// The method asked.
  public var method: String
  /// What `conform ask --json` prints.
  public var result: JSON
  /// The `explain` member of the same question asked with `explain: true`.
  public var explain: JSON?
  /// Whether the delays are ranges over every draw (`random` was left out).
  public var isRange: Bool
}

/// Asks the reference one question, as `serve` would answer it; when a delay depends on draws the question
/// leaves out, the answer covers every draw (`DelayRanges`).
public enum Asker {
  /// The answer to `method` with `params`, or the server's error.
  public static func ask(method: String, params: JSON, limits: ServerLimits = .defaults) -> Result<
    AskAnswer, ResponseError
  > {
    let dispatcher = MethodTable(limits: limits)
    guard case .object(var object) = params else {
      return .failure(.invalidParams(InvalidValue("params must be an object, found \(params.kindName)")))
    }
    var isRange = false
    var transform: (JSON) -> JSON = { $0 }
    if object["random"] == nil, let planner = RangePlanner.planners[method] {
      // The server's own checks first: any error but running out of draws is the answer.
      // (with no draws at all, for the methods that require "random").
      var check = object
      check.set("random", .array([]))
      if case .failure(let error) = dispatcher.call(method: method, params: .object(check)),
        error.code != .randomExhausted
      {
        return .failure(error)
      }
      let plan: RangePlanner.Plan
      do throws(InvalidValue) {
        plan = try planner(object, limits)
      } catch {
        return .failure(.invalidParams(error))
      }
      object.set("random", plan.random)
      transform = plan.transform
      isRange = true
    }
    let asked = JSON.object(object)
    let result: JSON
    switch dispatcher.call(method: method, params: asked) {
    case .failure(let error): return .failure(error)
    case .success(let answer): result = transform(answer)
    }
    var explain = result.objectValue?["explain"]
    if explain == nil, object["explain"] == nil {
      object.set("explain", .bool(true))
      if case .success(let explained) = dispatcher.call(method: method, params: .object(object)) {
        explain = explained.objectValue?["explain"]
      }
    }
    return .success(AskAnswer(method: method, result: result, explain: explain, isRange: isRange))
  }
}

/// For each method whose delay takes draws: the draws that give the smallest delay (so that every other member
/// of the result is the server's own), and how the result's draw-dependent members become `delayRange`.
enum RangePlanner {
  struct Plan {
    var random: JSON
    var transform: (JSON) -> JSON
  }

  static let planners: [String: @Sendable (JSONObject, ServerLimits) throws(InvalidValue) -> Plan] = [
    "go.v1.evaluate": goEvaluate, "go.v1.simulate": goSimulate, "js.v2.calculateRetryDelay": jsCalculateRetryDelay,
    "js.v2.simulate": jsSimulate, "js.v2.handleRequestWithRetries": jsHandleRequestWithRetries,
    "go.v2.backoff": goV2Backoff, "go.v2.session": goV2Session, "js.v3.backoff": jsV3Backoff,
    "js.v3.session": jsV3Session,
  ]

  static func goEvaluate(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let fields = try WireObject(.object(object))
    let request = try fields.required("request") { (json) throws(InvalidValue) in
      try GoWire.request(json, depthLimit: limits.maxErrorChainDepth)
    }
    let retryer = try fields.required("retryer", GoWire.retryer)
    guard case .range(let range) = GoDelayRanges.retryRules(retryer, request) else {
      return Plan(random: .array([]), transform: { $0 })
    }
    return Plan(random: .array(range.min.draws.map(Encode.int64))) { result in
      replacing(result, remove: ["retryRules"], add: ("delayRange", DelayRangeEncoding.go(range)))
    }
  }

  static func goSimulate(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let fields = try WireObject(.object(object))
    let config = try GoWire.clientConfig(fields)
    let outcomes = try fields.required("attempts") { (json) throws(InvalidValue) in
      try Wire.nonEmptyArray(json) { (json) throws(InvalidValue) in
        try GoWire.attempt(json, depthLimit: limits.maxErrorChainDepth)
      }
    }
    let retryer = config.effectiveRetryer()
    let retryErrorCodes = config.effectiveRetryErrorCodes()
    // Request.Send's control flow does not depend on the draws: attempt i, if it retries, has RetryCount i.
    var ranges: [GoDelayRanges.Outcome] = []
    for retryCount in 0..<min(retryer.maxRetries, limits.maxAttempts) where retryCount >= 0 {
      let outcome = outcomes[min(retryCount, outcomes.count - 1)]
      let request = GoRequest(
        error: outcome.error, httpResponse: outcome.httpResponse, retryCount: retryCount,
        retryErrorCodes: retryErrorCodes, throttleErrorCodes: config.throttleErrorCodes)
      let range = GoDelayRanges.retryRules(retryer, request)
      ranges.append(range)
      if case .panic = range { break }
    }
    var draws: [JSON] = []
    for case .range(let range) in ranges { draws += range.min.draws.map(Encode.int64) }
    return Plan(random: .array(draws)) { result in
      guard case .object(var object) = result, case .array(let attempts)? = object["attempts"] else { return result }
      let described = attempts.enumerated().map { (index, attempt) -> JSON in
        guard case .object(var record) = attempt, record["delayNs"] != .null, index < ranges.count,
          case .range(let range) = ranges[index]
        else { return attempt }
        record = removing(record, ["delayNs", "draws"])
        record.append("delayRange", DelayRangeEncoding.go(range))
        return .object(record)
      }
      object = removing(object, ["delaysNs", "draws"])
      object.set("attempts", .array(described))
      return .object(object)
    }
  }

  static func jsCalculateRetryDelay(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let fields = try WireObject(.object(object))
    let error = try fields.optional("error", JSWire.errorObject)
    let range = JSDelayRanges.calculateRetryDelay(
      retryCount: try fields.present("retryCount", JSWire.value) ?? .undefined,
      options: try fields.present("retryDelayOptions", JSWire.retryDelayOptions) ?? .value(.undefined),
      errorCode: error?.code ?? .null)
    return Plan(random: .array(range.min.draws.map { JSEncode.value(.number($0)) })) { result in
      replacing(result, remove: ["delay", "draws"], add: ("delayRange", DelayRangeEncoding.js(range)))
    }
  }

  static func jsSimulate(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let fields = try WireObject(.object(object))
    let service = try fields.required("service") { (json) throws(InvalidValue) in
      try JSWire.service(json, allowed: JSV2Methods.simulatedServices)
    }
    let config = try fields.optional("config", JSWire.config) ?? JSServiceConfig()
    let attempts = try JSV2Methods.attemptsList(fields)
    return jsCall(.serviceCall, limits) { (random) throws(JSSimulationFailure) in
      try JSServiceCall.run(
        service: service, config: config, attempts: attempts, random: random, attemptLimit: limits.maxAttempts)
    }
  }

  static func jsHandleRequestWithRetries(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let fields = try WireObject(.object(object))
    let options = try fields.optional("options", JSV2Methods.metadataOptions) ?? JSMetadataRequest.Options()
    let attempts = try JSV2Methods.attemptsList(fields)
    return jsCall(.metadata, limits) { (random) throws(JSSimulationFailure) in
      try JSMetadataRequest.run(options: options, attempts: attempts, random: random, attemptLimit: limits.maxAttempts)
    }
  }

  /// A js-v2 call: the draws of the followed branch, each delay replaced by its range over every draw of its own
  /// round (`delayRanges`, with `stops` where some draws end the call instead), and the range of the delay that
  /// ends the call when its last round draws (`stopRange`; for `js.v2.simulate` that is `final.retryDelay`).
  static func jsCall(_ method: JSCallRanges.Method, _ limits: ServerLimits, run: JSCallRanges.Run) -> Plan {
    let outcome: JSCallRanges.Outcome
    do {
      outcome = try JSCallRanges.analyse(method, limit: limits.maxAttempts, run: run)
    } catch {
      // The call fails whatever the draws (the attempt limit): enough draws to reach the server's own error.
      return Plan(random: .array(Array(repeating: Encode.int(0), count: limits.maxAttempts + 1))) { $0 }
    }
    return Plan(random: .array(outcome.random.map { JSEncode.value(.number($0)) })) { result in
      guard case .object(var object) = result, case .array(let delays)? = object["delays"] else { return result }
      let ranges = delays.enumerated().map { (index, delay) -> JSON in
        guard let round = outcome.rounds.first(where: { $0.delayIndex == index }), let retried = round.retried else {
          return fixedRange(delay)
        }
        guard case .object(var encoded) = DelayRangeEncoding.js(retried) else { return .null }
        encoded.append("stops", round.stopped.map(DelayRangeEncoding.js) ?? .null)
        return .object(encoded)
      }
      object = removing(object, ["delays", "draws"])
      object.set("delayRanges", .array(ranges))
      if let last = outcome.rounds.last, last.retried == nil, let stopped = last.stopped {
        if method == .serviceCall, case .object(let final)? = object["final"] {
          object.set("final", .object(removing(final, ["retryDelay"])))
        }
        object.set("stopRange", DelayRangeEncoding.js(stopped))
      }
      return .object(object)
    }
  }

  /// A delay that takes no draw (a redirect's 0, a `customBackoff` value).
  static func fixedRange(_ delay: JSON) -> JSON {
    Encode.object([
      "min": delay, "max": delay, "minRandom": .array([]), "maxRandom": .array([]),
      "minBecause": .string("this delay takes no draw (a redirect's 0 or a customBackoff value)"),
      "maxBecause": .string("this delay takes no draw (a redirect's 0 or a customBackoff value)"),
      "draws": Encode.object(["fewest": Encode.int(0), "most": Encode.int(0)]), "notes": .array([]),
      "stops": .null,
    ])
  }

  static func replacing(_ result: JSON, remove: [String], add member: (String, JSON)) -> JSON {
    guard case .object(let object) = result else { return result }
    var kept = removing(object, remove)
    kept.append(member.0, member.1)
    return .object(kept)
  }

  static func removing(_ object: JSONObject, _ keys: [String]) -> JSONObject {
    JSONObject(object.members.filter { !keys.contains($0.key) })
  }
}
