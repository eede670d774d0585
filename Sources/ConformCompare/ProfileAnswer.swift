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

public import ConformJSON
import ConformProtocol
import JSValueModel

/// One delay, exactly, in the profile's own unit: Go's nanoseconds or a JavaScript number of milliseconds.
public enum CompareDelay: Sendable, Equatable {
  /// A Go `time.Duration`.
  case nanoseconds(Int64)
  /// A JavaScript number of milliseconds.
  case milliseconds(Double)

  /// The delay in milliseconds as exact text: Go's nanoseconds as a decimal (`59.999999`), a JS number as JS
  /// prints it (`99.99999999999997`).
  public var millisecondsText: String {
    switch self {
    case .nanoseconds(let ns):
      let sign = ns < 0 ? "-" : ""
      let magnitude = ns.magnitude
      let whole = magnitude / 1_000_000
      var fraction = String(magnitude % 1_000_000)
      fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
      return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    case .milliseconds(let ms):
      return JSNumerics.numberToString(ms)
    }
  }

  /// The delay in milliseconds as a double, for drawing only.
  public var approximateMilliseconds: Double {
    switch self {
    case .nanoseconds(let ns): Double(ns) / 1e6
    case .milliseconds(let ms): ms
    }
  }

  /// The delay in its method's own wire encoding.
  public var native: JSON {
    switch self {
    case .nanoseconds(let ns): Encode.int64(ns)
    case .milliseconds(let ms): JSEncode.value(.number(ms))
    }
  }

  /// The sum, in the unit of the profile: Go adds integers (the scenario's limits keep the sum below 2^63),
  /// JavaScript adds doubles in order, as `totalRetryDelay` does.
  public static func + (a: CompareDelay, b: CompareDelay) -> CompareDelay {
    switch (a, b) {
    case (.nanoseconds(let x), .nanoseconds(let y)): .nanoseconds(x &+ y)
    case (.milliseconds(let x), .milliseconds(let y)): .milliseconds(x + y)
    case (.nanoseconds, .milliseconds), (.milliseconds, .nanoseconds):
      preconditionFailure("a profile mixes delay units")
    }
  }
}

/// What one profile does in the scenario.
public struct ProfileAnswer: Sendable, Equatable {
  /// How the call ends, in words every profile shares.
  public enum Outcome: String, Sendable, Equatable {
    /// An attempt succeeded.
    case success
    /// The error is not retryable.
    case notRetryable = "not_retryable"
    /// The attempt limit (max attempts, max retries) was reached.
    case maxAttempts = "max_attempts"
    /// The retry quota (token bucket) refused a retry.
    case retryQuota = "retry_quota"
  }

  /// The smallest and largest delay before one retry, and the cumulative wait up to it.
  public struct Retry: Sendable, Equatable {
    /// The attempt this delay comes before (2 for the first retry).
    public var beforeAttempt: Int
    /// The smallest delay.
    public var min: CompareDelay
    /// The largest delay.
    public var max: CompareDelay
    /// The smallest total of the delays so far.
    public var cumulativeMin: CompareDelay
    /// The largest total of the delays so far.
    public var cumulativeMax: CompareDelay
  }

  /// The profile.
  public var profile: String
  /// The method asked.
  public var method: String
  /// The SDK's error for a failing attempt, as its own text.
  public var errorShape: String
  /// The retries, in order.
  public var retries: [Retry]
  /// How many attempts the SDK makes.
  public var attempts: Int
  /// How the call ends.
  public var outcome: Outcome
  /// The profile's own word for it (`max_attempts_exceeded`, `UnknownEndpoint`, ...).
  public var nativeOutcome: String
  /// Why it stops, in a sentence with the SDK file:line.
  public var stopReason: String

  /// Creates an answer from the delay ranges of the retries, in order (the cumulative totals are added up here).
  public init(
    profile: String, method: String, errorShape: String, delays: [(min: CompareDelay, max: CompareDelay)],
    attempts: Int, outcome: Outcome, nativeOutcome: String, stopReason: String
  ) {
    self.profile = profile
    self.method = method
    self.errorShape = errorShape
    var retries: [Retry] = []
    for (index, delay) in delays.enumerated() {
      let previous = retries.last
      retries.append(
        Retry(
          beforeAttempt: index + 2, min: delay.min, max: delay.max,
          cumulativeMin: previous.map { $0.cumulativeMin + delay.min } ?? delay.min,
          cumulativeMax: previous.map { $0.cumulativeMax + delay.max } ?? delay.max))
    }
    self.retries = retries
    self.attempts = attempts
    self.outcome = outcome
    self.nativeOutcome = nativeOutcome
    self.stopReason = stopReason
  }

  /// Whether the SDK retries at all.
  public var retried: Bool { !retries.isEmpty }
}
