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

public import JSV2Retry
public import JSValueModel

/// Exact delay ranges of js-v2's `AWS.util.calculateRetryDelay` (`lib/util.js:884-893`) over every
/// `Math.random()` value.
///
/// The delay is `Math.random() * (Math.pow(2, retryCount) * base)`: one factor fixed, so (rounding being
/// monotonic) the extremes come from the extreme draws. V8 11.3 (Node 20) makes `Math.random()` from 52 random
/// bits (`(state >> 12) | 0x3FF0...` minus 1, `src/base/utils/random-number-generator.h` `ToDouble`), so the draws
/// are the multiples of 2^-52 in [0, 1): the largest is 1 - 2^-52, not the largest double below 1.
public enum JSDelayRanges {
  /// A range of delays (JS values, milliseconds), with `Math.random()` values as draws.
  public typealias Range = DelayRange<JSValue, Double>

  /// The smallest `Math.random()` value.
  public static let smallestDraw = 0.0
  /// The largest `Math.random()` value V8 returns: 1 - 2^-52.
  public static let largestDraw = 1.0 - 0x1p-52

  /// The delays `calculateRetryDelay(retryCount, options, err)` can return.
  public static func calculateRetryDelay(
    retryCount: JSValue, options: JSRetryDelayOptions, errorCode: JSValue
  ) -> Range {
    func delay(_ draw: Double) -> (JSValue, draws: Int) {
      var runtime = JSRuntime(random: [draw])
      // One draw is all calculateRetryDelay takes, so it cannot run out.
      let value =
        (try? JSCalculateRetryDelay.delay(
          retryCount: retryCount, options: options, errorCode: errorCode, runtime: &runtime)) ?? .undefined
      return (value, runtime.draws)
    }
    let (atZero, draws) = delay(smallestDraw)
    guard draws > 0 else {
      let bound = Range.Bound(
        value: atZero, draws: [], because: "customBackoff decides; Math.random() is not called (lib/util.js:887)")
      return Range(min: bound, max: bound, drawCount: (0, 0))
    }
    let (atMax, _) = delay(largestDraw)
    let low = Range.Bound(
      value: atZero, draws: [smallestDraw], because: "Math.random() = 0, the smallest draw (lib/util.js:891)")
    let high = Range.Bound(
      value: atMax, draws: [largestDraw],
      because: "Math.random() = 1 - 2^-52, the largest draw V8 makes (lib/util.js:891)")
    guard case .number(let a) = atZero, case .number(let b) = atMax else {
      return Range(min: low, max: high, drawCount: (1, 1))
    }
    if a.isNaN, !b.isNaN {
      return Range(
        min: high, max: high, drawCount: (1, 1),
        notes: ["Math.random() = 0 gives NaN (0 × Infinity); every other draw gives \(atMax.toJSString)."])
    }
    // A negative factor reverses the order (-0 counts as above any negative number and equal to 0).
    if b < a || (b == a && b.sign == .minus && a.sign == .plus) {
      return Range(min: high, max: low, drawCount: (1, 1))
    }
    return Range(min: low, max: high, drawCount: (1, 1))
  }
}
