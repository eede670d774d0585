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

import ConformJSON
import ConformProtocol
import DelayRanges
import JSValueModel

/// The ranges of the current SDKs' methods (go-v2, js-v3): the backoffs from `GoV2DelayRanges` and
/// `JSV3DelayRanges`, the sessions from `SessionDelayRanges` over runs of the reference itself.
extension RangePlanner {
  static func goV2Backoff(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let question = try GoV2Methods.backoffQuestion(
      try WireObject(.object(object)), depthLimit: limits.maxErrorChainDepth)
    let range = GoV2DelayRanges.backoff(question.backoff, attempt: question.attempt, error: question.error)
    return Plan(random: .array(range.min.draws.map(goDraw))) { result in
      replacing(result, remove: ["delayNs", "draws"], add: ("delayRange", DelayRangeEncoding.goV2(range)))
    }
  }

  static func jsV3Backoff(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let question = try JSV3Methods.backoffQuestion(try WireObject(.object(object)))
    let range = JSV3DelayRanges.backoff(base: question.base, retryCount: question.retryCount)
    return Plan(random: .array(range.min.draws.map { JSEncode.value(.number($0)) })) { result in
      replacing(result, remove: ["delay", "draws"], add: ("delayRange", DelayRangeEncoding.js(range)))
    }
  }

  static func goDraw(_ k: UInt64) -> JSON { Encode.int64(Int64(k)) }

  /// `go.v2.session` without `random`: a Standard retryer, and no response `Date` header while clock-skew
  /// correction is on (the skew rule reads the clock, which the backoffs move), and `maxBackoff` at most 2^62 ns
  /// (so the `x-amz-retry-after` clamp `[d, d + 5s]` cannot wrap): then nothing but the sleeps reads the draws.
  static func goV2Session(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let retryer = object["retryer"]?.objectValue
    if retryer?["kind"]?.stringValue != "standard" {
      throw unsupported("the adaptive retryer's rate limiter reads the clock, which the backoff delays move")
    }
    for key in ["maxBackoffNs", "wrapMaxBackoffNs"] {
      if let json = retryer?[key], let value = try? Wire.int64(json), value > 1 << 62 {
        throw unsupported("retryer.\(key) above 2^62 ns lets the x-amz-retry-after clamp wrap")
      }
    }
    if retryer?["disableClockSkewCorrection"]?.boolValue != true {
      for call in object["calls"]?.arrayValue ?? [] {
        for attempt in call["attempts"]?.arrayValue ?? [] {
          if attempt["headers"]?.objectValue?.members.contains(where: { $0.key.lowercased() == "date" }) == true {
            throw unsupported("a response Date header makes the clock-skew rule read the clock")
          }
        }
      }
    }
    let domain = SessionDelayRanges.Domain<Int64, UInt64>(
      probes: (0, 1, GoV2DelayRanges.largestK), below: { $0 < $1 })
    return try session(
      object, limits, method: "go.v2.session", domain: domain, draw: goDraw, describe: { "k = \($0)" },
      delayKey: "delayNs", clockKeys: [],
      delay: { (json) throws(InvalidValue) in try Wire.int64(json) }, encode: DelayRangeEncoding.goV2)
  }

