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

/// The per-call state that the SDK reaches outside its arguments: `Math.random()` and the calls made to a
/// `customBackoff` function.
public struct JSRuntime: Sendable {
  /// The injected `Math.random()` values.
  private var random: DrawStream<Double>
  /// Every call made to a `customBackoff` function, in order.
  public private(set) var backoffCalls: [JSBackoffCall] = []

  /// Creates a runtime over the injected draws.
  public init(random: [Double]) {
    self.random = DrawStream(random)
  }

  /// How many `Math.random()` values have been consumed.
  public var draws: Int { random.consumed }

  /// `Math.random()`.
  mutating func mathRandom() throws(RandomExhausted) -> Double {
    try random.next()
  }

  /// Calls a `customBackoff` function stub: records the arguments and returns the next listed value.
  mutating func callBackoff(returns: [JSValue], retryCount: JSValue, errorCode: JSValue) -> JSValue {
    let value = returns.isEmpty ? .undefined : returns[min(backoffCalls.count, returns.count - 1)]
    backoffCalls.append(JSBackoffCall(retryCount: retryCount, errorCode: errorCode))
    return value
  }
}
