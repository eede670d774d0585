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

/// The flags of generated cases, derived from the rules that decided each case (its explain trace): a flag
/// says which behaviour a case exercises because the reference saw that rule fire.
enum FlagRules {
  /// A flag and the rule ids (or rule-id prefixes ending in `.`) that raise it.
  struct Rule {
    let flag: String
    let description: String
    let rules: [String]
  }

  /// The go-v1 flags.
  static let goV1: [Rule] = [
    Rule(flag: "NilError", description: "r.Error is nil.", rules: ["IsErrorRetryable.nil"]),
    Rule(
      flag: "RequestCanceled", description: "An awserr RequestCanceled is never retryable.",
      rules: ["shouldRetryError.awserr.canceled"]),
    Rule(
      flag: "NestedError", description: "isNestedErrorRetryable looks inside SerializationError/ReadError.",
      rules: ["isNestedErrorRetryable."]),
    Rule(
      flag: "RequestErrorCause", description: "A RequestError whose cause is not retryable is not retryable.",
      rules: ["shouldRetryError.awserr.requestError"]),
    Rule(
      flag: "ConnectionRefused", description: "\"connection refused\" in a url.Error's text.",
      rules: ["shouldRetryError.url.refused"]),
    Rule(
      flag: "DialError", description: "A *net.OpError with Op \"dial\".", rules: ["shouldRetryError.temporary.dial"]),
    Rule(
      flag: "ReadConnectionReset", description: "\"read: connection reset\" is excluded from the reset markers.",
      rules: ["isErrConnectionReset.read"]),
    Rule(
      flag: "ConnectionResetMarker", description: "A reset, broken-pipe or closed-connection marker in the text.",
      rules: ["isErrConnectionReset.match"]),
    Rule(
      flag: "NilCause", description: "A url.Error with a nil Err reaches `case nil`.", rules: ["shouldRetryError.nil"]),
    Rule(
      flag: "HTTPRequestCanceled", description: "An exact net/http request-canceled message.",
      rules: ["shouldRetryError.default.canceled"]),
    Rule(
      flag: "UnknownErrorType", description: "A type without Temporary() falls to the default branch: retryable.",
      rules: ["shouldRetryError.default"]),
    Rule(
      flag: "TemporaryError", description: "The `case temporary` branch decides.", rules: ["shouldRetryError.temporary"]
    ),
    Rule(
      flag: "BatchRecursion", description: "A batch whose OrigErr() is itself: unbounded recursion (fatal).",
      rules: ["shouldRetryError.awserr.batchLoop"]),
    Rule(
      flag: "CustomCodeLists", description: "r.RetryErrorCodes or r.ThrottleErrorCodes decide.",
      rules: ["Request.IsErrorRetryable.retryErrorCodes", "Request.IsErrorThrottle.throttleErrorCodes"]),
    Rule(flag: "Status500", description: "HTTP 500 is retryable.", rules: ["Request.IsErrorRetryable.status500"]),
    Rule(
      flag: "ThrottleStatus", description: "HTTP 429/502/503/504 is a throttle.",
      rules: ["Request.IsErrorThrottle.status"]),
    Rule(
      flag: "NoRetries", description: "NumMaxRetries 0: no retry, no delay, no draw.",
      rules: ["DefaultRetryer.ShouldRetry.noRetries", "DefaultRetryer.RetryRules.noRetries"]),
    Rule(
      flag: "PresetRetryable", description: "r.Retryable was set before ShouldRetry.",
      rules: ["DefaultRetryer.ShouldRetry.preset", "AfterRetryHandler.preset"]),
    Rule(
      flag: "SecondDraw", description: "The backoff exceeds the cap: a second draw around maxDelay/2.",
      rules: ["DefaultRetryer.RetryRules.capped"]),
    Rule(
      flag: "CapBranch", description: "retryCount too large for the shift guard: one draw around maxDelay/2.",
      rules: ["DefaultRetryer.RetryRules.capBranch"]),
    Rule(
      flag: "RetryAfter", description: "A usable Retry-After header adds whole seconds.",
      rules: ["DefaultRetryer.RetryAfter.seconds"]),
    Rule(
      flag: "RetryAfterIgnored", description: "A Retry-After header that Go ignores (status, syntax, range).",
      rules: ["DefaultRetryer.RetryAfter.status", "DefaultRetryer.RetryAfter.syntax"]),
    Rule(
      flag: "NilHTTPResponse", description: "A throttle with no HTTP response: Retry-After handling panics.",
      rules: ["DefaultRetryer.RetryAfter.nilResponse"]),
    Rule(flag: "Int63nRejection", description: "Int63n rejected at least one Int63() value.", rules: ["Int63n.reject"]),
    Rule(flag: "Int63nPowerOfTwo", description: "Int63n of a power of two masks one value.", rules: ["Int63n.mask"]),
    Rule(flag: "Int63nPanic", description: "Int63n(n <= 0) panics.", rules: ["Int63n.invalid"]),
    Rule(
      flag: "SeedRetryerFires", description: "The seed retryer's temporary read-reset branch returns true.",
      rules: ["seedRetryer.temporaryReadReset"]),
    Rule(
      flag: "FieldRetryer", description: "A retryer from the field (seed-read-conn-reset, example-no-5xx).",
      rules: ["seedRetryer.", "exampleRetryer."]),
    Rule(
      flag: "ExpiredCredentials", description: "A retry after an expired-credentials code expires the credentials.",
      rules: ["AfterRetryHandler.expire"]),
    Rule(
      flag: "ServiceRetryer", description: "A service customisation chose the retryer (DynamoDB, EC2).",
      rules: ["dynamodb.setCustomRetryer", "ec2.customRetryer"]),
    Rule(
      flag: "ServiceRetryCodes", description: "A service customisation appended a retryable code (Kinesis, STS).",
      rules: ["kinesis.retryErrorCodes", "sts.retryErrorCodes"]),
  ]

