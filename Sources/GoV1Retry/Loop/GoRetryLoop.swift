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
public import RetryCore

/// What one attempt's handlers left on the request: the error, the response and a pre-set `Retryable`.
public struct GoAttemptOutcome: Sendable, Equatable {
  /// `r.Error` after the attempt; nil is a success.
  public var error: GoError?
  /// `r.HTTPResponse` after the attempt.
  public var httpResponse: GoHTTPResponse?
  /// `r.Retryable` as a handler set it (nil when none did).
  public var retryable: Bool?

  /// Creates an outcome.
  public init(error: GoError?, httpResponse: GoHTTPResponse? = nil, retryable: Bool? = nil) {
    self.error = error
    self.httpResponse = httpResponse
    self.retryable = retryable
  }
}

/// What `core.AfterRetryHandler` decided after one failed attempt (or that the attempt succeeded).
public struct GoAttemptRecord: Sendable, Equatable {
  /// `r.Error.Error()` for the attempt (nil for a success), or the panic printing it raised.
  public var errorText: Result<String, GoPanic>?
  /// Whether `ShouldRetry` was consulted (`r.Retryable == nil || EnforceShouldRetryCheck`).
  public var shouldRetryCalled: Bool
  /// `r.Retryable` as the attempt left it: the handler's verdict, or the pre-set value when `ShouldRetry` was
  /// not consulted (or panicked, or the attempt succeeded).
  public var retryable: Bool?
  /// `r.WillRetry()`.
  public var willRetry: Bool
  /// `r.RetryRules(r)` when a retry follows.
  public var delay: Int64?
  /// `Int63()` values consumed by this attempt's `RetryRules`.
  public var draws: Int
  /// Whether the credentials were expired (`r.IsErrorExpired()` on a retry).
  public var expireCredentials: Bool

  /// Creates a record; by default `ShouldRetry` was not consulted, no retry follows and nothing was drawn.
  init(
    errorText: Result<String, GoPanic>?, shouldRetryCalled: Bool = false, retryable: Bool?, willRetry: Bool = false,
    delay: Int64? = nil, draws: Int = 0, expireCredentials: Bool = false
  ) {
    self.errorText = errorText
    self.shouldRetryCalled = shouldRetryCalled
    self.retryable = retryable
    self.willRetry = willRetry
    self.delay = delay
    self.draws = draws
    self.expireCredentials = expireCredentials
  }
}

/// How the loop ended.
public enum GoLoopEnd: Sendable, Equatable {
  /// `Send` returned nil.
  case success
  /// `Send` returned `r.Error`: its text (or the panic printing it raised) and its top-level awserr code.
  case failure(errorText: Result<String, GoPanic>, code: String?)
  /// SDK code panicked inside the loop.
  case panic(GoPanic)
}

/// The result of running `Request.Send`'s retry loop over a list of attempt outcomes.
public struct GoLoopResult: Sendable, Equatable {
  /// `r.MaxRetries()` of the retryer the request got.
  public var maxRetries: Int
  /// `r.RetryCount` when `Send` returned.
  public var retryCount: Int
  /// One record per attempt made.
  public var attempts: [GoAttemptRecord]
  /// How the loop ended.
  public var end: GoLoopEnd
  /// Total `Int63()` values consumed.
  public var draws: Int
  /// The delays slept, in order.
  public var delays: [Int64] { attempts.compactMap(\.delay) }
}

/// `Request.Send`'s loop (`aws/request/request.go:527-570`) with `core.AfterRetryHandler`
/// (`aws/corehandlers/handlers.go:187-219`); signing and sending are replaced by the listed outcomes.
public enum GoRetryLoop {
  /// Why the loop could not produce a result.
  public enum Failure: Error, Sendable, Equatable {
    /// The request supplied too few random values.
    case randomExhausted(RandomExhausted)
    /// More attempts than the cap.
    case attemptLimit(AttemptLimitExceeded)
  }

