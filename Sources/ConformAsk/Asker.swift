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
  public static func ask(method: String, params: JSON, limits: ServerLimits = .defaults) -> Result<AskAnswer, ResponseError> {
    let dispatcher = MethodTable(limits: limits)
    guard case .object(var object) = params else {
      return .failure(.invalidParams(InvalidValue("params must be an object, found \(params.kindName)")))
    }
    var isRange = false
    var transform: (JSON) -> JSON = { $0 }
    if object["random"] == nil, let planner = RangePlanner.planners[method] {
      // The server's own checks first: any error but running out of draws is the answer.
      if case .failure(let error) = dispatcher.call(method: method, params: params), error.code != .randomExhausted {
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
