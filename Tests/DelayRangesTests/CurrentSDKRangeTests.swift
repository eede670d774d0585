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
import GoV2Retry
import JSV3Retry
import JSValueModel
import Testing

/// go-v2's `BackoffDelay` and js-v3's `computeNextBackoffDelay`: each bound is attained by its draw through the
/// profile's own code, and no other draw goes outside the bounds (random configurations and draws).
@Suite struct CurrentSDKRangeTests {
  static func goDelay(_ backoff: GoV2Backoff, _ attempt: Int, _ error: GoError?, _ k: UInt64) -> (Int64, Int) {
    var rand = GoCryptoRand([k])
    let delay = (try? backoff.delay(attempt: attempt, error: error, rand: &rand, trace: nil)) ?? .max
    return (delay, rand.draws)
  }

  @Test func goV2BoundsAreAttainedAndNeverExceeded() {
    var random = SplitMix64(state: 26)
    let durations: [Int64] = [
      0, 1, 999_999_999, 1_000_000_000, 20_000_000_000, 50_000_000, 1 << 40, 1 << 62, .max, .max - 1, -1,
      -20_000_000_000, .min,
    ]
    let errors: [GoError?] = [nil, .plain("x"), GoError(.apiError(code: "Throttling", message: "m", fault: .client))]
    for _ in 0..<3000 {
      let maxBackoff = random.pick(durations)
      let backoff =
        random.next() % 2 == 0
        ? GoV2Backoff.legacy(maxBackoff: maxBackoff)
        : GoV2Backoff.retries2026(
          maxBackoff: maxBackoff, baseDelay: random.pick(durations), throttle: GoV2Classifier())
      let attempt = random.pick([0, 1, 2, 3, 5, 10, 33, 34, 62, 63, 64, 100, 1023, 1024, 5000])
      let error = random.pick(errors)
      let range = GoV2DelayRanges.backoff(backoff, attempt: attempt, error: error)
      for bound in [range.min, range.max] {
        let (delay, draws) = Self.goDelay(backoff, attempt, error, bound.draws.first ?? 0)
        #expect(delay == bound.value, "\(backoff) attempt \(attempt): \(bound.because)")
        #expect(draws == bound.draws.count)
      }
      #expect(range.min.value <= range.max.value)
      for _ in 0..<40 {
        let k =
          switch random.next() % 3 {
          case 0: random.next() >> 11
          case 1: GoV2DelayRanges.largestK - random.next() % 1024
          default: random.next() % 1024
          }
        let (delay, _) = Self.goDelay(backoff, attempt, error, k)
        #expect(delay >= range.min.value && delay <= range.max.value, "\(backoff) attempt \(attempt) k \(k)")
      }
    }
  }

  @Test func goV2LegacyDefaultsAreTheFormula() {
    // NewStandard's legacy backoff at attempt 1 (the middleware's 1-based number): b * 2 s, b < 1.
    let range = GoV2DelayRanges.backoff(.legacy(maxBackoff: 20_000_000_000), attempt: 1, error: nil)
    let top = GoV2DelayRanges.largestK
    #expect(range.min.value == Self.goDelay(.legacy(maxBackoff: 20_000_000_000), 1, nil, 0).0)
    #expect(range.max.value == Self.goDelay(.legacy(maxBackoff: 20_000_000_000), 1, nil, top).0)
    #expect(range.max.draws == [top])
  }

  @Test func jsV3BoundsAreAttainedAndNeverExceeded() {
    var random = SplitMix64(state: 27)
    let numbers: [Double] = [
      0, 1, 2, 25, 50, 100, 500, 1000, -1, -100, 0.5, 1e300, -.infinity, .infinity, .nan, -0.0, 20000, 30000,
    ]
    for _ in 0..<3000 {
      let base = random.pick(numbers)
      let retryCount = random.pick([0, 1, 2, 3, 5, 10, 20, 1024, -1, -2000, 0.5, .infinity, -.infinity, .nan])
      let range = JSV3DelayRanges.backoff(base: base, retryCount: retryCount)
      for bound in [range.min, range.max] {
        let delay = BackoffDelay.compute(base: base, retryCount: retryCount, random: bound.draws[0])
        #expect(JSValue.number(delay) == bound.value, "base \(base) i \(retryCount): \(bound.because)")
      }
      guard case .number(let low) = range.min.value, case .number(let high) = range.max.value else {
        Issue.record("not numbers")
        continue
      }
      for _ in 0..<40 {
        let draw = Double(random.next() >> 12) * 0x1p-52
        let delay = BackoffDelay.compute(base: base, retryCount: retryCount, random: draw)
        #expect(!JSNumberOrder.below(delay, low) && !JSNumberOrder.below(high, delay), "base \(base) draw \(draw)")
      }
    }
  }
}
