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

import Testing

@testable import JSV3Retry

/// `DefaultRateLimiter` against the tables of the SDK's `DefaultRateLimiter.spec.ts` (3.33.3), which set private
/// fields directly; the same fields are set here.
@Suite struct RateLimiterTests {
  /// `getSendToken`: constructed at 0, one throttle at `timestamp` s, then the wait for a token.
  @Test(arguments: [(0.5, 892.8571428571428), (1, 1785.7142857142856), (2, 2000)])
  func sendTokenDelay(_ timestamp: Double, _ delay: Double) throws {
    var limiter = DefaultRateLimiter(now: 0)
    limiter.updateClientSendingRate(throttled: true, now: timestamp * 1000, trace: nil)
    var clock = VirtualClock(startMs: timestamp * 1000)
    var sleeps = 0
    let waits = try limiter.getSendToken(clock: &clock, sleeps: &sleeps, limit: 100)
    #expect(waits.first == delay)
  }

  /// `cubicSuccess` with `lastMaxRate` 10 and `lastThrottleTime` 5.
  @Test(arguments: [
    (5.0, 7.0), (6, 9.64893601), (7, 10.00003085), (8, 10.45328452), (9, 13.40869703), (10, 21.26626836),
    (11, 36.42599853),
  ])
  func cubicSuccess(_ timestamp: Double, _ rate: Double) {
    var limiter = DefaultRateLimiter(now: 0)
    limiter.lastMaxRate = 10
    limiter.lastThrottleTime = 5
    limiter.calculateTimeWindow()
    #expect(limiter.cubicSuccess(timestamp * 1000) == rate)
  }

  /// `cubicThrottle` of the measured rate after one update at `timestamp` s.
  @Test(arguments: [(5.0, 0.112), (6, 0.09333333), (7, 0.08), (8, 0.07), (9, 0.06222222)])
  func cubicThrottle(_ timestamp: Double, _ rate: Double) {
    var limiter = DefaultRateLimiter(now: 0)
    limiter.lastMaxRate = 10
    limiter.lastThrottleTime = 5
    limiter.updateMeasuredRate(timestamp * 1000)
    #expect(limiter.cubicThrottle(limiter.measuredTxRate) == rate)
  }
}