  /// Runs the loop. When it makes more attempts than `outcomes` lists, the last outcome repeats.
  public static func run(
    config: GoClientConfig, outcomes: [GoAttemptOutcome], random: [Int64], attemptLimit: Int = 100_000,
    trace: Trace? = nil
  ) throws(Failure) -> GoLoopResult {
    let retryer = config.effectiveRetryer(trace: trace)
    let retryErrorCodes = config.effectiveRetryErrorCodes(trace: trace)
    var rand = GoRand(random)
    var retryCount = 0
    var records: [GoAttemptRecord] = []
    var replay = AttemptReplay(outcomes, limit: attemptLimit)

    func finish(_ end: GoLoopEnd) -> GoLoopResult {
      GoLoopResult(
        maxRetries: retryer.maxRetries, retryCount: retryCount, attempts: records, end: end, draws: rand.draws)
    }

    while true {
      let outcome: GoAttemptOutcome
      do {
        outcome = try replay.next()
      } catch {
        throw .attemptLimit(error)
      }
      var request = GoRequest(
        error: outcome.error, httpResponse: outcome.httpResponse, retryCount: retryCount,
        retryable: outcome.retryable, retryErrorCodes: retryErrorCodes,
        throttleErrorCodes: config.throttleErrorCodes)
      guard let error = request.error else {
        trace?.record("Send.success", GoSource.request(555), "attempt \(records.count + 1) succeeded")
        records.append(GoAttemptRecord(errorText: nil, retryable: request.retryable))
        return finish(.success)
      }
      let errorText = error.text
      trace?.record("Send.attempt", GoSource.request(555), "attempt \(records.count + 1) failed (\(error.goTypeName))")

      // AfterRetryHandler (handlers.go:192-194)
      let shouldRetryCalled = request.retryable == nil || config.enforceShouldRetryCheck
      if shouldRetryCalled {
        do {
          request.retryable = try retryer.shouldRetry(request, trace: trace)
        } catch {
          records.append(GoAttemptRecord(errorText: errorText, shouldRetryCalled: true, retryable: request.retryable))
          return finish(.panic(error))
        }
      } else {
        trace?.record(
          "AfterRetryHandler.preset", GoSource.handlers(192), "r.Retryable already set: ShouldRetry not called")
      }
      let retryable = request.retryable ?? false
      // r.WillRetry() (request.go:263-268); the body is seekable.
      let willRetry = retryable && retryCount < retryer.maxRetries
      trace?.record(
        "AfterRetryHandler.willRetry", GoSource.request(267),
        "Retryable \(retryable), RetryCount \(retryCount) < MaxRetries \(retryer.maxRetries)", willRetry)
      guard willRetry else {
        records.append(
          GoAttemptRecord(errorText: errorText, shouldRetryCalled: shouldRetryCalled, retryable: retryable))
        return finish(.failure(errorText: errorText, code: error.awsCode))
      }
      let drawsBefore = rand.draws
      let delay: Int64
      do {
        delay = try retryer.retryRules(request, random: &rand, trace: trace)
      } catch {
        switch error {
        case .panic(let panic):
          records.append(
            GoAttemptRecord(
              errorText: errorText, shouldRetryCalled: shouldRetryCalled, retryable: retryable, willRetry: true,
              draws: rand.draws - drawsBefore))
          return finish(.panic(panic))
        case .randomExhausted(let exhausted):
          throw .randomExhausted(exhausted)
        }
      }
      let expire = request.isErrorExpired()
      if expire {
        trace?.record(
          "AfterRetryHandler.expire", GoSource.handlers(212), "expired-credentials code: Credentials.Expire()")
      }
      records.append(
        GoAttemptRecord(
          errorText: errorText, shouldRetryCalled: shouldRetryCalled, retryable: retryable, willRetry: true,
          delay: delay, draws: rand.draws - drawsBefore, expireCredentials: expire))
      retryCount += 1
    }
  }
}
