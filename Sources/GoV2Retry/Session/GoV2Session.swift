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

import GoErrorModel
public import RetryCore

/// What one attempt of a call did, as the retry middleware decided it (`aws/retry/middleware.go:179-326`).
public struct GoV2AttemptRecord: Sendable, Equatable {
  /// `attemptNum`, 1-based.
  public var attempt: Int
  /// `retry_request`, or the call's outcome for its last attempt.
  public var outcome: GoV2Outcome
  /// The error the middleware classified (after the clock-skew wrap), or nil.
  public var errorText: String?
  /// `retryer.IsErrorRetryable(err)`, nil when not asked (a success, or the attempt never ran).
  public var retryable: Bool?
  /// The retry token's cost, when one was requested.
  public var retryCost: UInt64?
  /// The sleep after this attempt (the backoff, or the 2026 long-poll sleep on a quota refusal), ns.
  public var delay: Int64?
  /// Backoff draws this attempt made.
  public var draws: Int
  /// The retry quota before the attempt and after everything the attempt did (nil for `ratelimit.None`).
  public var quotaBefore: UInt64?, quotaAfter: UInt64?
  /// Whether the clock-skew rule wrapped the error as `*retryableClockSkewError`.
  public var clockSkewWrapped: Bool
  /// Adaptive mode: how far the attempt token's waits moved the clock, ns (nil for Standard).
  public var sendTokenWaitNs: Int64? = nil
  /// Adaptive mode: the rate limiter after everything the attempt did (nil for Standard).
  public var limiter: GoV2AdaptiveRateLimit? = nil
}

/// How a call or an attempt ended, in the SEP's words where they exist.
public enum GoV2Outcome: String, Sendable, Equatable {
  /// The attempt failed and another follows.
  case retryRequest = "retry_request"
  /// The call returned no error.
  case success
  /// Not retryable: the error is returned as is.
  case failRequest = "fail_request"
  /// `*retry.MaxAttemptsError`.
  case maxAttemptsExceeded = "max_attempts_exceeded"
  /// `errors.Join(err, "failed to get rate limit token, retry quota exceeded, ...")`.
  case retryQuotaExceeded = "retry_quota_exceeded"
  /// Adaptive mode with `FailOnNoAttemptTokens`: no attempt token, `failed to get retry Send token, ...`
  /// (`middleware.go:200-204`, `adaptive.go:138-141`).
  case sendTokenFailed = "send_token_failed"
  /// The context was done: before an attempt (`ctx.Err()`), while taking the retry token
  /// (`canceled, context canceled`) or during the sleep (`*aws.RequestCanceledError`).
  case canceled
}

/// The result of one call.
public struct GoV2CallResult: Sendable, Equatable {
  /// The call's outcome.
  public var outcome: GoV2Outcome
  /// Every attempt, in order.
  public var attempts: [GoV2AttemptRecord]
  /// The error the caller sees (`OperationError` around it when the call names an operation), or nil.
  public var errorText: String?
  /// The virtual clock when the call returned, Unix ns.
  public var clockNs: Int64
}

/// Why a session produced no answer: a property of the request or a protective limit, never an SDK behaviour.
public enum GoV2SessionFault: Error, Sendable, Equatable {
  /// The request supplied fewer random values than the SDK drew.
  case randomExhausted(RandomExhausted)
  /// One call slept `limit` times (a loop that never ends under a virtual clock).
  case maxSleeps(limit: Int)
}

