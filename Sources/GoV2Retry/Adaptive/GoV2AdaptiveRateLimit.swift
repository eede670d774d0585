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

/// `adaptiveRateLimit` with its `adaptiveTokenBucket` (`aws/retry/adaptive_ratelimit.go`,
/// `adaptive_token_bucket.go`): the CUBIC client send rate. Every method takes the virtual clock's reading
/// (`sdk.NowTime()`, Unix ns) where the SDK reads it; the session's clock does not move inside one call.
public struct GoV2AdaptiveRateLimit: Sendable, Equatable {
  /// `tokenBucketEnabled`.
  public private(set) var enabled = false
  /// `smooth`, `beta`, `scaleConstant`, `minFillRate` (`adaptive_ratelimit.go:36-41`).
  static let smooth = 0.8, beta = 0.7, scaleConstant = 0.4, minFillRate = 0.5
  /// `fillRate`, `calculatedRate`, `measuredTxRate`, `lastTxRateBucket`, `lastMaxRate`, `timeWindow`.
  public private(set) var fillRate = 0.0, calculatedRate = 0.0, measuredTxRate = 0.0, lastTxRateBucket: Double,
    lastMaxRate = 0.0, timeWindow = 0.0
  /// `requestCount`.
  public private(set) var requestCount: Int64 = 0
  /// `lastRefilled` (Unix ns), nil for the zero `time.Time`.
  public private(set) var lastRefilledNs: Int64?
  /// `lastThrottleTime`, Unix ns.
  public private(set) var lastThrottleTimeNs: Int64
  /// The bucket's `remainingTokens` and `maxCapacity` (`minCapacity` is 1).
  public private(set) var tokens = 0.0, capacity = 0.0

  /// `newAdaptiveRateLimit()` at `now` (`adaptive_ratelimit.go:34-48`).
  public init(now: Int64) {
    lastTxRateBucket = (Self.seconds(unixNano: now)).rounded(.down)
    lastThrottleTimeNs = now
  }

  /// `AcquireToken(amount)` (`:57-76`): whether the token was taken, else how long to wait (ns).
  mutating func acquireToken(_ amount: UInt64, now: Int64) -> (acquired: Bool, wait: Int64) {
    guard enabled else { return (true, 0) }
    refill(now: now)
    // Retrieve (adaptive_token_bucket.go:33-43).
    let request = Double(amount)
    if request > tokens {
      return (false, GoMath.int64(truncating: (request - tokens) / fillRate * 1e9))
    }
    tokens -= request
    return (true, 0)
  }

  /// `Update(throttled)` (`:78-102`).
  mutating func update(throttled: Bool, now: Int64) {
    updateMeasuredRate(now: now)
    if throttled {
      let rateToUse = enabled ? GoMath.min(measuredTxRate, fillRate) : measuredTxRate
      lastMaxRate = rateToUse
      calculateTimeWindow()
      lastThrottleTimeNs = now
      calculatedRate = rateToUse * Self.beta
      enabled = true
    } else {
      calculateTimeWindow()
      // cubicSuccess (:104-107): dt from t.Sub(lastThrottleTime).
      let dt = Double(Self.sub(now, lastThrottleTimeNs)) / 1e9
      calculatedRate = (Self.scaleConstant * GoMath.pow(dt - timeWindow, 3)) + lastMaxRate
    }
    let newRate = GoMath.min(calculatedRate, 2 * measuredTxRate)
    // tokenBucketUpdateRate (:117-121): refill with the old fill rate, then Resize (adaptive_token_bucket.go:73-83).
    refill(now: now)
    fillRate = GoMath.max(newRate, Self.minFillRate)
    capacity = GoMath.max(newRate, 1)
    tokens = GoMath.min(tokens, capacity)
  }

  /// `calculateTimeWindow` (`:113-115`); `1.-beta` is computed at run time from the variable.
  mutating func calculateTimeWindow() {
    timeWindow = GoMath.pow((lastMaxRate * (1 - Self.beta)) / Self.scaleConstant, 1.0 / 3.0)
  }

  /// `updateMeasuredRate` (`:123-134`).
  mutating func updateMeasuredRate(now: Int64) {
    let timeBucket = (Self.seconds(unixNano: now) * 2).rounded(.down) / 2
    requestCount &+= 1
    if timeBucket > lastTxRateBucket {
      let currentRate = Double(requestCount) / (timeBucket - lastTxRateBucket)
      measuredTxRate = (currentRate * Self.smooth) + (measuredTxRate * (1 - Self.smooth))
      requestCount = 0
      lastTxRateBucket = timeBucket
    }
  }

  /// `tokenBucketRefill` (`:136-146`) with `Refund` (`adaptive_token_bucket.go:47-53`).
  mutating func refill(now: Int64) {
    guard let last = lastRefilledNs else {
      lastRefilledNs = now
      return
    }
    let fillAmount = Double(Self.sub(now, last)) / 1e9 * fillRate
    tokens = GoMath.min(tokens + fillAmount, capacity)
    lastRefilledNs = now
  }

  /// `timeFloat64Seconds` (`:156-158`).
  static func seconds(unixNano: Int64) -> Double { Double(unixNano) / 1e9 }

  /// `time.Time.Sub` of two wall-clock instants: the difference, saturated at the `Duration` bounds.
  static func sub(_ t: Int64, _ u: Int64) -> Int64 {
    let (difference, overflow) = t.subtractingReportingOverflow(u)
    guard overflow else { return difference }
    return t < u ? .min : .max
  }
}
