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
public import RetryCore

/// `AWS.util.handleRequestWithRetries(httpRequest, options, cb)` (`lib/util.js:898-944`): the instance
/// metadata and container credentials path, with its own classification and `Retry-After` handling.
public enum JSMetadataRequest {
  /// The `options` it reads.
  public struct Options: Sendable, Equatable {
    /// `options.maxRetries` (read as `options.maxRetries || 0` on every error).
    public var maxRetries: JSValue
    /// `options.retryDelayOptions`.
    public var retryDelayOptions: JSRetryDelayOptions

    /// Creates options.
    public init(maxRetries: JSValue = .undefined, retryDelayOptions: JSRetryDelayOptions = .value(.undefined)) {
      self.maxRetries = maxRetries
      self.retryDelayOptions = retryDelayOptions
    }
  }

  /// Runs the request. When it makes more attempts than are listed, the last one repeats. The result has the
  /// shape of a service call's; `redirectCount` is always 0 and `final.retryDelay` is `undefined`.
  public static func run(
    options: Options, attempts: [JSAttempt], random: [Double], attemptLimit: Int = 100_000, trace: Trace? = nil
  ) throws(JSSimulationFailure) -> JSCallResult {
    var transport = AttemptReplay(attempts, limit: attemptLimit)
    var runtime = JSRuntime(random: random)
    var retryCount = 0
    var delays: [JSValue] = []
    var drawOutcomes: [JSDrawOutcome] = []
    // var maxRetries = options.maxRetries || 0;
    let maxRetries = options.maxRetries.or(.number(0))

    func result(_ final: JSErrorObject?) -> JSCallResult {
      JSCallResult(
        final: final, retryCount: retryCount, redirectCount: 0, maxRetries: maxRetries, attempts: transport.made,
        draws: runtime.draws, delays: delays, backoffCalls: runtime.backoffCalls,
        drawOutcomes: drawOutcomes)
    }

    while true {
      var error: JSErrorObject
      switch try transport.send() {
      case .http(let code, let headers, _, _):
        let status = JSValue.number(Double(code))
        if status.lessThan(.number(300)) {
          trace?.record("handleRequestWithRetries.success", JSSource.util(926), "status \(code) < 300")
          return result(nil)
        }
        // var retryAfter = parseInt(httpResponse.headers['retry-after'], 10) * 1000 || 0;
        let retryAfter = JSValue.number(JSNumerics.parseInt10(headers["retry-after"].toJSString.wellFormed) * 1000).or(
          .number(0))
        let retryable = status.greaterThanOrEqual(.number(500)) || status.strictEquals(.number(429))
        error = JSErrorObject(message: .null, statusCode: status, retryable: .bool(retryable))
        if retryAfter.isTruthy, retryable {
          error.retryAfter = retryAfter
          trace?.record(
            "handleRequestWithRetries.retryAfter", JSSource.util(936),
            "retry-after \(display(headers["retry-after"])) adds \(display(retryAfter)) ms")
        }
        trace?.record(
          "handleRequestWithRetries.status", JSSource.util(933),
          "status \(code): retryable \(retryable), retryAfter \(display(retryAfter))")
      case .network(let code, let message, let errno):
        error = JSErrorObject(code: code, message: message, errno: errno)
        trace?.record("handleRequestWithRetries.transport", JSSource.util(940), "transport error \(display(code))")
      }
      // errCallback (lib/util.js:904-918)
      if error.code.strictEquals("TimeoutError") {
        error.retryable = .bool(true)
        trace?.record("handleRequestWithRetries.timeout", JSSource.util(906), "TimeoutError is retryable")
      }
      if error.retryable.isTruthy, JSValue.counter(retryCount, isBelow: maxRetries) {
        let delay: JSValue
        let drawsBefore = runtime.draws
        do {
          delay = try JSCalculateRetryDelay.delay(
            retryCount: .number(Double(retryCount)), options: options.retryDelayOptions, errorCode: error.code,
            runtime: &runtime, trace: trace)
        } catch {
          throw JSSimulationFailure(error)
        }
        let drew = runtime.draws > drawsBefore
        if delay.greaterThanOrEqual(.number(0)) {
          retryCount += 1
          // setTimeout(sendRequest, delay + (err.retryAfter || 0));
          let scheduled = delay.plus(error.retryAfter.or(.number(0)))
          if drew { drawOutcomes.append(JSDrawOutcome(delay: scheduled, retried: true, delayIndex: delays.count)) }
          trace?.record(
            "handleRequestWithRetries.retry", JSSource.util(913),
            "delay \(display(delay)) >= 0: retry after \(display(scheduled))")
          delays.append(scheduled)
          continue
        }
        if drew { drawOutcomes.append(JSDrawOutcome(delay: delay, retried: false, delayIndex: delays.count)) }
        trace?.record(
          "handleRequestWithRetries.negative", JSSource.util(911), "delay \(display(delay)) is not >= 0", false)
      } else {
        trace?.record(
          "handleRequestWithRetries.stop", JSSource.util(909),
          "retryable \(display(error.retryable)), retryCount \(retryCount) < maxRetries \(display(maxRetries))", false)
      }
      return result(error)
    }
  }
}
