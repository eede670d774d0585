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

/// `client.DefaultRetryer` (`aws/client/default_retryer.go`): exponential backoff with jitter.
public struct DefaultRetryer: Sendable, Equatable {
  /// `NumMaxRetries`; 0 means no retries at all.
  public var numMaxRetries: Int
  /// `MinRetryDelay` in nanoseconds; 0 means 30 ms.
  public var minRetryDelay: Int64
  /// `MinThrottleDelay`; 0 means 500 ms.
  public var minThrottleDelay: Int64
  /// `MaxRetryDelay`; 0 means 300 s.
  public var maxRetryDelay: Int64
  /// `MaxThrottleDelay`; 0 means 300 s.
  public var maxThrottleDelay: Int64

  /// `DefaultRetryerMaxNumRetries` (`default_retryer.go:40`).
  public static let defaultMaxNumRetries = 3
  /// `DefaultRetryerMinRetryDelay` (`default_retryer.go:43`): 30 ms.
  public static let defaultMinRetryDelay: Int64 = 30_000_000
  /// `DefaultRetryerMinThrottleDelay` (`default_retryer.go:46`): 500 ms.
  public static let defaultMinThrottleDelay: Int64 = 500_000_000
  /// `DefaultRetryerMaxRetryDelay` (`default_retryer.go:49`): 300 s.
  public static let defaultMaxRetryDelay: Int64 = 300_000_000_000
  /// `DefaultRetryerMaxThrottleDelay` (`default_retryer.go:52`): 300 s.
  public static let defaultMaxThrottleDelay: Int64 = 300_000_000_000

  /// Creates a retryer; absent durations are zero, as in Go.
  public init(
    numMaxRetries: Int = 0, minRetryDelay: Int64 = 0, minThrottleDelay: Int64 = 0, maxRetryDelay: Int64 = 0,
    maxThrottleDelay: Int64 = 0
  ) {
    self.numMaxRetries = numMaxRetries
    self.minRetryDelay = minRetryDelay
    self.minThrottleDelay = minThrottleDelay
    self.maxRetryDelay = maxRetryDelay
    self.maxThrottleDelay = maxThrottleDelay
  }

  /// `MaxRetries()` (`default_retryer.go:57-59`).
  public var maxRetries: Int { numMaxRetries }

  /// `setRetryerDefaults()` (`default_retryer.go:62-75`): a field is replaced only when it is exactly 0.
  package var withDefaults: DefaultRetryer {
    var copy = self
    if copy.minRetryDelay == 0 { copy.minRetryDelay = Self.defaultMinRetryDelay }
    if copy.maxRetryDelay == 0 { copy.maxRetryDelay = Self.defaultMaxRetryDelay }
    if copy.minThrottleDelay == 0 { copy.minThrottleDelay = Self.defaultMinThrottleDelay }
    if copy.maxThrottleDelay == 0 { copy.maxThrottleDelay = Self.defaultMaxThrottleDelay }
    return copy
  }

  /// `ShouldRetry(r)` (`default_retryer.go:131-144`).
  public func shouldRetry(_ request: GoRequest, trace: Trace? = nil) throws(GoPanic) -> Bool {
    if numMaxRetries == 0 {
      trace?.record("DefaultRetryer.ShouldRetry.noRetries", GoSource.defaultRetryer(134), "NumMaxRetries is 0", false)
      return false
    }
    if let retryable = request.retryable {
      trace?.record(
        "DefaultRetryer.ShouldRetry.preset", GoSource.defaultRetryer(140), "r.Retryable already set", retryable)
      return retryable
    }
    trace?.record(
      "DefaultRetryer.ShouldRetry.classify", GoSource.defaultRetryer(143),
      "r.IsErrorRetryable() || r.IsErrorThrottle()")
    if try request.isErrorRetryable(trace: trace) { return true }
    return request.isErrorThrottle(trace: trace)
  }