  /// The go-v2 flags.
  static let goV2: [Rule] = [
    Rule(
      flag: "AddWithErrorCodes", description: "An AddWithErrorCodes wrapper's code decides.",
      rules: ["AddWithErrorCodes"]),
    Rule(
      flag: "CanceledNotRetried", description: "A CanceledError() in the chain: not retryable.",
      rules: ["NoRetryCanceledError"]),
    Rule(
      flag: "RetryableErrorMethod", description: "A RetryableError() in the chain decides.", rules: ["RetryableError"]),
    Rule(
      flag: "DNSNotFound", description: "A *net.DNSError with IsNotFound: not retryable.",
      rules: ["RetryableConnectionError.dnsNotFound"]),
    Rule(
      flag: "ConnectionError", description: "RetryableConnectionError decides true.",
      rules: [
        "RetryableConnectionError.dnsTemporary", "RetryableConnectionError.connectionError",
        "RetryableConnectionError.text", "RetryableConnectionError.urlRefused", "RetryableConnectionError.opError",
        "RetryableConnectionError.temporary", "RetryableConnectionError.timeout",
      ]),
    Rule(
      flag: "ConnectionErrorRecursion",
      description: "RetryableConnectionError asks again with a url.Error's or OpError's Err.",
      rules: ["RetryableConnectionError.urlUnwrap", "RetryableConnectionError.opUnwrap"]),
    Rule(flag: "RetryableStatus", description: "HTTP 500/502/503/504 decides.", rules: ["RetryableHTTPStatusCode"]),
    Rule(
      flag: "RetryableCode", description: "A retryable or throttle error code decides.", rules: ["RetryableErrorCode"]),
    Rule(
      flag: "NotRetryable", description: "Every check Unknown: not retryable.", rules: ["IsErrorRetryables.unknown"]),
    Rule(
      flag: "LegacyCap", description: "Legacy backoff past int(log2(MaxBackoff/1s)): MaxBackoff, no draw.",
      rules: ["backoffDelayLegacy.cap"]),
    Rule(
      flag: "LegacyBackoff", description: "The legacy formula b * 2^attempt s.", rules: ["backoffDelayLegacy.jitter"]),
    Rule(
      flag: "Backoff2026", description: "The 2026 formula b * min(x * 2^attempt, MaxBackoff).",
      rules: ["backoffDelay2026"]),
    Rule(
      flag: "RetryAfterHeader", description: "x-amz-retry-after clamps the 2026 delay.",
      rules: ["adjustForRetryAfterHeader"]),
    Rule(
      flag: "RetryAfterInvalid", description: "An x-amz-retry-after value Go ignores.",
      rules: ["adjustForRetryAfterHeader.invalid"]),
    Rule(
      flag: "ClockSkew", description: "The clock-skew rule wraps the error as retryable.", rules: ["wrapAsClockSkew"]),
    Rule(
      flag: "QuotaExceeded", description: "GetRetryToken refuses: retry quota exceeded (or canceled).",
      rules: ["GetRetryToken.refused"]),
    Rule(
      flag: "LongPollSleep", description: "2026 long polling sleeps on a quota refusal.",
      rules: ["handleAttempt.longPollSleep"]),
    Rule(
      flag: "MaxAttempts", description: "The attempt count reaches MaxAttempts().", rules: ["handleAttempt.maxAttempts"]
    ),
    Rule(
      flag: "SleepCanceled", description: "The context is done during the backoff sleep.",
      rules: ["handleAttempt.sleepCanceled"]),
    Rule(
      flag: "RetryTokenRefund", description: "A success refunds the last retry token.", rules: ["releaseRetryToken"]),
    Rule(flag: "NoRetryIncrement", description: "A success adds NoRetryIncrement.", rules: ["releaseAttemptToken"]),
    Rule(
      flag: "HTTPDateLayout", description: "A Date read by a ParseHTTPDate layout other than the IMF-fixdate.",
      rules: ["ParseHTTPDate.otherLayout"]),
    Rule(
      flag: "HTTPDateUnparsed", description: "A Date no ParseHTTPDate layout reads: no server time.",
      rules: ["ParseHTTPDate.failed"]),
    Rule(
      flag: "AdaptiveUpdate", description: "The adaptive rate limiter is updated after an attempt.",
      rules: ["adaptive.Update"]),
    Rule(
      flag: "SendTokenWait", description: "Adaptive GetAttemptToken sleeps for a send token.",
      rules: ["GetAttemptToken.wait"]),
    Rule(
      flag: "SendTokenFailed", description: "FailOnNoAttemptTokens ends the call without a send token.",
      rules: ["GetAttemptToken.failOnNoAttemptTokens"]),
  ]

