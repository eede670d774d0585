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
public import GoV1Retry

/// Exact delay ranges of go-v1's `RetryRules` (`aws/client/default_retryer.go:78-123`) over every sequence of
/// `Source.Int63()` values.
///
/// The delay is a function of one or two `Int63n` results. With `actualRetryCount < 63 - retryCount`
/// (`default_retryer.go:114`) the first result `j` in `[0, minDelay)` gives `(1 << retryCount) * (j + minDelay)`,
/// which that very test keeps below 2^63, so it grows with `j`; the products above `maxDelay` are replaced by a
/// second draw `Int63n(maxDelay/2) + maxDelay/2` (`:116`). Otherwise one draw gives the latter (`:120`). A
/// `Retry-After` delay is then added with Go's wrap-around. So the delays form at most two arithmetic
/// progressions, whose smallest and largest members (after the wrap) are the bounds. Every `Int63n` result in
/// `[0, n)` is reached by the `Int63()` value equal to it, which is never rejected.
public enum GoDelayRanges {
  /// A range of delays in nanoseconds, with `Int63()` values as draws.
  public typealias Range = DelayRange<Int64, Int64>

  /// What `RetryRules` does over every draw.
  public enum Outcome: Sendable {
    /// A delay for every draw (some draws may panic: see the notes).
    case range(Range)
    /// A panic whatever the draws.
    case panic(GoPanic)
  }

  /// The delays `retryer.RetryRules(request)` can return.
  public static func retryRules(_ retryer: GoRetryer, _ request: GoRequest) -> Outcome {
    if retryer.kind == .noOp {
      return .range(fixed(0, "NoOpRetryer.RetryRules always returns 0 (aws/client/no_op_retryer.go:27)"))
    }
    let base = retryer.base
    if base.numMaxRetries == 0 {
      return .range(fixed(0, "NumMaxRetries is 0, so RetryRules returns 0 (aws/client/default_retryer.go:81)"))
    }
    let defaults = base.withDefaults
    var minDelay = defaults.minRetryDelay
    var retryAfter: Int64 = 0
    let isThrottle = request.isErrorThrottle()
    if isThrottle {
      do {
        retryAfter = try DefaultRetryer.retryAfterDelay(request, trace: nil) ?? 0
      } catch {
        return .panic(error)
      }
      minDelay = defaults.minThrottleDelay
    }
    let maxDelay = isThrottle ? defaults.maxThrottleDelay : defaults.maxRetryDelay
    let retryCount = request.retryCount
    let actualRetryCount = GoMath.int64(truncating: GoMath.log2(Double(minDelay))) &+ 1
    var regions: [Region] = []
    var notes: [String] = []
    var rejecting = false
    let half = maxDelay / 2

    func rejection(_ n: Int64) {
      guard n > 0, n & (n &- 1) != 0 else { return }
      let remainder = UInt64(1) << 63 % UInt64(n)
      let max = Int64(bitPattern: UInt64(Int64.max) &- remainder)
      rejecting = true
      notes.append(
        "Int63n(\(n)) draws again whenever Int63() returns more than \(max) (\(remainder) of the 2^63 values), "
          + "so any number of further draws is possible (math/rand/rand.go:117).")
    }

    if actualRetryCount < 63 &- Int64(retryCount) {
      guard minDelay > 0 else { return .panic(.invalidInt63n) }
      let shift = DefaultRetryer.shiftLeftOne(by: retryCount)
      rejection(minDelay)
      // The draws j in [0, uncapped) keep the product within maxDelay; the others are capped.
      let uncapped: Int64
      if shift == 0 {
        uncapped = maxDelay >= 0 ? minDelay : 0
        if uncapped > 0 {
          regions.append(
            Region(
              first: 0, step: 0, count: 1, draws: { _ in [0] },
              low: "1 << uint64(\(retryCount)) is 0 for a negative RetryCount, so the product is 0 whatever the draw "
                + "(aws/client/default_retryer.go:115)",
              high: "1 << uint64(\(retryCount)) is 0 for a negative RetryCount, so the product is 0 whatever the draw "
                + "(aws/client/default_retryer.go:115)"))
        }
      } else {
        let lowest = shift * minDelay
        uncapped = maxDelay >= lowest ? Swift.min(minDelay, maxDelay / shift - minDelay + 1) : 0
        if uncapped > 0 {
          let last = uncapped - 1
          regions.append(
            Region(
              first: lowest, step: shift, count: uncapped, draws: { [$0] },
              low: "the smallest draw, Int63n(\(minDelay)) = 0: jitter \(minDelay) × 2^\(retryCount) "
                + "(aws/client/default_retryer.go:115)",
              high: last == minDelay - 1
                ? "the largest draw, Int63n(\(minDelay)) = \(last): jitter \(minDelay + last) × 2^\(retryCount) "
                  + "(aws/client/default_retryer.go:115)"
                : "the largest draw whose product stays within maxDelay \(maxDelay), Int63n(\(minDelay)) = \(last): "
                  + "jitter \(minDelay + last) × 2^\(retryCount); larger draws are capped "
                  + "(aws/client/default_retryer.go:115-116)"))
        }
      }
      if uncapped < minDelay {
        let capDraw = minDelay - 1
        if half <= 0 {
          guard uncapped > 0 else { return .panic(.invalidInt63n) }
          notes.append(
            "Draws whose product exceeds maxDelay \(maxDelay) panic: Int63n(\(half)) (aws/client/default_retryer.go:116)."
          )
        } else {
          rejection(half)
          regions.append(
            Region(
              first: half, step: 1, count: half, draws: { [capDraw, $0] },
              low: "a first draw whose product exceeds maxDelay \(maxDelay), then Int63n(\(half)) = 0: maxDelay/2 "
                + "(aws/client/default_retryer.go:116)",
              high: "a first draw whose product exceeds maxDelay \(maxDelay), then Int63n(\(half)) = \(half - 1): "
                + "2 × maxDelay/2 - 1 (aws/client/default_retryer.go:116)"))
        }
      }
    } else {
      guard half > 0 else { return .panic(.invalidInt63n) }
      rejection(half)
      let why = "\(actualRetryCount) >= 63 - \(retryCount), so one draw around maxDelay/2"
      regions.append(
        Region(
          first: half, step: 1, count: half, draws: { [$0] },
          low: "\(why): Int63n(\(half)) = 0 (aws/client/default_retryer.go:120)",
          high: "\(why): Int63n(\(half)) = \(half - 1) (aws/client/default_retryer.go:120)"))
    }
    var low: Range.Bound?
    var high: Range.Bound?
    for region in regions {
      let (smallest, largest) = region.extremes(adding: retryAfter)
      if low.map({ smallest.value < $0.value }) ?? true { low = smallest }
      if high.map({ largest.value > $0.value }) ?? true { high = largest }
    }
    guard var low, var high else { return .panic(.invalidInt63n) }
    if retryAfter != 0 {
      let added = ", plus Retry-After \(retryAfter) ns (aws/client/default_retryer.go:122)"
      low.because += added
      high.because += added
    }
    let fewest = regions.map { $0.draws(0).count }.min() ?? 0
    let most = regions.map { $0.draws(0).count }.max() ?? 0
    return .range(Range(min: low, max: high, drawCount: (fewest, rejecting ? nil : most), notes: notes))
  }