/// A session: one retryer and the client around it (`Attempt.ClientSkew`), the injected reader and the virtual
/// clock, through which calls run one after another and share the retry quota.
public struct GoV2Session: Sendable {
  /// The retryer; its rate limiter is the shared state.
  public private(set) var retryer: GoV2StandardRetryer
  /// `AdaptiveModeOptions` when the retryer is `NewAdaptiveMode`'s.
  public let adaptiveOptions: GoV2RetryerConfig.AdaptiveOptions?
  /// The adaptive retryer's rate limiter, built with it (nil for Standard).
  public private(set) var adaptiveLimiter: GoV2AdaptiveRateLimit?
  /// `AWS_NEW_RETRIES_2026 == "true"` during calls that do not set their own flag.
  public let newRetries2026: Bool
  /// `Attempt.DisableClockSkewCorrection`.
  public let disableClockSkewCorrection: Bool
  /// The client's service.
  public let service: GoV2Service?
  /// The injected reader.
  public private(set) var rand: GoCryptoRand
  /// The virtual clock, Unix ns.
  public private(set) var clock: Int64
  /// The client's stored skew (`Client.timeOffset`), ns.
  public private(set) var clientSkew: Int64 = 0
  /// The most sleeps one call may make.
  public let maxSleeps: Int

  /// Builds the retryer at `startNs` and readies the session.
  public init(
    config: GoV2RetryerConfig, newRetries2026: Bool, random: [UInt64], startNs: Int64, maxSleeps: Int = 100_000
  ) {
    retryer = GoV2StandardRetryer(config)
    adaptiveOptions = config.adaptive
    // NewAdaptiveMode builds Standard first, then newAdaptiveRateLimit reads the clock (adaptive.go:80-85).
    adaptiveLimiter = config.adaptive == nil ? nil : GoV2AdaptiveRateLimit(now: startNs)
    self.newRetries2026 = newRetries2026
    disableClockSkewCorrection = config.disableClockSkewCorrection
    service = config.service
    rand = GoCryptoRand(random)
    clock = startNs
    self.maxSleeps = maxSleeps
  }