  /// The js-v2 flags.
  /// The js-v3 flags.
  static let jsV3: [Rule] = [
    Rule(
      flag: "Throttling", description: "getRetryErrorType: isThrottlingError holds.",
      rules: ["js.v3.errorType.throttling"]),
    Rule(
      flag: "Transient", description: "getRetryErrorType: isTransientError holds.", rules: ["js.v3.errorType.transient"]
    ),
    Rule(
      flag: "ServerError", description: "A 5xx that is not transient: SERVER_ERROR, not retried.",
      rules: ["js.v3.errorType.serverError"]),
    Rule(
      flag: "ClientError", description: "No predicate holds: CLIENT_ERROR, not retried.",
      rules: ["js.v3.errorType.clientError"]),
    Rule(
      flag: "TransientCause", description: "isTransientError holds through the cause chain.",
      rules: ["js.v3.isTransientError.cause"]),
    Rule(
      flag: "RetryAfterSeconds", description: "A retry-after header gives the hint.",
      rules: ["js.v3.retryAfter.seconds"]),
    Rule(
      flag: "XAmzRetryAfter", description: "An x-amz-retry-after header gives the hint.",
      rules: ["js.v3.retryAfter.xAmz"]),
    Rule(
      flag: "NoHint", description: "The first retry-after style header gives no hint.", rules: ["js.v3.retryAfter.none"]
    ),
    Rule(
      flag: "DateParseFallback",
      description: "A retry-after value reaches Date.parse or new Date(v) (Node 20, TZ=UTC).",
      rules: ["js.v3.retryAfter.dateParse", "js.v3.deprecated.newDate"]),
    Rule(flag: "HintClamp", description: "The hint is clamped to [d, d + 5000].", rules: ["js.v3.hintClamp"]),
    Rule(
      flag: "NotRetryable", description: "retryCode 1: the error type is not retryable.", rules: ["js.v3.retryCode.1"]),
    Rule(flag: "AttemptsExhausted", description: "retryCode 2: maxAttempts reached.", rules: ["js.v3.retryCode.2"]),
    Rule(
      flag: "QuotaExhausted", description: "retryCode 3: the retry quota cannot pay the cost.",
      rules: ["js.v3.retryCode.3"]),
    Rule(
      flag: "LongPoll", description: "The token is a long-poll token (2026 mode, long-poll operation).",
      rules: ["js.v3.acquire.longPoll"]),
    Rule(
      flag: "LongPollBackoff", description: "A long-poll token refused for capacity still sleeps.",
      rules: ["js.v3.longPoll.sleep"]),
    Rule(
      flag: "LongPollDrawOnRefusal", description: "A long-poll token draws Math.random() even when refused.",
      rules: ["js.v3.longPoll.refused", "js.v3.longPoll.sleep"]),
    Rule(
      flag: "StreamingBody", description: "A streaming request body: thrown without asking the strategy.",
      rules: ["js.v3.streaming"]),
    Rule(
      flag: "ClassifierThrows",
      description: "A classifier throws a TypeError (a null cause, a message that is not a string): the call "
        + "rejects with it.",
      rules: ["js.v3.errorType.throws", "js.v3.deprecated.deciderThrows"]),
    Rule(
      flag: "MetadataPrimitive",
      description: "$metadata is a truthy primitive: $metadata.attempts does not take (the middleware) or throws "
        + "(the deprecated strategy's class).",
      rules: ["js.v3.rethrow.metadataPrimitive"]),
    Rule(
      flag: "ConfiguredBackoff", description: "A ConfiguredRetryStrategy's delay function decides the delay.",
      rules: ["js.v3.configuredBackoff"]),
    Rule(flag: "FlagChanged", description: "Retry.v2026 changes between calls.", rules: ["js.v3.flag.set"]),
    Rule(
      flag: "LimiterThrottle", description: "The adaptive rate limiter sees a throttle and enables its bucket.",
      rules: ["js.v3.limiter.throttle"]),
    Rule(flag: "LimiterWait", description: "getSendToken waits for a token.", rules: ["js.v3.limiter.wait"]),
    Rule(
      flag: "DeprecatedStrategy", description: "A pre-SRA strategy's retry() decides.", rules: ["js.v3.deprecated."]),
  ]

