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

public import JSValueModel
import RetryCore

/// What the transport produced for one HTTP attempt.
public enum JSAttempt: Sendable, Equatable {
  /// An HTTP response. From status 300 up its body is the JSON error document
  /// `{"__type": errorCode, "message": message}` (absent fields left out).
  case http(status: Int, headers: JSHeaders, errorCode: JSString?, message: JSString?)
  /// A transport error object, as Node's HTTP layer reports it to `SEND`.
  case network(code: JSValue, message: JSValue, errno: JSValue)
}

extension AttemptReplay<JSAttempt> {
  /// The replaced transport's send: the next listed attempt, with the cap reported as a simulation failure.
  mutating func send() throws(JSSimulationFailure) -> JSAttempt {
    do {
      return try next()
    } catch {
      throw .attemptLimit(error.limit)
    }
  }
}

/// Response headers as the HTTP layer stores them: names are looked up exactly (Node lower-cases real ones).
/// A name is only ever compared with an ASCII literal, so a lone surrogate in one acts as the U+FFFD the wire's
/// object keys carry (`JSONParser`); values keep theirs.
public struct JSHeaders: Sendable, Equatable {
  /// The name/value pairs in order; for a name given twice the last one wins.
  public var entries: [(name: String, value: JSString)]

  /// Creates headers.
  public init(_ entries: [(name: String, value: JSString)] = []) {
    self.entries = entries
  }

  /// `headers[name]`: the value, or `undefined`.
  public subscript(name: String) -> JSValue {
    for entry in entries.reversed() where JSStrings.equal(entry.name, name) {
      return .string(entry.value)
    }
    return .undefined
  }

  /// Compares names and values code unit by code unit.
  public static func == (lhs: JSHeaders, rhs: JSHeaders) -> Bool {
    lhs.entries.count == rhs.entries.count
      && zip(lhs.entries, rhs.entries).allSatisfy {
        JSStrings.equal($0.name, $1.name) && $0.value == $1.value
      }
  }
}

/// The service configuration keys that take part in retries; `undefined` means the SDK default.
public struct JSServiceConfig: Sendable, Equatable {
  /// `maxRetries` (`lib/config.js:629`, default `undefined`, so `numRetries()` gives `defaultRetryCount`).
  public var maxRetries: JSValue
  /// `maxRedirects` (`lib/config.js:630`, default 10).
  public var maxRedirects: JSValue
  /// `retryDelayOptions` (`lib/config.js:646`, default `{}`).
  public var retryDelayOptions: JSRetryDelayOptions
  /// `correctClockSkew` (`lib/config.js:640`, default `false`).
  public var correctClockSkew: JSValue

  /// Creates a configuration; `undefined` values take the defaults, as `Config.set` does (`lib/config.js:594-610`).
  public init(
    maxRetries: JSValue = .undefined, maxRedirects: JSValue = .undefined,
    retryDelayOptions: JSRetryDelayOptions = .empty, correctClockSkew: JSValue = .undefined
  ) {
    // if (value === undefined) this[property] = defaultValue;
    self.maxRetries = maxRetries
    self.maxRedirects = maxRedirects.strictEquals(.undefined) ? .number(10) : maxRedirects
    if case .value(.undefined) = retryDelayOptions {
      self.retryDelayOptions = .empty
    } else {
      self.retryDelayOptions = retryDelayOptions
    }
    self.correctClockSkew = correctClockSkew.strictEquals(.undefined) ? .bool(false) : correctClockSkew
  }
}

/// The result of a simulated call: the final error and the counters of the `AWS.Response`.
public struct JSCallResult: Sendable, Equatable {
  /// The final `response.error`, or nil on success.
  public var final: JSErrorObject?
  /// `response.retryCount`.
  public var retryCount: Int
  /// `response.redirectCount`.
  public var redirectCount: Int
  /// `response.maxRetries`.
  public var maxRetries: JSValue
  /// HTTP attempts made.
  public var attempts: Int
  /// `Math.random()` values consumed.
  public var draws: Int
  /// The values handed to `setTimeout` between attempts.
  public var delays: [JSValue]
  /// Calls made to `customBackoff`.
  public var backoffCalls: [JSBackoffCall]
  /// What became of each `Math.random()` value, in draw order (for delay ranges; not on the wire).
  public var drawOutcomes: [JSDrawOutcome] = []
}

/// What one `Math.random()` value decided: the delay it made and whether that delay was scheduled.
public struct JSDrawOutcome: Sendable, Equatable {
  /// The delay of the round that drew: the value handed to `setTimeout` when retried, else the delay that stopped
  /// the call (`err.retryDelay` for a service call, the raw delay for `handleRequestWithRetries`).
  public var delay: JSValue
  /// Whether the round retried (its delay is in `delays`).
  public var retried: Bool
  /// The index in `delays` of the delay, or that it would have had.
  public var delayIndex: Int

  /// Creates an outcome.
  public init(delay: JSValue, retried: Bool, delayIndex: Int) {
    self.delay = delay
    self.retried = retried
    self.delayIndex = delayIndex
  }
}

/// Why a simulation could not produce a result.
public enum JSSimulationFailure: Error, Sendable, Equatable {
  /// The request supplied too few `Math.random()` values.
  case randomExhausted(available: Int)
  /// More attempts than the cap (rounds through `SIGN` count, since an unsignable redirect loops without one).
  case attemptLimit(Int)

  /// The failure for running out of `Math.random()` values.
  init(_ exhausted: RandomExhausted) {
    self = .randomExhausted(available: exhausted.available)
  }
}
