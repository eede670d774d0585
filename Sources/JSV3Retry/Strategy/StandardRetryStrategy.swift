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

/// `StandardRetryStrategy` (`StandardRetryStrategy.ts:56-199`), and `ConfiguredRetryStrategy`
/// (`ConfiguredRetryStrategy.ts:12-51`), which replaces its backoff: a retry quota per instance, the refusal
/// codes, the backoff with the retry hint's clamp, and the sleep inside `refreshRetryTokenForRetry`.
public struct StandardRetryStrategy: Sendable, Equatable {
  /// `INITIAL_RETRY_TOKENS` (`util-retry/constants.ts:30`), also the quota's maximum.
  public static let initialRetryTokens = 500.0

  /// `DefaultRetryToken` (`DefaultRetryToken.ts:8-34`): the SRA tokens' delay is 0 once issued by a refresh.
  public struct Token: Sendable, Equatable {
    /// `getRetryCount()`.
    public let count: Double
    /// `getRetryCost()`, nil for `undefined`.
    public let cost: Double?
    /// `isLongPoll()`.
    public let longPoll: Bool
    /// `$retryLog.acquisitionDelay`.
    public var acquisitionDelay: Double = 0
  }

  /// What one `refreshRetryTokenForRetry` did.
  public struct Refresh: Sendable, Equatable {
    /// `retryCode`: 0 retries, 1 not retryable, 2 attempts exhausted, 3 capacity exhausted.
    public let retryCode: Int
    /// The delay the strategy slept for (`setTimeout`'s argument), nil when it did not sleep.
    public let delay: Double?
    /// How far the clock moved while the strategy slept.
    public let slept: Double
    /// The new token when it retries, nil when it threw `No retry token available`.
    public let token: Token?
  }

  /// The class this instance is.
  public let kind: JSV3StrategyOptions.Kind
  /// The value the `maxAttemptsProvider` resolves to.
  public let maxAttempts: Double
  /// `baseDelay`, captured at construction.
  public let baseDelay: Double
  /// The configured strategy's delays.
  public let configuredDelays: JSV3StrategyOptions.ConfiguredDelays
  /// `capacity`.
  public private(set) var capacity: Double
  /// How many times the configured delay function has been called.
  public private(set) var configuredCalls = 0

  /// Builds the strategy as `options` says, with `Retry.v2026` equal to `v2026AtConstruction`
  /// (`StandardRetryStrategy.ts:67-80`, `ConfiguredRetryStrategy.ts:34-50`, `configurations.ts:90-121`).
  public init(_ options: JSV3StrategyOptions) {
    let flag = options.v2026AtConstruction ?? options.v2026
    let dynamoDB2026 =
      (options.kind == .standard || options.kind == .adaptive) && options.construct == .client && options.isDynamoDB
      && flag
    kind = options.kind
    maxAttempts = options.maxAttempts ?? (dynamoDB2026 ? 4 : 3)
    switch options.kind {
    case .standard, .adaptive, .deprecatedStandard, .deprecatedAdaptive:
      baseDelay = options.baseDelay ?? (dynamoDB2026 ? 25 : RetryFlag.delay(v2026: flag))
      configuredDelays = .constant(RetryFlag.delay(v2026: flag))
    case .configured:
      baseDelay = RetryFlag.delay(v2026: flag)
      configuredDelays = options.delays ?? .constant(RetryFlag.delay(v2026: flag))
    }
    capacity = options.initialCapacity ?? Self.initialRetryTokens
  }

  /// `acquireInitialRetryToken(scope)` (`:82-84`): long polling is frozen into the token now.
  public func acquireInitialRetryToken(longPollScope: Bool, v2026: Bool) -> Token {
    Token(count: 0, cost: nil, longPoll: v2026 && longPollScope)
  }

  /// `getCapacityCost(errorType)` (`:192-194`) under the current flag.
  static func capacityCost(_ type: JSV3ErrorType, v2026: Bool) -> Double {
    type == RetryFlag.modifiedCostType(v2026: v2026)
      ? RetryFlag.throttlingCost(v2026: v2026) : RetryFlag.cost(v2026: v2026)
  }

  /// `retryCode(token, errorInfo, maxAttempts)` (`:178-190`): 1 beats 2 beats 3.
  func retryCode(_ token: Token, _ type: JSV3ErrorType, v2026: Bool) -> Int {
    let attempts = token.count + 1
    if type != .throttling && type != .transient { return 1 }
    if !(attempts < maxAttempts) { return 2 }
    if !(capacity >= Self.capacityCost(type, v2026: v2026)) { return 3 }
    return 0
  }

