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
public import RetryCore

/// A service call through the real listener order of `lib/event_listeners.js`, with the transport replaced by
/// the listed attempts.
public enum JSServiceCall {
  /// Runs the call. When it makes more attempts than are listed, the last one repeats.
  public static func run(
    service: JSService, config: JSServiceConfig, attempts: [JSAttempt], random: [Double],
    attemptLimit: Int = 100_000, trace: Trace? = nil
  ) throws(JSSimulationFailure) -> JSCallResult {
    var transport = AttemptReplay(attempts, limit: attemptLimit)
    var runtime = JSRuntime(random: random)
    // AWS.Response (lib/response.js:104-115): counters and the maxima snapshotted at creation.
    var retryCount = 0
    var redirectCount = 0
    // numRetries(): config.maxRetries !== undefined ? config.maxRetries : defaultRetryCount (lib/service.js:540-546)
    let maxRetries =
      config.maxRetries.strictEquals(.undefined) ? JSValue.number(Double(service.defaultRetryCount)) : config.maxRetries
    let maxRedirects = config.maxRedirects
    // resp.httpResponse is created once and only overwritten by HTTP_HEADERS (lib/event_listeners.js:470-487).
    var status = JSValue.undefined
    var headers = JSHeaders()
    var delays: [JSValue] = []
    // httpRequest.endpoint, moved by REDIRECT; the client's own endpoint always signs.
    var endpoint = AWSEndpoint(host: JSString(service.clientHostname), path: "/")
    // Rounds through SIGN: a redirect to an endpoint that cannot be signed loops without calling the transport,
    // so the attempt cap counts rounds too.
    var rounds = 0
    var drawOutcomes: [JSDrawOutcome] = []

    func result(_ final: JSErrorObject?) -> JSCallResult {
      JSCallResult(
        final: final, retryCount: retryCount, redirectCount: redirectCount, maxRetries: maxRetries,
        attempts: transport.made,
        draws: runtime.draws, delays: delays, backoffCalls: runtime.backoffCalls, drawOutcomes: drawOutcomes)
    }

    while true {
      var error: JSErrorObject
      var isNetworkError = false
      rounds += 1
      guard rounds <= attemptLimit else { throw .attemptLimit(attemptLimit) }
      if let signing = V4SigningFailure.failure(for: endpoint) {
        // SIGN stores the exception (lib/event_listeners.js:335-336); the state machine goes to `retry` with the
        // previous response's status and headers still in place, and the transport is not called.
        trace?.record(
          "SIGN.throws", JSSource.listeners(336),
          "the endpoint cannot be signed (\(signing)): the error goes to `retry` without an HTTP attempt")
        error = V4SigningFailure.errorObject(signing)
      } else {
        switch try transport.send() {
        case .http(let code, let responseHeaders, let errorCode, let message):
          status = .number(Double(code))
          headers = responseHeaders
          if status.lessThan(.number(300)) {
            if let crcError = dynamoCRC32Failure(service: service, headers: headers, trace: trace) {
              error = crcError
            } else {
              trace?.record("success", JSSource.service(531), "attempt \(transport.made): status \(code) < 300")
              return result(nil)
            }
          } else {
            error = extractJSONError(headers: headers, errorCode: errorCode, message: message, trace: trace)
          }
        case .network(let code, let message, let errno):
          isNetworkError = true
          error = sendError(service: service, code: code, message: message, errno: errno, trace: trace)
        }
      }

      // The `retry` event: every listener runs; the executor keeps the first exception and, at the end,
      // makes it the response's error (lib/sequential_executor.js:85-117, lib/request.js:22-40).
      var thrown: JSThrow?
      let drawsBefore = runtime.draws
      do {
        try retryListeners(
          &error, isNetworkError: isNetworkError, service: service, config: config, status: status, headers: headers,
          endpoint: &endpoint, retryCount: retryCount,
          redirectCount: redirectCount, maxRetries: maxRetries, maxRedirects: maxRedirects, runtime: &runtime,
          trace: trace)
      } catch {
        switch error {
        case .thrown(let exception): thrown = exception
        case .randomExhausted(let exhausted): throw JSSimulationFailure(exhausted)
        }
      }
      if let thrown {
        trace?.record(
          "executor.thrown", JSSource.executor(107), "a retry listener threw \(thrown): it replaces the error")
        error = JSErrorObject(caught: thrown)
      }

      // RESET_RETRY_STATE (lib/event_listeners.js:573-594)
      let delay = error.retryDelay.or(.number(0))
      var willRetry = false
      if error.retryable.isTruthy, JSValue.counter(retryCount, isBelow: maxRetries) {
        retryCount += 1
        willRetry = true
      } else if error.redirect.isTruthy, JSValue.counter(redirectCount, isBelow: maxRedirects) {
        redirectCount += 1
        willRetry = true
      }
      let scheduled = willRetry && delay.greaterThanOrEqual(.number(0))
      if willRetry, !scheduled {
        trace?.record(
          "RESET_RETRY_STATE.negativeDelay", JSSource.listeners(588),
          "the counter moved, but delay \(display(delay)) is not >= 0: no retry")
      }
      trace?.record(
        "RESET_RETRY_STATE", JSSource.listeners(588),
        "retryable \(display(error.retryable)), redirect \(display(error.redirect)), retryCount \(retryCount), "
          + "redirectCount \(redirectCount), delay \(display(delay)) >= 0", scheduled)
      if runtime.draws > drawsBefore {
        drawOutcomes.append(JSDrawOutcome(delay: delay, retried: scheduled, delayIndex: delays.count))
      }
      guard scheduled else { return result(error) }
      delays.append(delay)
    }
  }