  /// `Attempt.HandleFinalize` (`middleware.go:93-176`) for one call.
  public mutating func run(_ call: GoV2Call, trace: Trace?) throws(GoV2SessionFault) -> GoV2CallResult {
    if let start = call.startNs { clock = start }
    let is2026 = call.newRetries2026 ?? newRetries2026
    // The long-poll setter is an Initialize middleware added when the flag is on at stack build, for the
    // long-poll operations of the client's service (research note §2.2, modelled).
    let longPoll =
      call.longPoll ?? (is2026 && service?.isLongPoll(operation: call.operation?.name) == true)
    var attemptSkew = disableClockSkewCorrection ? 0 : clientSkew
    // MaxAttempts() is read once per operation (middleware.go:104).
    let maxAttempts = retryer.maxAttempts
    var pendingRetryCost: UInt64?  // the retry token taken before this attempt (releaseRetryToken)
    var contextDone = false
    var sent = 0
    var sleeps = 0
    var records: [GoV2AttemptRecord] = []
    var attemptNum = 0
    var finalError: GoError?
    var finalSkew: Int64?
    var outcome = GoV2Outcome.success

    func sleep(_ delay: Int64) throws(GoV2SessionFault) {
      sleeps += 1
      if sleeps > maxSleeps { throw .maxSleeps(limit: maxSleeps) }
      if delay > 0 { clock &+= delay }
    }

    loop: while true {
      attemptNum += 1
      let quotaBefore = retryer.rateLimiter.remaining
      var record = GoV2AttemptRecord(
        attempt: attemptNum, outcome: .retryRequest, errorText: nil, retryable: nil, retryCost: nil, delay: nil,
        draws: 0, quotaBefore: quotaBefore, quotaAfter: quotaBefore, clockSkewWrapped: false)
      let drawsBefore = rand.draws
      // A done context ends the call before any token is touched (middleware.go:191-195).
      if contextDone {
        trace?.record(
          "handleAttempt.contextDone", GoV2Source.middleware(192), "attempt \(attemptNum): ctx.Err() returned unwrapped"
        )
        finalError = .contextCanceled
        finalSkew = nil
        record.errorText = "context canceled"
        record.outcome = .canceled
        outcome = .canceled
        records.append(record)
        break loop
      }
      // GetAttemptToken: Standard's releases NoRetryIncrement on success (standard.go:257-274); adaptive mode's
      // waits for a send token (adaptive.go:132-149) and releases a rate-limiter update.
      if let options = adaptiveOptions, var limiter = adaptiveLimiter {
        let waitStart = clock
        while true {
          let (acquired, wait) = limiter.acquireToken(options.requestCost, now: clock)
          if acquired { break }
          if options.failOnNoAttemptTokens {
            adaptiveLimiter = limiter
            trace?.record(
              "GetAttemptToken.failOnNoAttemptTokens", GoV2Source.adaptive(139),
              "attempt \(attemptNum): \(limiter.tokens) tokens < \(options.requestCost): fail")
            record.outcome = .sendTokenFailed
            record.sendTokenWaitNs = clock &- waitStart
            record.limiter = limiter
            records.append(record)
            finalError = GoError(
              .errorf(
                prefix: "failed to get retry Send token, ", verb: .w, suffix: "",
                err: GoError(.plain("unable to get attempt token, and FailOnNoAttemptTokens enables"))))
            finalSkew = nil
            outcome = .sendTokenFailed
            break loop
          }
          trace?.record(
            "GetAttemptToken.wait", GoV2Source.adaptive(143),
            "attempt \(attemptNum): \(limiter.tokens) tokens < \(options.requestCost): sleep \(wait) ns")
          try sleep(wait)
        }
        adaptiveLimiter = limiter
        record.sendTokenWaitNs = clock &- waitStart
      }
      let listed = call.attempts[min(sent, call.attempts.count - 1)]
      sent += 1
      let requestAt = clock
      clock &+= listed.latency
      let responseAt = clock
      if listed.cancel { contextDone = true }
      var err = listed.wrappedError(contextDone: contextDone)
      // RecordResponseTiming (aws/middleware/middleware.go:59-92) sees the raw response of every layer but raw.
      var candidateSkew: Int64?
      if let response = listed.response, !disableClockSkewCorrection {
        let date = response.header.get("Date")
        var serverTime: GoHTTPDate.Instant?
        if !date.isEmpty {
          // smithyhttp.ParseTime: the first of five layouts that reads the value (smithy-go time/time.go:56-64).
          if let parsed = GoHTTPDate.parseWithLayout(date) {
            serverTime = parsed.instant
            if parsed.layout > 0 {
              trace?.record(
                "ParseHTTPDate.otherLayout", GoV2Source.smithyTime(57),
                "Date \(date): read by layout \(GoHTTPDate.layoutNames[parsed.layout])")
            }
          } else {
            trace?.record(
              "ParseHTTPDate.failed", GoV2Source.responseTiming(79), "Date \(date): no layout reads it, no server time")
          }
        }
        candidateSkew = GoV2ClockSkew.candidate(
          serverTime: serverTime, requestAt: requestAt,
          responseAt: responseAt, hasAgeHeader: !response.header.get("Age").isEmpty)
      }
      // releaseRetryToken(err): the token taken before this attempt is refunded iff it succeeded (middleware.go:237).
      if let cost = pendingRetryCost, err == nil {
        retryer.rateLimiter.addTokens(cost)
        trace?.record("releaseRetryToken", GoV2Source.standard(303), "attempt \(attemptNum) succeeded: refund \(cost)")
      }
      pendingRetryCost = nil
      // releaseAttemptToken(err), legacy always, 2026 only after attempt 1 (middleware.go:242-247).
      if !is2026 || attemptNum == 1, var limiter = adaptiveLimiter {
        // handleResponse: Update(throttles.IsErrorThrottle(err).Bool()) with DefaultThrottles (adaptive.go:151-156).
        let throttled = GoV2Classifier.errorCode(err, in: GoV2Codes.throttleErrorCodes) == .true
        limiter.update(throttled: throttled, now: clock)
        adaptiveLimiter = limiter
        trace?.record(
          "adaptive.Update", GoV2Source.adaptiveRateLimit(78),
          "attempt \(attemptNum): Update(throttled: \(throttled)), fillRate \(limiter.fillRate)")
      } else if !is2026 || attemptNum == 1 {
        if err == nil {
          retryer.rateLimiter.addTokens(retryer.noRetryIncrement)
          trace?.record(
            "releaseAttemptToken", GoV2Source.middleware(242),
            "attempt \(attemptNum) succeeded: AddTokens(NoRetryIncrement = \(retryer.noRetryIncrement))")
        }
      }
      guard var error = err else {
        record.outcome = .success
        record.quotaAfter = retryer.rateLimiter.remaining
        record.limiter = adaptiveLimiter
        records.append(record)
        finalError = nil
        finalSkew = candidateSkew
        outcome = .success
        break loop
      }
      // wrapAsClockSkew (middleware.go:254-257, 359-378).
      if !disableClockSkewCorrection, let candidate = candidateSkew,
        let code = error.firstAs({ $0.errorCodeMethod }), GoBytes.isMember(code, of: GoV2Codes.clockSkewCodes)
      {
        // absDuration(attemptSkew - candidateSkew) > skewThreshold (4 min): the subtraction wraps in Go.
        if Self.absDuration(attemptSkew &- candidate) > 240_000_000_000 {
          error = GoError(.clockSkew(err: error))
          record.clockSkewWrapped = true
          trace?.record(
            "wrapAsClockSkew", GoV2Source.middleware(373),
            "code \(code), |\(attemptSkew) - \(candidate)| ns > 4 min: *retryableClockSkewError")
        }
      }
      err = error
      record.errorText = Self.text(error)
      let isRetryable: Bool
      do {
        isRetryable = try retryer.classifier.isErrorRetryable(error, trace: trace).retryable
      } catch {
        // The decoder admits no error whose Error() panics.
        isRetryable = false
      }
      record.retryable = isRetryable
      finalSkew = candidateSkew
      var retried = false
      if !isRetryable {
        trace?.record("handleAttempt.notRetryable", GoV2Source.middleware(264), "attempt \(attemptNum): not retryable")
        finalError = error
        outcome = .failRequest
      } else if maxAttempts > 0 && attemptNum >= maxAttempts {
        trace?.record(
          "handleAttempt.maxAttempts", GoV2Source.middleware(275),
          "attempt \(attemptNum) >= MaxAttempts() \(maxAttempts)")
        finalError = GoError(.maxAttempts(attempt: attemptNum, err: error))
        outcome = .maxAttemptsExceeded
      } else {
        // GetRetryToken (standard.go:278-297): the cost by the flag read now.
        var cost = retryer.retryCost
        if is2026 {
          if retryer.classifier.isErrorThrottle(error, trace: trace) == .true { cost = retryer.throttlingRetryCost }
        } else if retryer.classifier.isErrorTimeout(error, trace: trace) == .true {
          cost = retryer.retryTimeoutCost
        }
        record.retryCost = cost
        if let tokenError = retryer.rateLimiter.getToken(cost: cost, contextDone: contextDone) {
          let retryTokenError = GoError(
            .errorf(prefix: "failed to get rate limit token, ", verb: .w, suffix: "", err: tokenError))
          trace?.record(
            "GetRetryToken.refused", GoV2Source.standard(291), "cost \(cost): \(Self.text(retryTokenError))")
          // Long polling in 2026 mode still backs off, with the real error (middleware.go:289-297).
          if is2026 && longPoll {
            var delay = try Self.backoff(
              retryer.backoff, attempt: attemptNum - 1, error: error, rand: &rand, trace: trace)
            delay = Self.adjustForRetryAfterHeader(delay, error: error, trace: trace)
            record.delay = delay
            trace?.record("handleAttempt.longPollSleep", GoV2Source.middleware(294), "long poll: sleep \(delay) ns")
            try sleep(contextDone ? 0 : delay)
          }
          finalError = GoError.join([error, retryTokenError])
          outcome = contextDone ? .canceled : .retryQuotaExceeded
        } else {
          pendingRetryCost = cost
          let attempt = is2026 ? attemptNum - 1 : attemptNum
          var delay = try Self.backoff(retryer.backoff, attempt: attempt, error: error, rand: &rand, trace: trace)
          if is2026 { delay = Self.adjustForRetryAfterHeader(delay, error: error, trace: trace) }
          record.delay = delay
          if contextDone {
            // The sleep ends at once with ctx.Err() (middleware.go:317-320).
            try sleep(0)
            trace?.record("handleAttempt.sleepCanceled", GoV2Source.middleware(318), "ctx done during the sleep")
            finalError = GoError(.requestCanceled(err: .contextCanceled))
            outcome = .canceled
          } else {
            try sleep(delay)
            trace?.record("handleAttempt.sleep", GoV2Source.middleware(317), "sleep \(delay) ns, retry")
            retried = true
          }
        }
      }
      record.draws = rand.draws - drawsBefore
      record.quotaAfter = retryer.rateLimiter.remaining
      record.limiter = adaptiveLimiter
      if retried {
        records.append(record)
        // The next attempt signs with this response's skew, or 0 without one (middleware.go:147).
        attemptSkew = candidateSkew ?? 0
        continue loop
      }
      record.outcome = outcome
      records.append(record)
      break loop
    }
    // The client keeps the last response's skew (middleware.go:168-172).
    if !disableClockSkewCorrection, let skew = finalSkew { clientSkew = skew }
    var errorText = finalError.map(Self.text)
    if let operation = call.operation, let error = finalError {
      errorText = Self.text(GoError(.operation(service: operation.service, operation: operation.name, err: error)))
    }
    return GoV2CallResult(outcome: outcome, attempts: records, errorText: errorText, clockNs: clock)
  }

