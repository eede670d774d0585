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
import GoErrorModel
import GoV1Retry
import JSV2Retry
import JSValueModel
import Testing

/// The bounds are attained by their draws and never exceeded by any other draw (property tests over random
/// configurations and draws, against the profiles' own RetryRules and calculateRetryDelay).
@Suite struct DelayRangeTests {
  static func run(_ retryer: GoRetryer, _ request: GoRequest, _ draws: [Int64]) -> (delay: Int64?, draws: Int) {
    var rand = GoRand(draws)
    do {
      return (try retryer.retryRules(request, random: &rand), rand.draws)
    } catch {
      return (nil, rand.draws)
    }
  }

  @Test func theIssuesExample() throws {
    let retryer = GoRetryer(kind: .default, base: DefaultRetryer(numMaxRetries: 3))
    guard case .range(let range) = GoDelayRanges.retryRules(retryer, GoRequest(error: .plain("x"))) else {
      Issue.record("no range")
      return
    }
    #expect(range.min.value == 30_000_000)
    #expect(range.max.value == 59_999_999)
    #expect(range.drawCount.fewest == 1)
    #expect(range.drawCount.most == nil)
  }

  @Test func goBoundsAreAttainedAndNeverExceeded() throws {
    var random = SplitMix64(state: 14)
    let delays: [Int64] = [
      0, 1, 2, 3, 7, 1000, 30_000_000, 500_000_000, 300_000_000_000, 1 << 40, (1 << 61) + 5, (1 << 62) - 1, 1 << 62,
      Int64.max, -1, -1_000_000,
    ]
    var ranges = 0
    var panics = 0
    for _ in 0..<3000 {
      let base = DefaultRetryer(
        numMaxRetries: random.pick([0, 1, 3, 3, 3]), minRetryDelay: random.pick(delays),
        minThrottleDelay: random.pick(delays), maxRetryDelay: random.pick(delays),
        maxThrottleDelay: random.pick(delays))
      let retryer = GoRetryer(kind: random.pick(GoRetryer.Kind.allCases), base: base)
      let throttle = random.next() % 2 == 0
      let status = random.pick([429, 503, 500, 400])
      let retryAfter = random.pick(["", "1", "5", "-3", "9223372036", "9223372037", "x"])
      let header =
        retryAfter.isEmpty ? GoHeader() : GoHeader([GoHeader.Entry(key: "Retry-After", values: [retryAfter])])
      let request = GoRequest(
        error: throttle ? .aws(AWSBaseError(code: "Throttling", message: "slow down")) : .plain("x"),
        httpResponse: random.next() % 8 == 0 ? nil : GoHTTPResponse(statusCode: status, header: header),
        retryCount: random.pick([-2, 0, 0, 1, 2, 5, 10, 30, 40, 61, 62, 63, 64, 70]))
      switch GoDelayRanges.retryRules(retryer, request) {
      case .panic:
        panics += 1
        for _ in 0..<20 {
          let draws = (0..<4).map { _ in random.int63() }
          #expect(Self.run(retryer, request, draws).delay == nil, "\(retryer) \(request)")
        }
      case .range(let range):
        ranges += 1
        for bound in [range.min, range.max] {
          let attained = Self.run(retryer, request, bound.draws)
          #expect(attained.delay == bound.value, "\(retryer) \(request): \(bound.because)")
          #expect(attained.draws == bound.draws.count)
        }
        let mayPanic = range.notes.contains { $0.contains("panic") }
        for _ in 0..<50 {
          // Uniform Int63() values, and small ones (short rejection-free Int63n results near 0).
          let draws = (0..<64).map { _ in random.next() % 3 == 0 ? Int64(random.next() % 4) : random.int63() }
          let (delay, used) = Self.run(retryer, request, draws)
          guard let delay else {
            #expect(mayPanic, "\(retryer) \(request)")
            continue
          }
          #expect(delay >= range.min.value && delay <= range.max.value, "\(retryer) \(request): \(delay)")
          #expect(used >= range.drawCount.fewest)
          if let most = range.drawCount.most { #expect(used <= most) }
        }
      }
    }
    #expect(ranges > 1000)
    #expect(panics > 10)
  }

  @Test func jsBoundsAreAttainedAndNeverExceeded() throws {
    var random = SplitMix64(state: 15)
    let numbers: [JSValue] = [
      .number(0), .number(1), .number(2), .number(10), .number(-1), .number(1.5), .number(100), .number(-0.0),
      .number(.infinity), .number(-.infinity), .number(.nan), .number(1e308), .string("3"), .undefined, .null,
      .bool(true), .number(1100),
    ]
    for _ in 0..<3000 {
      let retryCount = random.pick(numbers)
      let options: JSRetryDelayOptions =
        switch random.next() % 4 {
        case 0: .value(random.pick(numbers))
        case 1: .object(base: random.pick(numbers), customBackoff: .function(returns: [random.pick(numbers)]))
        default: .object(base: random.pick(numbers), customBackoff: .value(.undefined))
        }
      let range = JSDelayRanges.calculateRetryDelay(retryCount: retryCount, options: options, errorCode: .null)
      func run(_ draw: Double) -> JSValue {
        var runtime = JSRuntime(random: [draw])
        return
          (try? JSCalculateRetryDelay.delay(
            retryCount: retryCount, options: options, errorCode: .null, runtime: &runtime)) ?? .undefined
      }
      for bound in [range.min, range.max] where !bound.draws.isEmpty {
        #expect(run(bound.draws[0]) == bound.value)
      }
      guard case .number(let low) = range.min.value, case .number(let high) = range.max.value, !low.isNaN else {
        continue
      }
      for _ in 0..<50 {
        // V8's draws: k × 2^-52.
        let draw = Double(random.next() >> 12) * 0x1p-52
        guard case .number(let delay) = run(draw) else { continue }
        if delay.isNaN {
          #expect(draw == 0 && range.notes.contains { $0.contains("NaN") })
          continue
        }
        #expect(delay >= low && delay <= high, "\(retryCount) \(options): \(delay) outside [\(low), \(high)]")
      }
    }
  }

  @Test func jsLargestDrawIsV8s() {
    #expect(JSDelayRanges.largestDraw == 0.9999999999999998)
    let range = JSDelayRanges.calculateRetryDelay(retryCount: .number(0), options: .empty, errorCode: .null)
    #expect(range.min.value == .number(0))
    #expect(range.max.value == .number(0.9999999999999998 * 100))
  }
}