  static func fixed(_ delay: Int64, _ because: String) -> Range {
    let bound = Range.Bound(value: delay, draws: [], because: because)
    return Range(min: bound, max: bound, drawCount: (0, 0))
  }

  /// The delays `first + step × t` for `t` in `[0, count)`, each from `draws(t)`.
  struct Region {
    var first: Int64
    var step: Int64
    var count: Int64
    var draws: (Int64) -> [Int64]
    var low: String
    var high: String

    /// The smallest and largest member after adding `retryAfter` with Go's wrap-around: a sum at or above 2^63
    /// wraps to a negative delay, so a progression that crosses it has its extremes on either side.
    func extremes(adding retryAfter: Int64) -> (Range.Bound, Range.Bound) {
      let limit = Int128(1) << 63
      let lo = Int128(first) + Int128(retryAfter)
      let hi = lo + Int128(step) * (Int128(count) - 1)
      func bound(_ t: Int64, _ because: String) -> Range.Bound {
        let sum = first &+ step &* t &+ retryAfter
        return Range.Bound(value: sum, draws: draws(t), because: because)
      }
      if hi < limit || lo >= limit {
        return (bound(0, low), bound(count - 1, high))
      }
      let crossing = Int64((limit - lo + Int128(step) - 1) / Int128(step))
      let wrapped = "the Retry-After sum wraps past 2^63 - 1 to a negative delay"
      return (
        bound(crossing, "the first draw whose delay plus Retry-After wraps past 2^63 - 1 (\(wrapped))"),
        bound(crossing - 1, "the last draw whose delay plus Retry-After stays below 2^63")
      )
    }
  }
}
