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

import JSValueModel
public import RetryCore

/// Why a session could not be answered.
public enum JSV3SessionFailure: Error, Sendable, Equatable {
  /// `Math.random()` ran out of injected values.
  case randomExhausted(available: Int)
  /// A call made more attempts than the server allows.
  case attemptLimit(Int)
  /// A call slept more often than the server allows (an endless wait under a virtual clock).
  case sleepLimit(Int)
}

/// A retry strategy and the calls made through it: the retry middleware's loop (`retryMiddleware.ts:46-105`)
/// over a virtual clock, with `Retry.v2026` as a mutable global.
public struct JSV3Session: Sendable {
  /// The options the strategy is built from.
  public let options: JSV3StrategyOptions
  /// The strategy: built at session start (the SDK captures its defaults at client construction).
  public private(set) var strategy: StandardRetryStrategy
  /// `Retry.v2026` now.
  public private(set) var v2026: Bool
  /// The clock.
  public internal(set) var clock: VirtualClock
  /// The injected `Math.random()` values.
  public internal(set) var random: DrawStream<Double>
  /// The adaptive strategy's rate limiter, once built.
  public private(set) var limiter: DefaultRateLimiter?
  /// The deprecated strategies' retry quota.
  var deprecatedQuota: DeprecatedRetryStrategy.Quota?
  /// How many times one call may sleep.
  public static let sleepLimit = 100_000

  /// Starts a session at `startMs`.
  public init(options: JSV3StrategyOptions, startMs: Double, random: [Double]) {
    self.options = options
    strategy = StandardRetryStrategy(options)
    v2026 = options.v2026
    clock = VirtualClock(startMs: startMs)
    self.random = DrawStream(random)
    if options.kind == .adaptive, options.construct == .direct { limiter = DefaultRateLimiter(now: startMs) }
    if options.kind.isDeprecated {
      // Built by the user (`new DeprecatedStandardRetryStrategy(...)`) before the client: at the session's start.
      let tokens = options.initialCapacity ?? StandardRetryStrategy.initialRetryTokens
      deprecatedQuota = DeprecatedRetryStrategy.Quota(maximum: tokens, available: tokens)
      if options.kind == .deprecatedAdaptive { limiter = DefaultRateLimiter(now: startMs) }
    }
  }

  /// Runs every call in order.
  public mutating func run(_ calls: [JSV3Call], attemptLimit: Int, trace: Trace? = nil) throws(JSV3SessionFailure)
    -> [JSV3CallResult]
  {
    var results: [JSV3CallResult] = []
    for (index, call) in calls.enumerated() {
      results.append(try run(call, index: index, attemptLimit: attemptLimit, trace: trace))
    }
    return results
  }

