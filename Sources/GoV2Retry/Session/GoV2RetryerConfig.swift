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

/// How a session's retryer is built: `retry.NewStandard` with functional options setting the given fields
/// (absent ones keep `standardDefaults()` of the construction-time mode, `standard.go:315-343`), and the
/// wrappers of `aws/retry/retry.go` around it.
public struct GoV2RetryerConfig: Sendable, Equatable {
  /// `AWS_NEW_RETRIES_2026 == "true"` while `NewStandard` runs: it fixes the cost defaults and the backoff
  /// formula (`standard.go:204,214`).
  public var newRetries2026AtConstruction: Bool
  /// `StandardOptions.MaxAttempts`; `<= 0` becomes 3 (`standard.go:208-210`).
  public var maxAttempts: Int?
  /// `StandardOptions.MaxBackoff`, ns (kept as given, 0 included).
  public var maxBackoff: Int64?
  /// `StandardOptions.BaseDelay`, ns (2026 only; 0 becomes 50 ms).
  public var baseDelay: Int64?
  /// `StandardOptions.RateLimiter`: nil keeps the default `NewTokenRateLimit(500)`.
  public var rateLimiter: RateLimiterChoice?
  /// `RetryCost`.
  public var retryCost: UInt64?
  /// `RetryTimeoutCost`.
  public var retryTimeoutCost: UInt64?
  /// `ThrottlingRetryCost`.
  public var throttlingRetryCost: UInt64?
  /// `NoRetryIncrement`.
  public var noRetryIncrement: UInt64?
  /// The classification: `AddWithErrorCodes` codes and added throttle codes.
  public var classifier: GoV2Classifier
  /// `retry.AddWithMaxAttempts(r, n)`: `MaxAttempts()` returns `n` verbatim (`retry.go:40-54`).
  public var wrapMaxAttempts: Int?
  /// `retry.AddWithMaxBackoffDelay(r, d)`: `RetryDelay` uses `NewExponentialJitterBackoff(d)`, the legacy
  /// formula (`retry.go:59-73`).
  public var wrapMaxBackoff: Int64?
  /// `Attempt.DisableClockSkewCorrection`.
  public var disableClockSkewCorrection: Bool
  /// `retry.NewAdaptiveMode` around the Standard retryer these options build, or nil for `NewStandard` alone.
  public var adaptive: AdaptiveOptions?
  /// The client's service (`GoV2Service`): DynamoDB's 2026 defaults and which operations long-poll.
  public var service: GoV2Service?

  /// `AdaptiveModeOptions` (`aws/retry/adaptive.go:28-50`); `Throttles` stays `DefaultThrottles`.
  public struct AdaptiveOptions: Sendable, Equatable {
    /// `RequestCost` (default `DefaultRequestCost = 1`, `adaptive.go:15`).
    public var requestCost: UInt64
    /// `FailOnNoAttemptTokens`.
    public var failOnNoAttemptTokens: Bool

    /// Creates the options; the defaults are `NewAdaptiveMode`'s.
    public init(requestCost: UInt64 = 1, failOnNoAttemptTokens: Bool = false) {
      self.requestCost = requestCost
      self.failOnNoAttemptTokens = failOnNoAttemptTokens
    }
  }

  /// The rate limiter of `StandardOptions`.
  public enum RateLimiterChoice: Sendable, Equatable {
    /// `ratelimit.NewTokenRateLimit(tokens)`.
    case tokenBucket(UInt64)
    /// `ratelimit.None`.
    case none
  }

  /// Creates a configuration; every option absent.
  public init(newRetries2026AtConstruction: Bool) {
    self.newRetries2026AtConstruction = newRetries2026AtConstruction
    classifier = GoV2Classifier()
    disableClockSkewCorrection = false
  }
}

/// A built `*retry.Standard` with its wrappers: the options after defaults, the backoff, and the rate limiter's
/// state, which every call through the retryer shares.
public struct GoV2StandardRetryer: Sendable, Equatable {
  /// `StandardOptions.MaxAttempts` after `NewStandard`.
  public let optionsMaxAttempts: Int
  /// `retryer.MaxAttempts()`: the `AddWithMaxAttempts` value when wrapped, else the option.
  public let maxAttempts: Int
  /// The backoff `RetryDelay` uses (the wrapper's when `AddWithMaxBackoffDelay` is applied).
  public let backoff: GoV2Backoff
  /// `RetryCost`, `RetryTimeoutCost`, `ThrottlingRetryCost`, `NoRetryIncrement`.
  public let retryCost: UInt64, retryTimeoutCost: UInt64, throttlingRetryCost: UInt64, noRetryIncrement: UInt64
  /// The classification.
  public let classifier: GoV2Classifier
  /// The shared rate limiter (retry quota).
  public internal(set) var rateLimiter: GoV2RateLimiter

  /// `NewStandard(options...)` (`standard.go:203-235`) in the construction-time mode, then the wrappers.
  public init(_ config: GoV2RetryerConfig) {
    let is2026 = config.newRetries2026AtConstruction
    // standardDefaults (standard.go:315-343): legacy leaves ThrottlingRetryCost at 0.
    // A DynamoDB client built in 2026 mode: 4 attempts, 25 ms base (modelled, GoV2Service).
    let dynamoDB2026 = is2026 && config.service?.isDynamoDB == true
    var maxAttempts = config.maxAttempts ?? (dynamoDB2026 ? 4 : 3)
    if maxAttempts <= 0 { maxAttempts = 3 }
    optionsMaxAttempts = maxAttempts
    self.maxAttempts = config.wrapMaxAttempts ?? maxAttempts
    retryCost = config.retryCost ?? (is2026 ? 14 : 5)
    retryTimeoutCost = config.retryTimeoutCost ?? 10
    throttlingRetryCost = config.throttlingRetryCost ?? (is2026 ? 5 : 0)
    noRetryIncrement = config.noRetryIncrement ?? 1
    classifier = config.classifier
    switch config.rateLimiter ?? .tokenBucket(500) {
    case .tokenBucket(let tokens): rateLimiter = .tokenBucket(GoV2TokenBucket(tokens))
    case .none: rateLimiter = .none
    }
    let maxBackoff = config.maxBackoff ?? 20_000_000_000
    if let wrapped = config.wrapMaxBackoff {
      backoff = .legacy(maxBackoff: wrapped)
    } else if is2026 {
      var baseDelay = config.baseDelay ?? (dynamoDB2026 ? 25_000_000 : 0)
      if baseDelay == 0 { baseDelay = 50_000_000 }
      backoff = .retries2026(maxBackoff: maxBackoff, baseDelay: baseDelay, throttle: config.classifier)
    } else {
      backoff = .legacy(maxBackoff: maxBackoff)
    }
  }
}
