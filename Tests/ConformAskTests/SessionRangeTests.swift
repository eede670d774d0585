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
import ConformJSON
import ConformProtocol
import ConformVectors
import Testing

/// `conform ask` on `go.v2.session` and `js.v3.session` without `random`: the draws of each attempt's bounds give
/// exactly those delays through the method itself, and random draw sequences stay inside every range.
@Suite struct SessionRangeTests {
  static func parse(_ text: String) throws -> JSON { try JSONParser.parse(Array(text.utf8), maxDepth: 64) }

  static func with(_ params: JSON, random: [JSON]) -> JSON {
    guard case .object(var object) = params else { return params }
    object.set("random", .array(random))
    return .object(object)
  }

  /// Every attempt record of every call, in order.
  static func records(_ result: JSON) -> [JSON] {
    (result["calls"]?.arrayValue ?? []).flatMap { $0["attempts"]?.arrayValue ?? [] }
  }

  /// Asks without random, then checks the bounds' draws and `trials` random draw sequences through the method.
  static func check(
    _ method: String, _ params: JSON, delayKey: String, trials: Int, draw: (inout SplitMix64) -> JSON,
    number: (JSON) -> Double?
  ) throws {
    let answer = try Asker.ask(method: method, params: params).get()
    let ranges = records(answer.result).map { $0["delayRange"] }
    #expect(ranges.contains { $0 != nil }, "no delay range in \(JSONWriter.encodeString(answer.result))")
    let table = MethodTable(limits: .defaults)
    for key in ["minRandom", "maxRandom"] {
      let draws = ranges.compactMap { $0?[key]?.arrayValue }.flatMap { $0 }
      let result = try table.call(method: method, params: with(params, random: draws)).get()
      let delays = records(result).map { $0[delayKey] }
      for (range, delay) in zip(ranges, delays) {
        guard let range else { continue }
        #expect(delay == range[key == "minRandom" ? "min" : "max"], "\(key): \(String(describing: delay))")
      }
    }
    var random = SplitMix64(state: 41)
    for _ in 0..<trials {
      let draws = (0..<64).map { _ in draw(&random) }
      let result = try table.call(method: method, params: with(params, random: draws)).get()
      let delays = records(result).map { $0[delayKey] }
      #expect(delays.count == ranges.count)
      for (range, delay) in zip(ranges, delays) {
        guard let range, let delay, let value = number(delay), let low = range["min"].flatMap(number),
          let high = range["max"].flatMap(number)
        else { continue }
        #expect(low <= value && value <= high, "\(value) outside [\(low), \(high)]")
      }
    }
  }

  static func goDraw(_ random: inout SplitMix64) -> JSON {
    let k: UInt64 =
      switch random.next() % 3 {
      case 0: 0
      case 1: (1 << 53) - 1 - random.next() % 16
      default: random.next() >> 11
      }
    return .string(String(k))
  }

  static func jsDraw(_ random: inout SplitMix64) -> JSON {
    let k: UInt64 =
      switch random.next() % 3 {
      case 0: 0
      case 1: (1 << 52) - 1 - random.next() % 16
      default: random.next() >> 12
      }
    return .number(JSONNumber(Double(k) * 0x1p-52))
  }

  @Test(arguments: [
    #"{"retryer":{"kind":"standard","newRetries2026":false},"calls":[{"attempts":[{"error":{"type":"errors.New","text":"x"},"statusCode":503}]}]}"#,
    #"{"retryer":{"kind":"standard","newRetries2026":true,"maxAttempts":6},"calls":[{"attempts":[{"error":{"type":"smithy.GenericAPIError","code":"ThrottlingException","message":"m","fault":"client"},"statusCode":400,"headers":{"X-Amz-Retry-After":["1500"]}}]}]}"#,
    #"{"retryer":{"kind":"standard","newRetries2026":true},"calls":[{"attempts":[{"error":{"type":"errors.New","text":"EOF"}},{"success":true}]},{"attempts":[{"error":{"type":"errors.New","text":"x"},"statusCode":500}]}]}"#,
    #"{"retryer":{"kind":"standard","newRetries2026":false,"maxAttempts":8,"maxBackoffNs":"3000000000"},"calls":[{"attempts":[{"error":{"type":"errors.New","text":"x"},"statusCode":502}]}]}"#,
  ])
  func goV2Sessions(_ params: String) throws {
    try Self.check(
      "go.v2.session", try Self.parse(params), delayKey: "delayNs", trials: 60, draw: Self.goDraw,
      number: { $0.stringValue.flatMap(Int64.init).map(Double.init) })
  }

  @Test(arguments: [
    #"{"strategy":{"kind":"standard","v2026":false},"clock":{"startMs":0},"calls":[{"attempts":[{"error":{"name":"503","$metadata":{"httpStatusCode":503}}}]}]}"#,
    #"{"strategy":{"kind":"standard","v2026":true,"maxAttempts":6},"clock":{"startMs":1000},"calls":[{"attempts":[{"error":{"name":"ThrottlingException","$response":{"statusCode":400,"headers":[["retry-after","2"]]}}}]}]}"#,
    #"{"strategy":{"kind":"standard","v2026":false},"clock":{"startMs":0},"calls":[{"attempts":[{"error":{"name":"TimeoutError","code":"ECONNRESET"}},{"success":true}]},{"attempts":[{"error":{"name":"x","$response":{"statusCode":500,"headers":[["x-amz-retry-after","50"]]}}}]}]}"#,
  ])
  func jsV3Sessions(_ params: String) throws {
    try Self.check(
      "js.v3.session", try Self.parse(params), delayKey: "delay", trials: 60, draw: Self.jsDraw,
      number: { $0.doubleValue })
  }

  @Test func adaptiveAndClockReadingSessionsNeedRandom() throws {
    for (method, params) in [
      (
        "go.v2.session",
        #"{"retryer":{"kind":"adaptive","newRetries2026":false},"calls":[{"attempts":[{"error":{"type":"errors.New","text":"x"},"statusCode":503}]}]}"#
      ),
      (
        "go.v2.session",
        #"{"retryer":{"kind":"standard","newRetries2026":false},"calls":[{"attempts":[{"error":{"type":"errors.New","text":"x"},"statusCode":503,"headers":{"Date":["Mon, 02 Jan 2006 15:04:05 GMT"]}}]}]}"#
      ),
      (
        "js.v3.session",
        #"{"strategy":{"kind":"adaptive","v2026":false},"clock":{"startMs":0},"calls":[{"attempts":[{"error":{"name":"503","$metadata":{"httpStatusCode":503}}}]}]}"#
      ),
      (
        "js.v3.session",
        #"{"strategy":{"kind":"standard","v2026":false},"clock":{"startMs":0},"calls":[{"attempts":[{"error":{"name":"x","$response":{"statusCode":500,"headers":[["retry-after","Mon, 02 Jan 2006 15:04:05 GMT"]]}}}]}]}"#
      ),
    ] {
      switch Asker.ask(method: method, params: try Self.parse(params)) {
      case .success: Issue.record("\(method) answered a range for \(params)")
      case .failure(let error):
        #expect(error.code == .invalidParams)
        #expect(error.message.contains("random"), "\(error.message)")
      }
    }
  }
}