  /// `absDuration(d)` (`middleware.go:380-386`): `-d` for a negative `d`, which wraps for MinInt64.
  static func absDuration(_ d: Int64) -> Int64 { d < 0 ? 0 &- d : d }

  /// `adjustForRetryAfterHeader` (`middleware.go:485-515`): clamp `x-amz-retry-after` (ms) to
  /// `[backoff, backoff + 5s]`; the millisecond product and the upper bound wrap as Go's int64 does.
  static func adjustForRetryAfterHeader(_ backoff: Int64, error: GoError, trace: Trace?) -> Int64 {
    guard let response = error.firstAs({ $0.smithyResponse }) else { return backoff }
    let value = response.header.get("X-Amz-Retry-After")
    guard !value.isEmpty else { return backoff }
    guard let ms = GoStrconv.atoi(value), ms >= 0 else {
      trace?.record("adjustForRetryAfterHeader.invalid", GoV2Source.middleware(497), "ignoring \"\(value)\"")
      return backoff
    }
    let retryAfter = ms &* 1_000_000
    let maxDuration = 5_000_000_000 &+ backoff
    let result = retryAfter < backoff ? backoff : (retryAfter > maxDuration ? maxDuration : retryAfter)
    trace?.record(
      "adjustForRetryAfterHeader", GoV2Source.middleware(504),
      "x-amz-retry-after \(ms) ms -> \(retryAfter) ns clamped to [\(backoff), \(maxDuration)] -> \(result)")
    return result
  }

  /// The text of an error the decoder admitted (its `Error()` does not panic).
  static func text(_ error: GoError) -> String {
    (try? error.errorText()) ?? ""
  }

  /// `RetryDelay(attempt, err)`; the backoff draws only, so its one fault is running out of draws.
  static func backoff(
    _ backoff: GoV2Backoff, attempt: Int, error: GoError, rand: inout GoCryptoRand, trace: Trace?
  ) throws(GoV2SessionFault) -> Int64 {
    do {
      return try backoff.delay(attempt: attempt, error: error, rand: &rand, trace: trace)
    } catch {
      switch error {
      case .randomExhausted(let exhausted): throw .randomExhausted(exhausted)
      case .panic(let panic): preconditionFailure("BackoffDelay cannot panic: \(panic)")
      }
    }
  }
}