  /// `RetryRules(r)` (`default_retryer.go:78-123`): the delay before the next attempt, in nanoseconds.
  ///
  /// All arithmetic is Go's: 64-bit, wrapping, with Go's shift rules.
  public func retryRules(_ request: GoRequest, random: inout GoRand, trace: Trace? = nil) throws(GoFault) -> Int64 {
    if numMaxRetries == 0 {
      trace?.record("DefaultRetryer.RetryRules.noRetries", GoSource.defaultRetryer(81), "NumMaxRetries is 0: delay 0")
      return 0
    }
    let retryer = withDefaults
    var minDelay = retryer.minRetryDelay
    var initialDelay: Int64 = 0
    let isThrottle = request.isErrorThrottle(trace: trace)
    if isThrottle {
      do {
        if let delay = try Self.retryAfterDelay(request, trace: trace) {
          initialDelay = delay
        }
      } catch {
        throw .panic(error)
      }
      minDelay = retryer.minThrottleDelay
    }
    let retryCount = request.retryCount
    let maxDelay = isThrottle ? retryer.maxThrottleDelay : retryer.maxRetryDelay
    trace?.record(
      "DefaultRetryer.RetryRules.bounds", GoSource.defaultRetryer(104),
      "\(isThrottle ? "throttle" : "non-throttle") bounds: minDelay \(minDelay) ns, maxDelay \(maxDelay) ns")

    // actualRetryCount := int(math.Log2(float64(minDelay))) + 1 (default_retryer.go:113)
    let actualRetryCount = GoMath.int64(truncating: GoMath.log2(Double(minDelay))) &+ 1
    let delay: Int64
    if actualRetryCount < 63 &- Int64(retryCount) {
      let jitter = try Self.jitterDelay(minDelay, random: &random, trace: trace)
      let product = Self.shiftLeftOne(by: retryCount) &* jitter
      if product > maxDelay {
        delay = try Self.jitterDelay(maxDelay / 2, random: &random, trace: trace)
        trace?.record(
          "DefaultRetryer.RetryRules.capped", GoSource.defaultRetryer(116),
          "\(actualRetryCount) < 63-\(retryCount): (1<<\(retryCount)) * \(jitter) = \(product) > \(maxDelay): "
            + "second draw gives \(delay)")
      } else {
        delay = product
        trace?.record(
          "DefaultRetryer.RetryRules.backoff", GoSource.defaultRetryer(115),
          "\(actualRetryCount) < 63-\(retryCount): (1<<\(retryCount)) * \(jitter) = \(product)")
      }
    } else {
      delay = try Self.jitterDelay(maxDelay / 2, random: &random, trace: trace)
      trace?.record(
        "DefaultRetryer.RetryRules.capBranch", GoSource.defaultRetryer(120),
        "\(actualRetryCount) >= 63-\(retryCount): one draw around maxDelay/2 gives \(delay)")
    }
    let total = delay &+ initialDelay
    trace?.record(
      "DefaultRetryer.RetryRules.result", GoSource.defaultRetryer(122),
      "\(delay) + Retry-After \(initialDelay) = \(total)")
    return total
  }

  /// `getJitterDelay(x)` (`default_retryer.go:126-128`): `Int63n(x) + x`, wrapping.
  static func jitterDelay(_ duration: Int64, random: inout GoRand, trace: Trace?) throws(GoFault) -> Int64 {
    try random.int63n(duration, trace: trace) &+ duration
  }

  /// `time.Duration(1 << uint64(count))`: 2^count for 0...62, `MinInt64` for 63, 0 for 64 and up, and 0 for a
  /// negative count (it converts to a huge unsigned shift).
  package static func shiftLeftOne(by count: Int) -> Int64 {
    let shift = UInt64(bitPattern: Int64(count))
    return shift >= 64 ? 0 : Int64(bitPattern: UInt64(1) << shift)
  }

  /// `getRetryAfterDelay(r)` (`default_retryer.go:148-164`), called only for throttles: whole seconds from the
  /// canonical `Retry-After` header for statuses 429 and 503, multiplied with wrap-around; nil when not usable.
  package static func retryAfterDelay(_ request: GoRequest, trace: Trace?) throws(GoPanic) -> Int64? {
    // canUseRetryAfterHeader dereferences r.HTTPResponse without a nil check (default_retryer.go:169).
    guard let response = request.httpResponse else {
      trace?.record(
        "DefaultRetryer.RetryAfter.nilResponse", GoSource.defaultRetryer(169), "throttle with a nil HTTPResponse: panic"
      )
      throw .nilDereference
    }
    guard response.statusCode == 429 || response.statusCode == 503 else {
      trace?.record(
        "DefaultRetryer.RetryAfter.status", GoSource.defaultRetryer(168),
        "status \(response.statusCode) is not 429 or 503: header ignored")
      return nil
    }
    let header = response.header.get("Retry-After")
    guard !header.isEmpty else {
      trace?.record("DefaultRetryer.RetryAfter.empty", GoSource.defaultRetryer(154), "no Retry-After value")
      return nil
    }
    guard let seconds = GoStrconv.atoi(header) else {
      trace?.record(
        "DefaultRetryer.RetryAfter.syntax", GoSource.defaultRetryer(158),
        "strconv.Atoi(\(GoStrconv.quote(header))) fails: header ignored")
      return nil
    }
    let delay = seconds &* 1_000_000_000
    trace?.record(
      "DefaultRetryer.RetryAfter.seconds", GoSource.defaultRetryer(163),
      "Retry-After \(GoStrconv.quote(header)): \(seconds) s = \(delay) ns added")
    return delay
  }
}
