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

/// One attempt's outcome, as the handler below the retry middleware produces it.
public struct JSV3Attempt: Sendable, Equatable {
  /// The error `next(args)` rejects with, nil when it resolves.
  public var error: JSV3Error?
  /// How long the attempt took, in whole milliseconds of the virtual clock.
  public var latencyMs: Double

  /// Creates an attempt.
  public init(error: JSV3Error? = nil, latencyMs: Double = 0) {
    self.error = error
    self.latencyMs = latencyMs
  }
}

/// One call through the retry middleware: `{attempts, operation?, clock?, v2026?, longPoll?, streamingBody?}`.
public struct JSV3Call: Sendable, Equatable {
  /// The attempts; the last one repeats.
  public var attempts: [JSV3Attempt]
  /// The operation name (decides the long-poll plugin with the service).
  public var operation: String?
  /// The clock at the call's start, nil to go on from where the session is.
  public var startMs: Double?
  /// `Retry.v2026` from this call on, nil to leave it.
  public var v2026: Bool?
  /// Forces the long-poll plugin on or off; nil follows the service and operation.
  public var longPoll: Bool?
  /// The request body is a stream (`isStreamingPayload`).
  public var streamingBody: Bool

  /// Creates a call.
  public init(
    attempts: [JSV3Attempt], operation: String? = nil, startMs: Double? = nil, v2026: Bool? = nil,
    longPoll: Bool? = nil, streamingBody: Bool = false
  ) {
    self.attempts = attempts
    self.operation = operation
    self.startMs = startMs
    self.v2026 = v2026
    self.longPoll = longPoll
    self.streamingBody = streamingBody
  }

  /// The operations aws-sdk-js-v3 gives the long-poll plugin (`getLongPollPlugin`), by service (modelled from
  /// the research note).
  static let longPollOperations: [(service: String, operation: String)] = [
    ("sqs", "ReceiveMessage"), ("swf", "PollForActivityTask"), ("swf", "PollForDecisionTask"),
    ("sfn", "GetActivityTask"),
  ]

  /// Whether `context.__retryLongPoll` is set for this call.
  func isLongPoll(service: String?) -> Bool {
    if let longPoll { return longPoll }
    guard let service, let operation else { return false }
    return Self.longPollOperations.contains { $0.service == service && $0.operation == operation }
  }
}

/// What happened at one attempt.
public struct JSV3AttemptRecord: Sendable, Equatable {
  /// The 1-based attempt number.
  public var attempt: Int
  /// `success`, `retry_request`, `fail_request` (code 1), `max_attempts_exceeded` (2), `retry_quota_exceeded`
  /// (3) or `streaming_body` (thrown without asking the strategy).
  public var outcome: String
  /// The error type the middleware derived, nil on success.
  public var errorType: JSV3ErrorType?
  /// The retry hint's time value, nil when there is none.
  public var retryAfterHint: Double?
  /// The strategy's retry code, nil when it was not asked.
  public var retryCode: Int?
  /// The delay the strategy slept for, nil when it did not sleep.
  public var delay: Double?
  /// How far the clock moved while the strategy slept.
  public var sleptMs: Double
  /// `Math.random()` values consumed at this attempt.
  public var draws: Int
  /// The quota before (nil for the deprecated strategies, whose quota is a closure the SDK does not expose).
  public var capacityBefore: Double?
  /// The quota after.
  public var capacityAfter: Double?
  /// The adaptive strategy's rate limiter after this attempt, nil for the other strategies.
  public var limiter: DefaultRateLimiter? = nil
}

/// The end of one call.
public struct JSV3CallResult: Sendable, Equatable {
  /// The last attempt's outcome.
  public var outcome: String
  /// Every attempt.
  public var attempts: [JSV3AttemptRecord]
  /// `$metadata.attempts` and `$metadata.totalRetryDelay` of the output or the thrown error, nil when the
  /// middleware set none (a streaming body).
  public var metadata: (attempts: Double, totalRetryDelay: Double)?
  /// The error the call rejects with, nil on success.
  public var thrown: JSV3Error?
  /// The clock when the call returned.
  public var endMs: Double

  /// Compares every member, numbers by bit pattern.
  public static func == (lhs: JSV3CallResult, rhs: JSV3CallResult) -> Bool {
    lhs.outcome == rhs.outcome && lhs.attempts == rhs.attempts && lhs.thrown == rhs.thrown
      && lhs.endMs.bitPattern == rhs.endMs.bitPattern
      && lhs.metadata?.attempts.bitPattern == rhs.metadata?.attempts.bitPattern
      && lhs.metadata?.totalRetryDelay.bitPattern == rhs.metadata?.totalRetryDelay.bitPattern
  }
}