  /// `js.v3.session` without `random`: the standard or configured strategy (the adaptive ones read the clock),
  /// and retry hints that do not depend on the clock: `retry-after` and `x-amz-retry-after` as whole numbers,
  /// with whole-millisecond clocks and latencies (the hint is `now + n`, and the delay reads `hint - now`).
  static func jsV3Session(_ object: JSONObject, _ limits: ServerLimits) throws(InvalidValue) -> Plan {
    let kind = object["strategy"]?["kind"]?.stringValue
    if kind != "standard" && kind != "configured" {
      throw unsupported("the \(kind ?? "?") strategy's rate limiter reads the clock, which the delays move")
    }
    var hints = false
    var wholeClock = [object["clock"]?["startMs"]]
    for call in object["calls"]?.arrayValue ?? [] {
      wholeClock.append(call["clock"]?["startMs"])
      for attempt in call["attempts"]?.arrayValue ?? [] {
        wholeClock.append(attempt["latencyMs"])
        for header in attempt["error"]?["$response"]?["headers"]?.arrayValue ?? [] {
          let name = header.arrayValue?.first?.stringValue?.lowercased()
          guard name == "retry-after" || name == "x-amz-retry-after" else { continue }
          hints = true
          let value = header.arrayValue?.dropFirst().first?.stringValue ?? ""
          if value.isEmpty || value.utf8.count > 12 || !value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            throw unsupported("the retry hint \"\(value)\" is not a whole number, so it depends on the clock")
          }
        }
      }
    }
    if hints, !wholeClock.allSatisfy({ $0 == nil || $0?.doubleValue.map { $0 == $0.rounded() } == true }) {
      throw unsupported("with a retry hint, clocks and latencies must be whole milliseconds")
    }
    let domain = SessionDelayRanges.Domain<JSValue, Double>(
      probes: (JSDelayRanges.smallestDraw, 0x1p-52, JSDelayRanges.largestDraw),
      below: { JSNumberOrder.below($0.toNumber, $1.toNumber) })
    return try session(
      object, limits, method: "js.v3.session", domain: domain, draw: { JSEncode.value(.number($0)) },
      describe: { "Math.random() = \(JSValue.number($0).toJSString)" },
      delayKey: "delay", clockKeys: ["retryAfterHint"],
      delay: { (json) throws(InvalidValue) in try JSWire.value(json) },
      encode: DelayRangeEncoding.js)
  }

  static func unsupported(_ reason: String) -> InvalidValue {
    InvalidValue(
      "give \"random\": a range over every draw is exact only when the draws decide nothing but the delays; "
        + reason
    ).inside(.key("random"))
  }

  /// A session: runs with every draw the same probe, one range per attempt that sleeps; the plan's draws give
  /// each attempt its smallest delay, and each such attempt's `delayKey` and `draws` become `delayRange`. The
  /// probe runs must agree on everything but the delays and the instants read off the clock (`clockKeys`).
  static func session<Value: Sendable, Draw: Sendable>(
    _ object: JSONObject, _ limits: ServerLimits, method: String, domain: SessionDelayRanges.Domain<Value, Draw>,
    draw: @escaping (Draw) -> JSON, describe: (Draw) -> String, delayKey: String, clockKeys: [String],
    delay: (JSON) throws(InvalidValue) -> Value,
    encode: @escaping (DelayRange<Value, Draw>) -> JSON
  ) throws(InvalidValue) -> Plan {
    let dispatcher = MethodTable(limits: limits)
    func run(_ probe: Draw) throws(InvalidValue) -> [SessionDelayRanges.Step<Value>] {
      var count = 64
      while true {
        var asked = object
        asked.set("random", .array(Array(repeating: draw(probe), count: count)))
        switch dispatcher.call(method: method, params: .object(asked)) {
        case .failure(let error) where error.code == .randomExhausted && count < 1 << 20:
          count *= 8
        case .failure(let error):
          throw InvalidValue("the session fails whatever the draws: \(error.message)")
        case .success(let result):
          var steps: [SessionDelayRanges.Step<Value>] = []
          for call in result["calls"]?.arrayValue ?? [] {
            for attempt in call["attempts"]?.arrayValue ?? [] {
              guard case .object(let record) = attempt else { continue }
              let value = record[delayKey].flatMap { $0.isNull ? nil : $0 }
              steps.append(
                .init(
                  draws: record["draws"]?.int64Value.map(Int.init) ?? 0, delay: try value.map(delay),
                  shape: JSONWriter.encodeString(.object(removing(record, [delayKey, "draws"] + clockKeys)))))
            }
          }
          return steps
        }
      }
    }
    let ranges: [DelayRange<Value, Draw>?]
    do throws(SessionDelayRanges.Failure<InvalidValue>) {
      ranges = try SessionDelayRanges.analyse(domain, describe: describe, run: run)
    } catch {
      switch error {
      case .run(let invalid): throw invalid
      case .drawDependent(let reason): throw unsupported(reason)
      }
    }
    let random = ranges.compactMap { $0?.min.draws.first }.map(draw)
    return Plan(random: .array(random)) { result in
      guard case .object(var object) = result, case .array(let calls)? = object["calls"] else { return result }
      var index = 0
      let described = calls.map { call -> JSON in
        guard case .object(var callObject) = call, case .array(let attempts)? = callObject["attempts"] else {
          return call
        }
        let ranged = attempts.map { attempt -> JSON in
          defer { index += 1 }
          guard case .object(let record) = attempt, index < ranges.count, let range = ranges[index] else {
            return attempt
          }
          var kept = removing(record, [delayKey, "draws"])
          kept.append("delayRange", encode(range))
          return .object(kept)
        }
        callObject.set("attempts", .array(ranged))
        return .object(callObject)
      }
      object.set("calls", .array(described))
      return .object(object)
    }
  }
}
