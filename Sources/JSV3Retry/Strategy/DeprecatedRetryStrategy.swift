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
import RetryCore

/// The pre-SRA strategies of `middleware-retry/retry-pre-sra-deprecated/` that older clients still run through
/// `retryStrategy.retry(next, args)` (`retryMiddleware.ts:106-113`): `StandardRetryStrategy.retry` with the default
/// retry decider, delay decider and retry quota, and the `AdaptiveRetryStrategy` that takes a send token before
/// every attempt and updates its limiter only after a success.
enum DeprecatedRetryStrategy {
  /// `getDefaultRetryQuota(initialRetryTokens)` (`defaultRetryQuota.ts:33-65`): capacity and its maximum.
  struct Quota: Sendable, Equatable {
    /// `MAX_CAPACITY`, the initial tokens.
    let maximum: Double
    /// `availableCapacity`.
    var available: Double

    /// `getCapacityAmount` (`:41`): 10 for a `TimeoutError`, else 5.
    static func cost(_ error: JSV3Error) -> Double {
      error.effectiveName.strictEquals("TimeoutError") ? 10 : 5
    }

    /// `hasRetryTokens` (`:43`).
    func hasRetryTokens(_ error: JSV3Error) -> Bool { Self.cost(error) <= available }

    /// `retrieveRetryTokens` (`:45-53`), called only when `hasRetryTokens` held.
    mutating func retrieve(_ error: JSV3Error) -> Double {
      let amount = Self.cost(error)
      available -= amount
      return amount
    }

    /// `releaseRetryTokens(amount)` (`:55-58`): the amount or 1, up to the maximum.
    mutating func release(_ amount: Double?) {
      available += amount ?? 1
      available = JSMath.min(available, maximum)
    }
  }

  /// `defaultRetryDecider` (`retryDecider.ts:14-20`): trait, clock-skew name, throttling or transient.
  static func retryDecider(_ error: JSV3Error) throws(JSThrow) -> Bool {
    if ErrorClassification.isRetryableByTrait(error) || ErrorClassification.isClockSkewError(error)
      || ErrorClassification.isThrottlingError(error)
    {
      return true
    }
    return try ErrorClassification.isTransientError(error)
  }

  /// `defaultDelayDecider(delayBase, attempts)` (`delayDecider.ts:8-9`): one `Math.random()`.
  static func delayDecider(base: Double, attempts: Double, random b: Double) -> Double {
    JSMath.floor(JSMath.min(BackoffDelay.maximumRetryDelay, b * JSNumerics.pow(2, attempts) * base))
  }

  /// `getDelayFromRetryAfterHeader(err.$response)` (`StandardRetryStrategy.ts:145-157`): the first key whose lower
  /// case is `retry-after`; `Number(v)` seconds capped at 20 s. A value that is not a number goes to `new Date(v)`:
  /// `min(getTime() - Date.now(), 20000)`, NaN for an Invalid Date (`:155-156`).
  static func delayFromRetryAfter(_ response: JSV3Error.Response?, now: Double, trace: Trace? = nil) -> Double? {
    guard let response, case .number = response.statusCode, let headers = response.headers else { return nil }
    guard
      let header = RetryAfterHint.firstHeader(headers, where: { RetryAfterHint.isLowercase($0, of: "retry-after") })
    else { return nil }
    // Number() and Date() read a lone surrogate as they read U+FFFD: a unit that is no digit, space or letter.
    let seconds = JSNumerics.stringToNumber(header.value.wellFormed)
    guard !seconds.isNaN else {
      let time = JSDateParse.parse(header.value.wellFormed)
      trace?.record(
        "js.v3.deprecated.newDate", JSV3Source.deprecated(155),
        "new Date(\(header.value)).getTime() = \(JSNumerics.numberToString(time))")
      return JSMath.min(time - now, 20_000)
    }
    return JSMath.min(seconds * 1000, 20_000)
  }
}

