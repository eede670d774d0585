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

import JSV3Retry
import JSValueModel
import RetryCore
import Testing

/// The retry middleware's loop over the standard and adaptive strategies on the virtual clock.
@Suite struct SessionTests {
  static let transient = JSV3Error(metadata: .init(httpStatusCode: .number(500)))
  static let throttle = JSV3Error(name: .string("ThrottlingException"))

  func run(_ options: JSV3StrategyOptions, _ calls: [JSV3Call], random: [Double] = Array(repeating: 1, count: 20))
    throws -> (JSV3Session, [JSV3CallResult])
  {
    var session = JSV3Session(options: options, startMs: 1_000, random: random)
    let results = try session.run(calls, attemptLimit: 100)
    return (session, results)
  }

  @Test func legacyCostsAndRefund() throws {
    let call = JSV3Call(attempts: [.init(error: Self.transient), .init(error: Self.throttle), .init()])
    let (session, results) = try run(JSV3StrategyOptions(), [call])
    let attempts = results[0].attempts
    #expect(attempts.map(\.capacityAfter) == [490, 485, 490])
    #expect(attempts.map(\.delay) == [100, 1_000, nil])
    #expect(results[0].metadata?.attempts == 3 && results[0].metadata?.totalRetryDelay == 1_100)
    #expect(session.clock.now == 2_100)
  }

  @Test func flagAtCallDecidesCostsButNotTheBase() throws {
    // Built in legacy mode (base 100), called in 2026 mode: TRANSIENT costs 14, the base stays 100.
    let call = JSV3Call(attempts: [.init(error: Self.transient), .init()], v2026: true)
    let (_, results) = try run(JSV3StrategyOptions(v2026: false), [call])
    #expect(results[0].attempts[0].capacityAfter == 486)
    #expect(results[0].attempts[0].delay == 100)
  }

  @Test func longPollTokenDrawsWhenRefused() throws {
    let options = JSV3StrategyOptions(v2026: true, initialCapacity: 0)
    let call = JSV3Call(attempts: [.init(error: Self.transient)], longPoll: true)
    let (session, results) = try run(options, [call])
    let record = results[0].attempts[0]
    #expect(record.retryCode == 3 && record.draws == 1 && record.delay == 50)
    #expect(results[0].metadata?.totalRetryDelay == 0)  // the long-poll sleep is not counted
    #expect(session.clock.now == 1_050)
  }

  @Test func streamingBodyIsNotRetried() throws {
    let call = JSV3Call(attempts: [.init(error: Self.transient)], streamingBody: true)
    let (session, results) = try run(JSV3StrategyOptions(), [call])
    #expect(results[0].outcome == "streaming_body" && results[0].metadata == nil)
    #expect(session.random.consumed == 0 && session.strategy.capacity == 500)
  }

  /// Values the real 3.33.3 code printed for this session under the harness: the retry sleeps 250 ms, then
  /// getSendToken waits 2 s for a token at fill rate 0.5; the success lands in bucket 3.
  @Test func adaptiveLimiterEnablesOnThrottle() throws {
    let call = JSV3Call(attempts: [.init(error: Self.throttle, latencyMs: 30), .init()])
    let (session, _) = try run(JSV3StrategyOptions(kind: .adaptive), [call], random: [0.5])
    let limiter = try #require(session.limiter)
    #expect(limiter.enabled)
    #expect(limiter.lastThrottleTime == 1.03)
    #expect(limiter.measuredTxRate == 0.8 && limiter.fillRate == 1.6 && limiter.lastTxRateBucket == 3)
    #expect(session.clock.now == 3_031)
  }
}
