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

import ConformVectors
import DelayRanges
import JSV2Retry
import JSValueModel
import Testing

/// Per-attempt ranges of js-v2's calls: each bound's draw reproduces it through the reference's own call, and no
/// random sequence of V8 draws gives a delay outside its round's range or an outcome its round does not list.
@Suite struct JSCallRangeTests {
  static let numbers: [JSValue] = [
    .number(100), .number(1), .number(0), .number(-0.0), .number(-1), .number(-100), .number(0x1p-1074),
    .number(-0x1p-1074), .number(-0x1p-1030), .number(.infinity), .number(-.infinity), .number(.nan), .number(1e308),
    .string("7"), .undefined, .null,
  ]

  static func options(_ random: inout SplitMix64) -> JSRetryDelayOptions {
    switch random.next() % 6 {
    case 0: .value(random.pick([.undefined, .null, .number(0)]))
    case 1: .object(base: random.pick(numbers), customBackoff: .function(returns: [random.pick(numbers)]))
    default: .object(base: random.pick(numbers), customBackoff: .value(.undefined))
    }
  }

  static func attempts(_ random: inout SplitMix64) -> [JSAttempt] {
    let choices: [JSAttempt] = [
      .http(status: 500, headers: JSHeaders(), errorCode: nil, message: nil),
      .http(status: 429, headers: JSHeaders([("retry-after", "2")]), errorCode: nil, message: nil),
      .http(status: 503, headers: JSHeaders([("retry-after", "x")]), errorCode: "ThrottlingException", message: nil),
      .http(status: 400, headers: JSHeaders(), errorCode: "ValidationException", message: nil),
      .http(status: 400, headers: JSHeaders(), errorCode: "ExpiredTokenException", message: nil),
      .http(status: 301, headers: JSHeaders([("location", "https://example.com/")]), errorCode: nil, message: nil),
      .http(status: 200, headers: JSHeaders(), errorCode: nil, message: nil),
      .network(code: .string("ECONNRESET"), message: .string("reset"), errno: .undefined),
      .network(code: .string("TimeoutError"), message: .string("timeout"), errno: .undefined),
    ]
    return (0...(random.next() % 5)).map { _ in random.pick(choices) }
  }

  /// A V8 draw: k × 2^-52, often at or near the ends.
  static func draw(_ random: inout SplitMix64) -> Double {
    switch random.next() % 5 {
    case 0: random.pick([0, 0x1p-52, 2 * 0x1p-52, 1 - 0x1p-52, 0.5])
    default: Double(random.next() >> 12) * 0x1p-52
    }
  }

  static func contains(_ range: JSDelayRanges.Range, _ value: JSValue) -> Bool {
    let (low, high, x) = (range.min.value.toNumber, range.max.value.toNumber, value.toNumber)
    if x.isNaN { return low.isNaN || range.notes.contains { $0.contains("NaN") } }
    return x >= low && x <= high
  }

  @Test(arguments: [JSCallRanges.Method.serviceCall, .metadata])
  func boundsAreAttainedAndNeverExceeded(_ method: JSCallRanges.Method) throws {
    var random = SplitMix64(state: method == .serviceCall ? 21 : 22)
    var forks = 0
    var rounds = 0
    for _ in 0..<400 {
      let attempts = Self.attempts(&random)
      let maxRetries = random.pick([JSValue.undefined, .number(0), .number(1), .number(3), .number(5)])
      let options = Self.options(&random)
      let service = random.pick([JSService.generic, .dynamodb, .rdsdataservice])
      let limit = 200
      let run: JSCallRanges.Run = { (draws) throws(JSSimulationFailure) in
        switch method {
        case .serviceCall:
          try JSServiceCall.run(
            service: service, config: JSServiceConfig(maxRetries: maxRetries, retryDelayOptions: options),
            attempts: attempts, random: draws, attemptLimit: limit)
        case .metadata:
          try JSMetadataRequest.run(
            options: JSMetadataRequest.Options(maxRetries: maxRetries, retryDelayOptions: options),
            attempts: attempts, random: draws, attemptLimit: limit)
        }
      }
      let outcome = try JSCallRanges.analyse(method, limit: limit, run: run)
      let main = try run(outcome.random)
      #expect(main.drawOutcomes.count == outcome.rounds.count)
      rounds += outcome.rounds.count
      for (index, round) in outcome.rounds.enumerated() {
        #expect(round.drawIndex == index)
        #expect(main.drawOutcomes[index].retried == (round.retried != nil))
        if round.forks { forks += 1 }
        // Each bound, with the other rounds' draws of the followed branch, reproduces its delay and outcome.
        for (range, retried) in [(round.retried, true), (round.stopped, false)] {
          guard let range else { continue }
          for bound in [range.min, range.max] {
            var draws = outcome.random
            draws[index] = bound.draws[0]
            let result = try run(draws).drawOutcomes[index]
            #expect(result.delay == bound.value || (result.delay.toNumber.isNaN && bound.value.toNumber.isNaN))
            #expect(result.retried == retried)
          }
        }
      }
      // Random draws: every round's delay is inside the range listed for its outcome.
      for _ in 0..<20 {
        let draws = (0..<outcome.random.count).map { _ in Self.draw(&random) }
        let result = try run(draws + [0])
        for (index, drawn) in result.drawOutcomes.enumerated() {
          guard index < outcome.rounds.count else {
            Issue.record("round \(index) is not listed")
            break
          }
          let round = outcome.rounds[index]
          guard let range = drawn.retried ? round.retried : round.stopped else {
            Issue.record("draw \(draws[index]) at round \(index): retried \(drawn.retried) is not listed")
            continue
          }
          #expect(
            Self.contains(range, drawn.delay),
            "\(attempts) \(options): \(drawn.delay) outside [\(range.min.value), \(range.max.value)]")
        }
      }
    }
    #expect(rounds > (method == .serviceCall ? 500 : 100))
    #expect(forks > 10)
  }

  @Test func aNegativeBaseForks() throws {
    let run: JSCallRanges.Run = { (draws) throws(JSSimulationFailure) in
      try JSServiceCall.run(
        service: .generic,
        config: JSServiceConfig(
          maxRetries: .number(2), retryDelayOptions: .object(base: .number(-1), customBackoff: .value(.undefined))),
        attempts: [.http(status: 500, headers: JSHeaders(), errorCode: nil, message: nil)], random: draws)
    }
    let outcome = try JSCallRanges.analyse(.serviceCall, limit: 100, run: run)
    #expect(outcome.rounds.count == 2)
    #expect(outcome.rounds.allSatisfy { $0.forks })
    // Only the draw 0 retries (-0 || 0 is 0); every other draw gives a negative delay.
    #expect(outcome.rounds[0].retried?.max.draws == [0])
    #expect(outcome.rounds[0].stopped?.min.value == .number(-(1 - 0x1p-52)))
    #expect(outcome.rounds[0].stopped?.max.value == .number(-0x1p-52))
  }
}