  /// `computeNextBackoffDelay(token.getRetryCount())` after `setDelayBase` (`:98-100`): one `Math.random()` for
  /// the standard strategy; the configured one calls its function with `count + 1` instead.
  mutating func backoff(
    _ token: Token, _ type: JSV3ErrorType, v2026: Bool, random: inout DrawStream<Double>, trace: Trace?
  ) throws(RandomExhausted) -> Double {
    switch kind {
    case .standard, .adaptive, .deprecatedStandard, .deprecatedAdaptive:
      let base = type == .throttling ? RetryFlag.throttlingDelay(v2026: v2026) : baseDelay
      let b = try random.next()
      let delay = BackoffDelay.compute(base: base, retryCount: token.count, random: b)
      trace?.record(
        "js.v3.backoff", JSV3Source.backoff(18),
        "floor(\(JSNumerics.numberToString(b)) * min(\(JSNumerics.numberToString(base)) * 2 ** "
          + "\(JSNumerics.numberToString(token.count)), 20000)) = \(JSNumerics.numberToString(delay))")
      return delay
    case .configured:
      let delay: Double
      switch configuredDelays {
      case .constant(let value): delay = value
      case .sequence(let values): delay = values[min(configuredCalls, values.count - 1)]
      }
      configuredCalls += 1
      trace?.record(
        "js.v3.configuredBackoff", JSV3Source.configured(44),
        "computeNextBackoffDelay(\(JSNumerics.numberToString(token.count + 1))) = \(JSNumerics.numberToString(delay))")
      return delay
    }
  }

  /// `refreshRetryTokenForRetry(token, errorInfo)` (`:86-139`) at the clock's instant, sleeping on `clock`.
  public mutating func refreshRetryTokenForRetry(
    _ token: Token, errorType: JSV3ErrorType, retryAfterHint: Double?, v2026: Bool, clock: inout VirtualClock,
    random: inout DrawStream<Double>, trace: Trace? = nil
  ) throws(RandomExhausted) -> Refresh {
    let code = retryCode(token, errorType, v2026: v2026)
    if let trace {
      let says =
        "retryCode \(code) (\(errorType.rawValue), attempt \(JSNumerics.numberToString(token.count + 1)) of "
        + "\(JSNumerics.numberToString(maxAttempts)), capacity \(JSNumerics.numberToString(capacity)))"
      switch code {
      case 0: trace.record("js.v3.retryCode.0", JSV3Source.standard(189), says)
      case 1: trace.record("js.v3.retryCode.1", JSV3Source.standard(185), says)
      case 2: trace.record("js.v3.retryCode.2", JSV3Source.standard(186), says)
      default: trace.record("js.v3.retryCode.3", JSV3Source.standard(187), says)
      }
    }
    let shouldRetry = code == 0
    guard shouldRetry || token.longPoll else {
      return Refresh(retryCode: code, delay: nil, slept: 0, token: nil)
    }
    let fromType = try backoff(token, errorType, v2026: v2026, random: &random, trace: trace)
    var retryDelay = fromType
    if let hint = retryAfterHint {
      retryDelay = JSMath.max(fromType, JSMath.min(hint - clock.now, fromType + 5_000))
      trace?.record(
        "js.v3.hintClamp", JSV3Source.standard(104),
        "max(\(JSNumerics.numberToString(fromType)), min(hint - now, d + 5000)) = "
          + JSNumerics.numberToString(retryDelay))
    }
    if !shouldRetry {
      let longPollBackoff = v2026 && code == 3 && token.longPoll ? retryDelay : 0
      guard longPollBackoff > 0 else {
        trace?.record(
          "js.v3.longPoll.refused", JSV3Source.standard(116),
          "long-poll token refused with code \(code): no sleep, throws")
        return Refresh(retryCode: code, delay: nil, slept: 0, token: nil)
      }
      let slept = clock.sleep(longPollBackoff)
      trace?.record(
        "js.v3.longPoll.sleep", JSV3Source.standard(118),
        "long-poll token refused with code 3: sleeps \(JSNumerics.numberToString(longPollBackoff)), then throws")
      return Refresh(retryCode: code, delay: longPollBackoff, slept: slept, token: nil)
    }
    let cost = Self.capacityCost(errorType, v2026: v2026)
    capacity -= cost
    var next = Token(count: token.count + 1, cost: cost, longPoll: token.longPoll)
    let slept = clock.sleep(retryDelay)
    next.acquisitionDelay = retryDelay
    trace?.record(
      "js.v3.retry", JSV3Source.standard(122),
      "capacity -= \(JSNumerics.numberToString(cost)); sleeps \(JSNumerics.numberToString(retryDelay))")
    return Refresh(retryCode: 0, delay: retryDelay, slept: slept, token: next)
  }

  /// `recordSuccess(token)` (`:141-143`): refunds the token's cost, or 1, up to 500.
  public mutating func recordSuccess(_ token: Token, trace: Trace? = nil) {
    capacity = JSMath.min(Self.initialRetryTokens, capacity + (token.cost ?? 1))
    trace?.record(
      "js.v3.recordSuccess", JSV3Source.standard(142), "capacity -> \(JSNumerics.numberToString(capacity))")
  }
}