  /// One call through the middleware.
  mutating func run(_ call: JSV3Call, index: Int, attemptLimit: Int, trace: Trace?) throws(JSV3SessionFailure)
    -> JSV3CallResult
  {
    if let flag = call.v2026 {
      if flag != v2026 {
        trace?.record("js.v3.flag.set", JSV3Source.flag(12), "Retry.v2026 = \(flag) before this call")
      }
      v2026 = flag
    }
    if let start = call.startMs { clock.set(start) }
    if options.kind.isDeprecated {
      return try runDeprecated(call, index: index, attemptLimit: attemptLimit, trace: trace)
    }
    if options.kind == .adaptive, limiter == nil {
      // resolveRetryConfig builds the strategy at the first call (`configurations.ts:102-119`).
      limiter = DefaultRateLimiter(now: clock.now)
    }
    var sleeps = 0
    var replay = AttemptReplay(call.attempts, limit: attemptLimit)
    var token = strategy.acquireInitialRetryToken(
      longPollScope: call.isLongPoll(service: options.service), v2026: v2026)
    try sendToken(&sleeps, trace: trace)
    if token.longPoll {
      trace?.record("js.v3.acquire.longPoll", JSV3Source.standard(83), "acquireInitialRetryToken: a long-poll token")
    } else {
      trace?.record("js.v3.acquire", JSV3Source.standard(83), "acquireInitialRetryToken (flag \(v2026))")
    }
    var attempts = 0.0
    var totalRetryDelay = 0.0
    var records: [JSV3AttemptRecord] = []
    while true {
      let attempt: JSV3Attempt
      do throws(AttemptLimitExceeded) {
        attempt = try replay.next()
      } catch {
        throw .attemptLimit(error.limit)
      }
      clock.pass(attempt.latencyMs)
      let before = strategy.capacity
      let number = replay.made
      guard let error = attempt.error else {
        // AdaptiveRetryStrategy.recordSuccess (`AdaptiveRetryStrategy.ts:64-67`).
        limiter?.updateClientSendingRate(throttled: false, now: clock.now, trace: trace)
        strategy.recordSuccess(token, trace: trace)
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: "success", sleptMs: 0, draws: 0, capacityBefore: before,
            capacityAfter: strategy.capacity, limiter: limiter))
        return JSV3CallResult(
          outcome: "success", attempts: records, metadata: (attempts + 1, totalRetryDelay), thrown: nil,
          endMs: clock.now)
      }
      let errorType: JSV3ErrorType
      do throws(JSThrow) {
        errorType = try ErrorClassification.errorType(error, trace: trace)
      } catch {
        // getRetryErrorInfo throws inside the catch block: the call rejects with that TypeError, the strategy is
        // never asked and no `$metadata` is set (`retryMiddleware.ts:75`).
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: "classifier_threw", sleptMs: 0, draws: 0, capacityBefore: before,
            capacityAfter: before, limiter: limiter))
        return JSV3CallResult(
          outcome: "classifier_threw", attempts: records, metadata: nil, thrown: .typeError(error), endMs: clock.now)
      }
      let hint = RetryAfterHint.hint(error.response, now: clock.now, trace: trace)
      if call.streamingBody {
        trace?.record("js.v3.streaming", JSV3Source.middleware(78), "streaming request body: thrown without a retry")
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: "streaming_body", errorType: errorType, retryAfterHint: hint, sleptMs: 0,
            draws: 0, capacityBefore: before, capacityAfter: before, limiter: limiter))
        return JSV3CallResult(
          outcome: "streaming_body", attempts: records, metadata: nil, thrown: error, endMs: clock.now)
      }
      let drawsBefore = random.consumed
      // AdaptiveRetryStrategy.refreshRetryTokenForRetry updates the limiter first (`AdaptiveRetryStrategy.ts:57`).
      limiter?.updateClientSendingRate(throttled: errorType == .throttling, now: clock.now, trace: trace)
      let refresh: StandardRetryStrategy.Refresh
      do throws(RandomExhausted) {
        refresh = try strategy.refreshRetryTokenForRetry(
          token, errorType: errorType, retryAfterHint: hint, v2026: v2026, clock: &clock, random: &random,
          trace: trace)
      } catch {
        throw .randomExhausted(available: error.available)
      }
      var record = JSV3AttemptRecord(
        attempt: number, outcome: Self.outcome(refresh.retryCode), errorType: errorType, retryAfterHint: hint,
        retryCode: refresh.retryCode, delay: refresh.delay, sleptMs: refresh.slept,
        draws: random.consumed - drawsBefore, capacityBefore: before, capacityAfter: strategy.capacity)
      guard let next = refresh.token else {
        record.limiter = limiter
        records.append(record)
        guard error.acceptsMetadata else {
          trace?.record(
            "js.v3.rethrow.metadataPrimitive", JSV3Source.middleware(91),
            "the strategy refused; $metadata is a truthy primitive: $metadata.attempts does not take")
          return JSV3CallResult(
            outcome: record.outcome, attempts: records, metadata: nil, thrown: error, endMs: clock.now)
        }
        trace?.record(
          "js.v3.rethrow", JSV3Source.middleware(91),
          "the strategy refused: the error is thrown with $metadata.attempts \(Int(attempts) + 1)")
        return JSV3CallResult(
          outcome: record.outcome, attempts: records, metadata: (attempts + 1, totalRetryDelay), thrown: error,
          endMs: clock.now)
      }
      try sendToken(&sleeps, trace: trace)
      token = next
      attempts = next.count
      // `totalRetryDelay += acquisitionDelay + getRetryDelay()`, the token's delay being min(20000, 0).
      totalRetryDelay += next.acquisitionDelay + 0
      record.outcome = "retry_request"
      record.limiter = limiter
      records.append(record)
    }
  }

  /// `rateLimiter.updateClientSendingRate(...)` when there is a limiter.
  mutating func updateLimiter(throttled: Bool, trace: Trace?) {
    limiter?.updateClientSendingRate(throttled: throttled, now: clock.now, trace: trace)
  }

  /// The adaptive strategy's `await this.rateLimiter.getSendToken()` (`AdaptiveRetryStrategy.ts:49`, `:60`).
  mutating func sendToken(_ sleeps: inout Int, trace: Trace?) throws(JSV3SessionFailure) {
    guard var current = limiter else { return }
    do throws(DefaultRateLimiter.SleepLimit) {
      let waits = try current.getSendToken(clock: &clock, sleeps: &sleeps, limit: Self.sleepLimit)
      if !waits.isEmpty {
        trace?.record(
          "js.v3.limiter.wait", JSV3Source.limiter(163),
          "getSendToken waits \(waits.count) time(s) for a token")
      }
    } catch {
      throw .sleepLimit(error.limit)
    }
    limiter = current
  }

  /// The client's `maxAttempts` as the retry middleware reads it for `amz-sdk-request` (`retryMiddleware.ts:48`;
  /// the deprecated strategy's own provider, `retry-pre-sra-deprecated/StandardRetryStrategy.ts:83`).
  public var headerMaxAttempts: Double {
    options.kind.isDeprecated ? options.maxAttempts ?? 3 : strategy.maxAttempts
  }

  /// `amz-sdk-request` as attempt `n` (1-based) carries it: `attempt=${attempts + 1}; max=${maxAttempts}`, where
  /// `attempts` is the retry count of the token (`retryMiddleware.ts:67`; `StandardRetryStrategy.ts:93`).
  public func requestHeader(attempt n: Int) -> String {
    "attempt=\(n); max=\(JSNumerics.numberToString(headerMaxAttempts))"
  }

  /// The SEP's word for a refusal code.
  static func outcome(_ code: Int) -> String {
    switch code {
    case 0: "retry_request"
    case 1: "fail_request"
    case 2: "max_attempts_exceeded"
    default: "retry_quota_exceeded"
    }
  }
}