  /// The failures a retry listener can raise.
  enum ListenerFailure: Error {
    case thrown(JSThrow)
    case randomExhausted(RandomExhausted)
  }

  /// The `retry` listeners in order (`lib/event_listeners.js:513-571`).
  static func retryListeners(
    _ error: inout JSErrorObject, isNetworkError: Bool, service: JSService, config: JSServiceConfig, status: JSValue,
    headers: JSHeaders, endpoint: inout AWSEndpoint,
    retryCount: Int, redirectCount: Int, maxRetries: JSValue, maxRedirects: JSValue, runtime: inout JSRuntime,
    trace: Trace?
  ) throws(ListenerFailure) {
    // When several listeners throw, AWS.util.error merges them and the last one names the result.
    var lastThrown: JSThrow?

    // FINALIZE_ERROR (513-520)
    if status.isTruthy, isNetworkError {
      trace?.record(
        "FINALIZE_ERROR.stickyStatus", JSSource.listeners(515),
        "no response this attempt: the previous status \(display(status)) is used")
    }
    if status.isTruthy {
      error.statusCode = status
      if error.retryable.strictEquals(.undefined) {
        do {
          error.retryable = .bool(try service.retryableError(error, trace: trace))
          trace?.record(
            "FINALIZE_ERROR", JSSource.listeners(517), "retryable = retryableError(err) = \(display(error.retryable))")
        } catch {
          lastThrown = error
        }
      } else {
        trace?.record(
          "FINALIZE_ERROR", JSSource.listeners(516),
          "statusCode \(display(status)); retryable already \(display(error.retryable))")
      }
    }
    // INVALIDATE_CREDENTIALS (522-531)
    if error.code.isString(in: expiredCredentialsCodes) {
      error.retryable = .bool(true)
      trace?.record(
        "INVALIDATE_CREDENTIALS", JSSource.listeners(528), "code \(display(error.code)): credentials expired, retryable"
      )
    }
    // EXPIRED_SIGNATURE (533-541)
    if case .string(let code) = error.code, case .string(let message) = error.message,
      code.contains("Signature"), message.contains("expired")
    {
      error.retryable = .bool(true)
      trace?.record("EXPIRED_SIGNATURE", JSSource.listeners(538), "code /Signature/ and message /expired/: retryable")
    }
    // CLOCK_SKEWED (543-549)
    if service.clockSkewError(error), config.correctClockSkew.isTruthy {
      error.retryable = .bool(true)
      trace?.record("CLOCK_SKEWED", JSSource.listeners(547), "clock-skew code with correctClockSkew: retryable")
    }
    // REDIRECT (551-561): new AWS.Endpoint(location) runs url.parse, which can throw before anything is set.
    if error.statusCode.greaterThanOrEqual(.number(300)), error.statusCode.lessThan(.number(400)),
      case .string(let location) = headers["location"], !location.isEmpty
    {
      do throws(JSThrow) {
        endpoint = try AWSEndpoint(parsing: location)
        error.redirect = .bool(true)
        error.retryable = .bool(true)
        trace?.record("REDIRECT", JSSource.listeners(558), "3xx with a location header: redirect, retryable")
      } catch {
        trace?.record(
          "REDIRECT.urlParseThrows", JSSource.listeners(555), "new AWS.Endpoint(location): url.parse throws \(error)")
        lastThrown = error
      }
    }
    // RETRY_CHECK (563-571): a delay for every error while retries remain, retryable or not.
    if error.redirect.isTruthy, JSValue.counter(redirectCount, isBelow: maxRedirects) {
      error.retryDelay = .number(0)
      trace?.record("RETRY_CHECK.redirect", JSSource.listeners(566), "redirect with redirects left: retryDelay 0")
    } else if JSValue.counter(retryCount, isBelow: maxRetries) {
      do {
        let delay = try retryDelays(
          service: service, config: config, retryCount: retryCount, errorCode: error.code, runtime: &runtime,
          trace: trace)
        error.retryDelay = delay.or(.number(0))
        trace?.record(
          "RETRY_CHECK.delay", JSSource.listeners(568),
          "retryCount \(retryCount) < maxRetries \(display(maxRetries)): retryDelay = \(display(error.retryDelay))")
        if !error.retryable.isTruthy, !error.redirect.isTruthy {
          trace?.record(
            "RETRY_CHECK.nonRetryable", JSSource.listeners(567),
            "the delay was computed although the error is not retryable")
        }
        if !delay.isTruthy {
          trace?.record("RETRY_CHECK.zeroFallback", JSSource.listeners(568), "\(display(delay)) || 0 gives 0")
        }
      } catch {
        switch error {
        case .thrown(let exception): lastThrown = exception
        case .randomExhausted: throw error
        }
      }
    } else {
      trace?.record("RETRY_CHECK.none", JSSource.listeners(567), "no retries left: retryDelay untouched")
    }
    if let lastThrown { throw .thrown(lastThrown) }
  }

