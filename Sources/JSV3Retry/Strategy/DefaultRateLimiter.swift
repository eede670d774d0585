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

/// `DefaultRateLimiter` (`util-retry/DefaultRateLimiter.ts:40-241`): the CUBIC client-side rate limiter, every
/// `Date.now()` reading taken from the virtual clock, every `getPrecise` as `parseFloat(v.toFixed(8))`.
public struct DefaultRateLimiter: Sendable, Equatable {
  /// `beta` (`:104`).
  static let beta = 0.7
  /// `minCapacity` (`:105`).
  static let minCapacity = 1.0
  /// `minFillRate` (`:106`).
  static let minFillRate = 0.5
  /// `scaleConstant` (`:107`).
  static let scaleConstant = 0.4
  /// `smooth` (`:108`).
  static let smooth = 0.8

  /// `enabled`.
  public internal(set) var enabled = false
  /// `availableTokens`.
  public internal(set) var availableTokens = 0.0
  /// `lastMaxRate`.
  public internal(set) var lastMaxRate = 0.0
  /// `measuredTxRate`.
  public internal(set) var measuredTxRate = 0.0
  /// `requestCount`.
  public internal(set) var requestCount = 0.0
  /// `fillRate`.
  public internal(set) var fillRate: Double
  /// `lastThrottleTime`.
  public internal(set) var lastThrottleTime: Double
  /// `lastTimestamp`.
  public internal(set) var lastTimestamp = 0.0
  /// `lastTxRateBucket`.
  public internal(set) var lastTxRateBucket: Double
  /// `maxCapacity`.
  public internal(set) var maxCapacity: Double
  /// `timeWindow`.
  public internal(set) var timeWindow = 0.0

  /// `new DefaultRateLimiter()` at `now` ms (`:103-115`).
  public init(now: Double) {
    lastThrottleTime = Self.seconds(now)
    lastTxRateBucket = JSMath.floor(Self.seconds(now))
    fillRate = Self.minFillRate
    maxCapacity = Self.minCapacity
  }

  /// `getCurrentTimeInSeconds()` (`:149-151`).
  static func seconds(_ now: Double) -> Double { now / 1000 }

  /// `getPrecise(num)` (`:238-240`).
  static func precise(_ value: Double) -> Double { JSNumerics.toFixedThenParseFloat(value, digits: 8) }

  /// `getSendToken()` → `acquireTokenBucket(1)` (`:117-119`, `:153-167`); returns the delays it waited for.
  mutating func getSendToken(clock: inout VirtualClock, sleeps: inout Int, limit: Int) throws(SleepLimit)
    -> [Double]
  {
    guard enabled else { return [] }
    refillTokenBucket(clock.now)
    var waits: [Double] = []
    while 1 > availableTokens {
      let delay = ((1 - availableTokens) / fillRate) * 1000
      sleeps += 1
      if sleeps > limit { throw SleepLimit(limit: limit) }
      clock.sleep(delay)
      waits.append(delay)
      refillTokenBucket(clock.now)
    }
    availableTokens = availableTokens - 1
    return waits
  }

  /// A call slept more often than the server allows.
  public struct SleepLimit: Error, Sendable, Equatable {
    /// The limit.
    public let limit: Int
  }

  /// `refillTokenBucket()` (`:169-179`): the first call only records the time.
  mutating func refillTokenBucket(_ now: Double) {
    let timestamp = Self.seconds(now)
    if lastTimestamp == 0 || lastTimestamp.isNaN {
      lastTimestamp = timestamp
      return
    }
    let fillAmount = (timestamp - lastTimestamp) * fillRate
    availableTokens = JSMath.min(maxCapacity, availableTokens + fillAmount)
    lastTimestamp = timestamp
  }

  /// `updateClientSendingRate(response)` (`:121-147`); `throttled` is the response's throttling test (`:130-131`).
  mutating func updateClientSendingRate(throttled: Bool, now: Double, trace: Trace?) {
    updateMeasuredRate(now)
    let calculatedRate: Double
    if throttled {
      let rateToUse = !enabled ? measuredTxRate : JSMath.min(measuredTxRate, fillRate)
      lastMaxRate = rateToUse
      calculateTimeWindow()
      lastThrottleTime = Self.seconds(now)
      calculatedRate = cubicThrottle(rateToUse)
      enabled = true
      trace?.record(
        "js.v3.limiter.throttle", JSV3Source.limiter(133),
        "throttled: lastMaxRate \(JSNumerics.numberToString(rateToUse)), rate \(JSNumerics.numberToString(calculatedRate))"
      )
    } else {
      calculateTimeWindow()
      calculatedRate = cubicSuccess(now)
      trace?.record(
        "js.v3.limiter.success", JSV3Source.limiter(142), "cubicSuccess: \(JSNumerics.numberToString(calculatedRate))")
    }
    let newRate = JSMath.min(calculatedRate, 2 * measuredTxRate)
    updateTokenBucketRate(newRate, now: now)
  }

  /// `cubicThrottle(rateToUse)` (`:189-191`).
  func cubicThrottle(_ rateToUse: Double) -> Double { Self.precise(rateToUse * Self.beta) }

  /// `cubicSuccess(timestamp)` (`:199-203`) at `now` ms.
  func cubicSuccess(_ now: Double) -> Double {
    Self.precise(
      Self.scaleConstant * JSNumerics.pow(Self.seconds(now) - lastThrottleTime - timeWindow, 3) + lastMaxRate)
  }

  /// `calculateTimeWindow()` (`:181-183`).
  mutating func calculateTimeWindow() {
    timeWindow = Self.precise(JSNumerics.pow((lastMaxRate * (1 - Self.beta)) / Self.scaleConstant, 1.0 / 3))
  }

  /// `updateTokenBucketRate(newRate)` (`:214-223`).
  mutating func updateTokenBucketRate(_ newRate: Double, now: Double) {
    refillTokenBucket(now)
    fillRate = JSMath.max(newRate, Self.minFillRate)
    maxCapacity = JSMath.max(newRate, Self.minCapacity)
    availableTokens = JSMath.min(availableTokens, maxCapacity)
  }

  /// `updateMeasuredRate()` (`:225-236`).
  mutating func updateMeasuredRate(_ now: Double) {
    let t = Self.seconds(now)
    let timeBucket = JSMath.floor(t * 2) / 2
    requestCount += 1
    if timeBucket > lastTxRateBucket {
      let currentRate = requestCount / (timeBucket - lastTxRateBucket)
      measuredTxRate = Self.precise(currentRate * Self.smooth + measuredTxRate * (1 - Self.smooth))
      requestCount = 0
      lastTxRateBucket = timeBucket
    }
  }
}
