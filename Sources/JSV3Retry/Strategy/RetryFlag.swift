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

/// The values `Retry` (`retries-2026-config.ts:11-33`) derives from the mutable global `Retry.v2026`.
public enum RetryFlag {
  /// `Retry.delay()` (`:14-16`): the non-throttling base delay.
  public static func delay(v2026: Bool) -> Double { v2026 ? 50 : 100 }
  /// `Retry.throttlingDelay()` (`:18-20`).
  public static func throttlingDelay(v2026: Bool) -> Double { v2026 ? 1_000 : 500 }
  /// `Retry.cost()` (`:22-24`).
  public static func cost(v2026: Bool) -> Double { v2026 ? 14 : 5 }
  /// `Retry.throttlingCost()` (`:26-28`).
  public static func throttlingCost(v2026: Bool) -> Double { v2026 ? 5 : 10 }
  /// `Retry.modifiedCostType()` (`:30-32`).
  public static func modifiedCostType(v2026: Bool) -> JSV3ErrorType { v2026 ? .throttling : .transient }
}