  /// The cases of the `switch (resp.error.code)` in `INVALIDATE_CREDENTIALS` (`lib/event_listeners.js:525-527`).
  static let expiredCredentialsCodes = ["RequestExpired", "ExpiredTokenException", "ExpiredToken"]

  /// `service.retryDelays(retryCount, err)`: `lib/service.js:551-553`, or DynamoDB's copy with base 50
  /// (`lib/services/dynamodb.js:49-57`).
  static func retryDelays(
    service: JSService, config: JSServiceConfig, retryCount: Int, errorCode: JSValue, runtime: inout JSRuntime,
    trace: Trace?
  ) throws(ListenerFailure) -> JSValue {
    var options = config.retryDelayOptions
    if service == .dynamodb {
      // var retryDelayOptions = AWS.util.copy(this.config.retryDelayOptions);
      // if (typeof retryDelayOptions.base !== 'number') retryDelayOptions.base = 50;
      switch options {
      case .value(let value) where value.looselyEquals(.null):  // copy returns null and undefined as is (util.js:547)
        trace?.record("dynamodb.retryDelays", JSSource.dynamodb(52), "AWS.util.copy(\(value.toJSString)).base throws")
        throw .thrown(.readProperty(of: value, "base"))
      case .value:
        options = .object(base: .number(50), customBackoff: .value(.undefined))
      case .object(let base, let customBackoff):
        if case .number = base {
        } else {
          options = .object(base: .number(50), customBackoff: customBackoff)
        }
      }
    }
    do {
      return try JSCalculateRetryDelay.delay(
        retryCount: .number(Double(retryCount)), options: options, errorCode: errorCode, runtime: &runtime,
        trace: trace)
    } catch {
      throw .randomExhausted(error)
    }
  }

  /// DynamoDB's `checkCrc32` on `extractData` (`lib/services/dynamodb.js:19-39`): the body of a success is
  /// empty, whose CRC32 is 0.
  static func dynamoCRC32Failure(service: JSService, headers: JSHeaders, trace: Trace?) -> JSErrorObject? {
    guard service == .dynamodb else { return nil }
    let crc = headers["x-amz-crc32"]
    guard crc.isTruthy else { return nil }
    if JSNumerics.parseInt10(crc.toJSString.wellFormed) == 0 { return nil }  // a lone surrogate is no digit
    trace?.record(
      "dynamodb.checkCrc32", JSSource.dynamodb(20), "x-amz-crc32 \(display(crc)) is not the CRC32 of the body (0)")
    // The thrown error passes through AWS.util.error(new Error(), thrown): code, message and retryable survive.
    return JSErrorObject(
      code: .string("CRC32CheckFailed"), message: .string("CRC32 integrity check failed"), retryable: .bool(true))
  }

