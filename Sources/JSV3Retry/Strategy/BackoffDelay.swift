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

/// `DefaultRetryBackoffStrategy.computeNextBackoffDelay(i)` (`DefaultRetryBackoffStrategy.ts:15-22`):
/// `Math.floor(b * Math.min(x * 2 ** i, 20000))` with `b = Math.random()`.
public enum BackoffDelay {
  /// `MAXIMUM_RETRY_DELAY` (`util-retry/constants.ts:15`).
  public static let maximumRetryDelay = 20_000.0

  /// The delay for base `x`, exponent `i` and draw `b`.
  public static func compute(base x: Double, retryCount i: Double, random b: Double) -> Double {
    JSMath.floor(b * JSMath.min(x * JSNumerics.pow(2, i), maximumRetryDelay))
  }
}