extension JSV3Session {
  /// One call through `StandardRetryStrategy.retry` (`retry-pre-sra-deprecated/StandardRetryStrategy.ts:71-137`),
  /// with the adaptive strategy's hooks (`AdaptiveRetryStrategy.ts:31-43`).
  mutating func runDeprecated(_ call: JSV3Call, index: Int, attemptLimit: Int, trace: Trace?) throws(JSV3SessionFailure)
    -> JSV3CallResult
  {
    var replay = AttemptReplay(call.attempts, limit: attemptLimit)
    var sleeps = 0
    var retryTokenAmount: Double?
    var attempts = 0.0
    var totalDelay = 0.0
    var records: [JSV3AttemptRecord] = []
    let maxAttempts = options.maxAttempts ?? 3
    while true {
      // beforeRequest: the adaptive strategy's getSendToken before every attempt (the previous attempt's record
      // shows the limiter after it).
      try sendToken(&sleeps, trace: trace)
      if !records.isEmpty { records[records.count - 1].limiter = limiter }
      let attempt: JSV3Attempt
      do throws(AttemptLimitExceeded) {
        attempt = try replay.next()
      } catch {
        throw .attemptLimit(error.limit)
      }
      clock.pass(attempt.latencyMs)
      let number = replay.made
      guard let error = attempt.error else {
        // afterRequest(response): a response is never a throttling error.
        updateLimiter(throttled: false, trace: trace)
        deprecatedQuota?.release(retryTokenAmount)
        trace?.record("js.v3.deprecated.success", JSV3Source.deprecated(104), "releaseRetryTokens")
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: "success", sleptMs: 0, draws: 0, capacityBefore: nil, capacityAfter: nil,
            limiter: limiter))
        return JSV3CallResult(
          outcome: "success", attempts: records, metadata: (attempts + 1, totalDelay), thrown: nil, endMs: clock.now)
      }
      attempts += 1
      let belowMax = attempts < maxAttempts
      let decided: Bool
      do throws(JSThrow) {
        decided = belowMax ? try DeprecatedRetryStrategy.retryDecider(error) : false
      } catch {
        // The decider throws inside `retry`'s catch block: the call rejects with that TypeError (`:112`).
        trace?.record("js.v3.deprecated.deciderThrows", JSV3Source.deprecated(112), "the retry decider throws \(error)")
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: "classifier_threw", sleptMs: 0, draws: 0, capacityBefore: nil,
            capacityAfter: nil, limiter: limiter))
        return JSV3CallResult(
          outcome: "classifier_threw", attempts: records, metadata: nil, thrown: .typeError(error), endMs: clock.now)
      }
      let hasTokens = decided && (deprecatedQuota?.hasRetryTokens(error) ?? false)
      guard hasTokens else {
        let outcome = !belowMax ? "max_attempts_exceeded" : !decided ? "fail_request" : "retry_quota_exceeded"
        trace?.record("js.v3.deprecated.refused", JSV3Source.deprecated(112), "shouldRetry is false: \(outcome)")
        records.append(
          JSV3AttemptRecord(
            attempt: number, outcome: outcome, sleptMs: 0, draws: 0, capacityBefore: nil, capacityAfter: nil,
            limiter: limiter))
        if let failure = error.metadataAssignmentFailure {
          trace?.record(
            "js.v3.rethrow.metadataPrimitive", JSV3Source.deprecated(132),
            "shouldRetry is false; $metadata.attempts on a truthy primitive throws \(failure) (a class is strict)")
          return JSV3CallResult(
            outcome: outcome, attempts: records, metadata: nil, thrown: .typeError(failure), endMs: clock.now)
        }
        return JSV3CallResult(
          outcome: outcome, attempts: records, metadata: (attempts, totalDelay), thrown: error, endMs: clock.now)
      }
      retryTokenAmount = deprecatedQuota?.retrieve(error)
      let base = ErrorClassification.isThrottlingError(error) ? 500.0 : 100.0
      let drawsBefore = random.consumed
      let b: Double
      do throws(RandomExhausted) {
        b = try random.next()
      } catch {
        throw .randomExhausted(available: error.available)
      }
      let fromDecider = DeprecatedRetryStrategy.delayDecider(base: base, attempts: attempts, random: b)
      let fromResponse = DeprecatedRetryStrategy.delayFromRetryAfter(error.response, now: clock.now, trace: trace)
      let responseDelay = fromResponse.map { JSValue.number($0).isTruthy ? $0 : 0 } ?? 0
      let delay = JSMath.max(responseDelay, fromDecider)
      trace?.record(
        "js.v3.deprecated.retry", JSV3Source.deprecated(120),
        "max(Retry-After \(JSNumerics.numberToString(responseDelay)), floor(min(20000, b * 2 ** "
          + "\(JSNumerics.numberToString(attempts)) * \(JSNumerics.numberToString(base))))) = "
          + JSNumerics.numberToString(delay))
      totalDelay += delay
      let slept = clock.sleep(delay)
      records.append(
        JSV3AttemptRecord(
          attempt: number, outcome: "retry_request", delay: delay, sleptMs: slept,
          draws: random.consumed - drawsBefore, capacityBefore: nil, capacityAfter: nil, limiter: limiter))
    }
  }
}