  /// `extractError` of the JSON protocol (`lib/protocol/json.js:31-81`) for the error document of an attempt.
  static func extractJSONError(headers: JSHeaders, errorCode: JSString?, message: JSString?, trace: Trace?)
    -> JSErrorObject
  {
    // error.code = httpResponse.headers['x-amzn-errortype'] || 'UnknownError'; cut at ':'
    var code = headers["x-amzn-errortype"].or(.string("UnknownError"))
    if case .string(let text) = code {
      code = .string(text.prefix(before: ":"))
    }
    // var code = e.__type || e.code || e.Code; if (code) error.code = code.split('#').pop();
    if let errorCode, !errorCode.isEmpty {
      code = .string(errorCode.suffix(afterLast: "#"))
    }
    let finalMessage: JSValue
    if code.strictEquals("RequestEntityTooLarge") {
      finalMessage = .string("Request body must be less than 1 MB")
    } else if let message, !message.isEmpty {
      finalMessage = .string(message)
    } else {
      finalMessage = .null
    }
    trace?.record("json.extractError", JSSource.json(44), "error code \(display(code))")
    return JSErrorObject(code: code, message: finalMessage)
  }

  /// `SEND`'s error handler (`lib/event_listeners.js:432-446`) and `ENOTFOUND_ERROR` (601-620). The transport
  /// error has no `port`, so the `UnknownEndpoint` message reads ``at port `undefined'``, as it does under the
  /// reference.
  static func sendError(service: JSService, code: JSValue, message: JSValue, errno: JSValue, trace: Trace?)
    -> JSErrorObject
  {
    var error = JSErrorObject(code: code, message: message, errno: errno)
    guard !code.strictEquals("RequestAbortedError") else {
      trace?.record("SEND.error", JSSource.listeners(433), "RequestAbortedError passes unchanged")
      return error
    }
    // AWS.util.error(err, {code: errCode, region, hostname, retryable: true}); err.message = err.message || null
    let relabelled = code.strictEquals("TimeoutError") ? "TimeoutError" : "NetworkingError"
    error.code = .string(JSString(relabelled))
    error.message = message.or(.null)
    error.region = .string(JSString(JSService.clientRegion))
    error.retryable = .bool(true)
    trace?.record(
      "SEND.error", JSSource.listeners(435), "transport error \(display(code)) becomes \(relabelled), retryable")
    guard relabelled == "NetworkingError" else { return error }
    // isDNSError (lib/event_listeners.js:602-607): errno === 'ENOTFOUND', or a number that Node's
    // util.getSystemErrorName accepts (a negative safe integer, Node's lib/util.js:422-428), after which
    // indexOf(<boolean>) is -1, truthy.
    // For any other number getSystemErrorName throws ERR_OUT_OF_RANGE inside the listener, and
    // AWS.Request.emit makes that exception the response's error (lib/request.js:680-690).
    let dns: Bool
    switch errno {
    case .string(let text):
      dns = text == "ENOTFOUND"
    case .number(let value):
      guard value < 0, value >= -9_007_199_254_740_991, value.rounded(.towardZero) == value else {
        trace?.record(
          "ENOTFOUND_ERROR.throws", JSSource.listeners(606),
          "util.getSystemErrorName(\(display(errno))) throws ERR_OUT_OF_RANGE, which replaces the error")
        // util.error(new Error(), rangeError): its code and message, nothing of the transport error
        let received = NodeErrors.received(value)
        return JSErrorObject(
          code: .string("ERR_OUT_OF_RANGE"),
          message: .string(
            JSString("The value of \"err\" is out of range. It must be a negative integer. Received \(received)")))
      }
      dns = true
    default:
      dns = false
    }
    guard dns else { return error }
    trace?.record(
      "ENOTFOUND_ERROR", JSSource.listeners(612), "NetworkingError with errno \(display(errno)) becomes UnknownEndpoint"
    )
    // AWS.util.error(new Error(message), {code: 'UnknownEndpoint', region, hostname, retryable: true, ...})
    var unknown = JSErrorObject(code: .string("UnknownEndpoint"), retryable: .bool(true), region: error.region)
    unknown.message = .string(
      JSString(
        "Inaccessible host: `\(service.clientHostname)' at port `undefined'. This service may not be available in "
          + "the `\(JSService.clientRegion)' region."))
    return unknown
  }
}
