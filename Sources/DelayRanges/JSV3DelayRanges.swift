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

import JSV3Retry
public import JSValueModel

/// Exact delay ranges of js-v3's `DefaultRetryBackoffStrategy.computeNextBackoffDelay(i)`
/// (`util-retry/DefaultRetryBackoffStrategy.ts:15-22`) over every `Math.random()` value.
///
/// The delay is `Math.floor(b * Math.min(x * 2 ** i, 20000))`: the second factor does not depend on the draw, a
/// correctly rounded product with a fixed factor is monotonic in `b`, and so is `Math.floor`. So the extreme draws
/// give the bounds, except that `b = 0` times `-Infinity` is NaN (then every other draw gives `-Infinity`, and the
/// draw 2^-52 is the other end). The draws are V8's (the multiples of 2^-52 in [0, 1): `JSDelayRanges`).
public enum JSV3DelayRanges {
  /// A range of delays (milliseconds, JS numbers), with `Math.random()` values as draws.
  public typealias Range = DelayRange<JSValue, Double>

  /// The delays `computeNextBackoffDelay(retryCount)` after `setDelayBase(base)` can return.
  public static func backoff(base: Double, retryCount: Double) -> Range {
    let draws = [JSDelayRanges.smallestDraw, 0x1p-52, JSDelayRanges.largestDraw]
    let candidates = draws.map {
      (draw: $0, value: BackoffDelay.compute(base: base, retryCount: retryCount, random: $0))
    }
    let formula = "floor(b * min(\(show(base)) * 2 ** \(show(retryCount)), 20000)) (DefaultRetryBackoffStrategy.ts:20)"
    // The first candidate (smallest draw) wins ties for the minimum, the last for the maximum.
    var low = candidates[0]
    var high = candidates[0]
    for candidate in candidates.dropFirst() {
      if JSNumberOrder.below(candidate.value, low.value) { low = candidate }
      if !JSNumberOrder.below(candidate.value, high.value) { high = candidate }
    }
    func bound(_ candidate: (draw: Double, value: Double)) -> Range.Bound {
      Range.Bound(
        value: .number(candidate.value), draws: [candidate.draw],
        because: "Math.random() = \(show(candidate.draw)): \(formula)")
    }
    var notes: [String] = []
    if candidates[0].value.isNaN, !candidates[1].value.isNaN {
      notes.append("Math.random() = 0 gives NaN (0 × -Infinity); every other draw gives \(show(candidates[1].value)).")
    }
    return Range(min: bound(low), max: bound(high), drawCount: (1, 1), notes: notes)
  }

  static func show(_ value: Double) -> String { JSNumerics.numberToString(value) }
}

/// The order in which delay ranges list JS numbers: numeric, `-0` below `+0`, NaN above everything (a bound is NaN
/// only when every draw gives NaN).
public enum JSNumberOrder {
  /// Whether `a` comes before `b`.
  public static func below(_ a: Double, _ b: Double) -> Bool {
    if a.isNaN { return false }
    if b.isNaN { return true }
    return a < b || (a == b && a.sign == .minus && b.sign == .plus)
  }
}