  static let jsV2: [Rule] = [
    Rule(
      flag: "CustomBackoff", description: "A customBackoff function decides the delay.",
      rules: ["calculateRetryDelay.customBackoff"]),
    Rule(
      flag: "FdlibmPow", description: "Math.pow(2, n) with a non-integer n: V8's fdlibm pow, not correctly rounded.",
      rules: ["calculateRetryDelay.nonIntegerExponent"]),
    Rule(
      flag: "DrawOnNonRetryable", description: "RETRY_CHECK computes a delay for an error it will not retry.",
      rules: ["RETRY_CHECK.nonRetryable"]),
    Rule(
      flag: "FalsyDelay", description: "`|| 0` turns a falsy delay into an immediate retry.",
      rules: ["RETRY_CHECK.zeroFallback"]),
    Rule(
      flag: "NegativeDelaySkips", description: "A negative delay stops retrying after retryCount moved.",
      rules: ["RESET_RETRY_STATE.negativeDelay"]),
    Rule(
      flag: "Redirect", description: "A 3xx with a location header is followed.",
      rules: ["REDIRECT", "RETRY_CHECK.redirect"]),
    Rule(
      flag: "NetworkError", description: "The transport reported an error; SEND relabels it.", rules: ["SEND.error"]),
    Rule(
      flag: "UnknownEndpoint", description: "ENOTFOUND_ERROR relabels a NetworkingError as UnknownEndpoint.",
      rules: ["ENOTFOUND_ERROR"]),
    Rule(
      flag: "ErrOutOfRange",
      description: "util.getSystemErrorName throws for a numeric errno that is not a negative safe integer.",
      rules: ["ENOTFOUND_ERROR.throws"]),
    Rule(
      flag: "StickyStatus", description: "A failed attempt without a response sees the previous status.",
      rules: ["FINALIZE_ERROR.stickyStatus"]),
    Rule(
      flag: "ExpiredCredentials", description: "INVALIDATE_CREDENTIALS makes an expired-credentials code retryable.",
      rules: ["INVALIDATE_CREDENTIALS"]),
    Rule(
      flag: "ExpiredSignature", description: "EXPIRED_SIGNATURE: code /Signature/ and message /expired/.",
      rules: ["EXPIRED_SIGNATURE"]),
    Rule(flag: "ClockSkew", description: "CLOCK_SKEWED with correctClockSkew.", rules: ["CLOCK_SKEWED"]),
    Rule(
      flag: "ListenerThrows", description: "A listener throws; the exception becomes the error.",
      rules: ["executor.thrown"]),
    Rule(
      flag: "CRC32Mismatch", description: "DynamoDB's CRC32 check fails a 2xx response.", rules: ["dynamodb.checkCrc32"]
    ),
    Rule(
      flag: "NoRetriesLeft", description: "RETRY_CHECK leaves retryDelay alone once retries are used up.",
      rules: ["RETRY_CHECK.none"]),
    Rule(
      flag: "MetadataRetryAfter", description: "handleRequestWithRetries adds Retry-After.",
      rules: ["handleRequestWithRetries.retryAfter"]),
    Rule(
      flag: "MetadataTimeout", description: "handleRequestWithRetries retries a TimeoutError.",
      rules: ["handleRequestWithRetries.timeout"]),
    Rule(
      flag: "MetadataNegativeDelay", description: "handleRequestWithRetries stops on a delay that is not >= 0.",
      rules: ["handleRequestWithRetries.negative"]),
    Rule(
      flag: "ServiceOverride", description: "A service's own retryableError rule decides.",
      rules: ["route53.", "rdsdataservice.", "s3.", "webIdentity."]),
    Rule(flag: "Throttled", description: "throttledError decides retryableError.", rules: ["retryableError.throttled"]),
    Rule(
      flag: "ServerErrorStatus", description: "statusCode >= 500 decides retryableError.",
      rules: ["retryableError.status"]),
    Rule(
      flag: "UrlParseThrows", description: "Node's url.parse throws on the redirect Location inside REDIRECT.",
      rules: ["REDIRECT.urlParseThrows"]),
    Rule(
      flag: "UnsignableRedirect",
      description: "The redirect's endpoint cannot be signed: SIGN stores the error, no HTTP attempt.",
      rules: ["SIGN.throws"]),
    Rule(
      flag: "S3RegionHostInvalid",
      description: "An S3 region redirect whose region makes an endpoint url.parse rejects.",
      rules: ["s3.retryableError.regionHostInvalid"]),
    Rule(
      flag: "NaNPayload", description: "Two NaNs meet in Math.pow(2, n) * base: the right operand's payload.",
      rules: ["calculateRetryDelay.nanPayload"]),
  ]

  /// The flags raised by `rules`, in the order of `table`.
  static func flags(for rules: Set<String>, table: [Rule]) -> [String] {
    table.filter { rule in
      rule.rules.contains { pattern in
        pattern.hasSuffix(".") ? rules.contains { $0.hasPrefix(pattern) } : rules.contains(pattern)
      }
    }.map(\.flag)
  }
}
