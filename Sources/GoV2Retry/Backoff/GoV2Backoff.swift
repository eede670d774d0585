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

public import GoErrorModel
public import RetryCore

/// `retry.ExponentialJitterBackoff` (`aws/retry/jitter_backoff.go`): the legacy formula, or the 2026 one when
/// it was built by `newExponentialJitterBackoffWithOptions` (`NewStandard` with the flag set).
public struct GoV2Backoff: Sendable, Equatable {
  /// `maxBackoff`, in nanoseconds.
  public var maxBackoff: Int64
  /// `baseDelay`: 1 s for the legacy constructor, `StandardOptions.BaseDelay` (0 -> 50 ms) for 2026.
  public var baseDelay: Int64
  /// The throttle check of 2026 mode (`withThrottleCheck`); nil for the legacy constructor.
  public var throttle: GoV2Classifier?
  /// `retries2026`.
  public var retries2026: Bool

  /// `NewExponentialJitterBackoff(maxBackoff)` (`jitter_backoff.go:35-43`).
  public static func legacy(maxBackoff: Int64) -> GoV2Backoff {
    GoV2Backoff(maxBackoff: maxBackoff, baseDelay: second, throttle: nil, retries2026: false)
  }

  /// `newExponentialJitterBackoffWithOptions(maxBackoff, withBaseDelay, withThrottleCheck)` (`jitter_backoff.go:49-73`).
  public static func retries2026(maxBackoff: Int64, baseDelay: Int64, throttle: GoV2Classifier) -> GoV2Backoff {
    GoV2Backoff(maxBackoff: maxBackoff, baseDelay: baseDelay, throttle: throttle, retries2026: true)
  }

  static let second: Int64 = 1_000_000_000

  /// `maxBackoffAttempts`: `math.Log2(float64(maxBackoff) / float64(time.Second))` (`jitter_backoff.go:38-39`).
  var maxBackoffAttempts: Double { GoMath.log2(Double(maxBackoff) / 1e9) }

  /// `BackoffDelay(attempt, err)` (`jitter_backoff.go:77-82`), drawing from `rand`. `attempt` is non-negative.
  public func delay(attempt: Int, error: GoError?, rand: inout GoCryptoRand, trace: Trace?) throws(GoFault) -> Int64 {
    retries2026
      ? try delay2026(attempt: attempt, error: error, rand: &rand, trace: trace)
      : try delayLegacy(attempt: attempt, rand: &rand, trace: trace)
  }

  /// `backoffDelayLegacy` (`jitter_backoff.go:86-101`).
  func delayLegacy(attempt: Int, rand: inout GoCryptoRand, trace: Trace?) throws(GoFault) -> Int64 {
    // int(j.maxBackoffAttempts): CVTTSD2SQ, so -Inf and NaN (MaxBackoff <= 0) become MinInt64.
    let cap = GoMath.int64(truncating: maxBackoffAttempts)
    if Int64(attempt) > cap {
      trace?.record(
        "backoffDelayLegacy.cap", GoV2Source.jitter(87),
        "attempt \(attempt) > int(log2(maxBackoff/1s)) = \(cap): maxBackoff \(maxBackoff) ns, no draw")
      return maxBackoff
    }
    let b = try rand.float64()
    // int64(1 << uint64(attempt)): a shift of 64 or more gives 0.
    let shift = UInt64(attempt)
    let ri: Int64 = shift >= 64 ? 0 : Int64(bitPattern: UInt64(1) << shift)
    let seconds = b * Double(ri)
    let delay = Self.floatSecondsDur(seconds)
    trace?.record(
      "backoffDelayLegacy.jitter", GoV2Source.jitter(91),
      "b = \(b), b * 2^\(attempt) s -> FloatSecondsDur -> \(delay) ns")
    return delay
  }

  /// `backoffDelay2026` (`jitter_backoff.go:105-124`).
  func delay2026(attempt: Int, error: GoError?, rand: inout GoCryptoRand, trace: Trace?) throws(GoFault) -> Int64 {
    var x = baseDelay
    if let throttle, throttle.isErrorThrottle(error, trace: trace) == .true {
      x = Self.second
    }
    let b = try rand.float64()
    // math.Pow(2, attempt) is exact for a non-negative integer exponent, +Inf past 1023.
    let ri = attempt > 1023 ? Double.infinity : Double(sign: .plus, exponent: attempt, significand: 1)
    var seconds = Double(x) / 1e9 * ri
    let maxSeconds = Double(maxBackoff) / 1e9
    if seconds > maxSeconds { seconds = maxSeconds }
    let delay = Self.floatSecondsDur(b * seconds)
    trace?.record(
      "backoffDelay2026", GoV2Source.jitter(116),
      "x = \(x) ns, b = \(b), b * min(x * 2^\(attempt), maxBackoff) -> \(delay) ns")
    return delay
  }

  /// `timeconv.FloatSecondsDur(v)`: `time.Duration(v * float64(time.Second))`, truncating as amd64 does
  /// (`internal/timeconv/duration.go:6-8`).
  static func floatSecondsDur(_ seconds: Double) -> Int64 {
    GoMath.int64(truncating: seconds * 1e9)
  }
}
