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

/// The virtual clock of a session: `Date.now()` reads it, and every `setTimeout` the SDK awaits advances it by
/// what Node 20 schedules (`lib/internal/timers.js`): the delay as a number, replaced by 1 outside
/// `[1, 2^31 - 1]`, then truncated.
public struct VirtualClock: Sendable, Equatable {
  /// `TIMEOUT_MAX`.
  static let timeoutMax = 2_147_483_647.0

  /// The current instant, in whole milliseconds since the epoch.
  public private(set) var now: Double

  /// A clock at `startMs`.
  public init(startMs: Double) {
    now = startMs
  }

  /// Moves the clock to `instant` (a call's own start).
  mutating func set(_ instant: Double) {
    now = instant
  }

  /// An attempt that took `latency` ms.
  mutating func pass(_ latency: Double) {
    now += latency
  }

  /// `await new Promise((r) => setTimeout(r, delay))`; returns how far the clock moved.
  @discardableResult
  mutating func sleep(_ delay: Double) -> Double {
    var after = delay
    if !(after >= 1 && after <= Self.timeoutMax) { after = 1 }
    let moved = after.rounded(.towardZero)
    now += moved
    return moved
  }
}
