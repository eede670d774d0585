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
public import GoV2Retry

/// Exact delay ranges of go-v2's `ExponentialJitterBackoff.BackoffDelay` (`aws/retry/jitter_backoff.go:77-124`)
/// over every 53-bit draw `k` (`internal/rand/rand.go:17-33`: the jitter is `b = k / 2^53`, exact).
///
/// Both formulas are `timeconv.FloatSecondsDur(x)`, `time.Duration(x * 1e9)` truncated (`duration.go:6-8`), of a
/// product `b * c` whose other factor `c` does not depend on the draw: legacy `b * 2^attempt` then `* 1e9`
/// (`jitter_backoff.go:91-100`), 2026 `b * min(base * 2^attempt, maxBackoff)` (`:116-123`). A correctly rounded
/// product with a fixed factor is monotonic in `b`, and so is truncation inside `[-2^63, 2^63)`; outside it (and
/// for NaN, only `0 * ±Inf` at `k = 0`) amd64's CVTTSD2SQ gives `MinInt64`. For `c >= 0` the values that leave
/// the range are a suffix of the draws (the product only grows), for `c < 0` they give `MinInt64`, below every
/// other value, so the order holds. Hence the bounds are among the delays of `k = 0`, `k = 1`, `k = 2^53 - 1`,
/// and the last `k` whose delay has not overflowed (found by bisection when the largest draw overflows).
public enum GoV2DelayRanges {
  /// A range of delays in nanoseconds, with the 53-bit integers `k` as draws.
  public typealias Range = DelayRange<Int64, UInt64>

  /// The largest draw: `2^53 - 1`.
  public static let largestK: UInt64 = (1 << 53) - 1

  /// The delays `backoff.BackoffDelay(attempt, error)` can return.
  public static func backoff(_ backoff: GoV2Backoff, attempt: Int, error: GoError?) -> Range {
    func delay(_ k: UInt64) -> (Int64, draws: Int) {
      var rand = GoCryptoRand([k])
      // One draw at most, and BackoffDelay has no panic: the delay of every k exists.
      let value = (try? backoff.delay(attempt: attempt, error: error, rand: &rand, trace: nil)) ?? 0
      return (value, rand.draws)
    }
    let (atZero, draws) = delay(0)
    guard draws > 0 else {
      let bound = Range.Bound(
        value: atZero, draws: [],
        because:
          "attempt \(attempt) is above int(log2(maxBackoff/1s)): maxBackoff, no draw (aws/retry/jitter_backoff.go:87)"
      )
      return Range(min: bound, max: bound, drawCount: (0, 0))
    }
    let formula =
      backoff.retries2026
      ? "b * min(base * 2^\(attempt), maxBackoff) (aws/retry/jitter_backoff.go:116-123)"
      : "b * 2^\(attempt) s (aws/retry/jitter_backoff.go:91-100)"
    var candidates = [UInt64(0), 1, largestK].map { Candidate(k: $0, value: delay($0).0) }
    var notes: [String] = []
    let (one, top) = (candidates[1].value, candidates[2].value)
    if top == .min, one != .min, one >= 0 {
      // The product passed 2^63 for the largest draws: the last k below it.
      var low: UInt64 = 1
      var high = largestK
      while high - low > 1 {
        let middle = low + (high - low) / 2
        if delay(middle).0 == .min { high = middle } else { low = middle }
      }
      candidates.append(Candidate(k: low, value: delay(low).0))
      notes.append(
        "k >= \(high) gives b * c * 1e9 >= 2^63, which amd64 converts to -9223372036854775808 (CVTTSD2SQ).")
    }
    let low = candidates.min { ($0.value, $0.k) < ($1.value, $1.k) }!
    let high = candidates.max { ($0.value, $1.k) < ($1.value, $0.k) }!
    func bound(_ candidate: Candidate) -> Range.Bound {
      Range.Bound(
        value: candidate.value, draws: [candidate.k],
        because: "k = \(candidate.k) (b = k / 2^53, \(position(candidate.k))): \(formula)")
    }
    return Range(min: bound(low), max: bound(high), drawCount: (1, 1), notes: notes)
  }

  /// Where a draw sits among the draws, in words.
  static func position(_ k: UInt64) -> String {
    switch k {
    case 0: "the smallest draw"
    case 1: "the smallest draw above 0"
    case largestK: "the largest draw"
    default: "the last draw before the product overflows"
    }
  }

  struct Candidate {
    var k: UInt64
    var value: Int64
  }
}
