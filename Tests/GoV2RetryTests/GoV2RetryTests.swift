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

import GoErrorModel
import RetryCore
import Testing

@testable import GoV2Retry

/// The Go v2 semantics on inputs whose answers the real SDK gave (aws-sdk-go-v2 v1.43.6 under Go 1.23.5).
@Suite struct GoV2RetryTests {
  static let maxK: UInt64 = (1 << 53) - 1

  @Test func legacyBackoffDoublesThenCapsWithoutADraw() throws {
    let backoff = GoV2Backoff.legacy(maxBackoff: 20_000_000_000)
    var rand = GoCryptoRand(Array(repeating: Self.maxK, count: 5))
    var delays: [Int64] = []
    for attempt in 1...5 { delays.append(try backoff.delay(attempt: attempt, error: nil, rand: &rand, trace: nil)) }
    #expect(delays == [1_999_999_999, 3_999_999_999, 7_999_999_999, 15_999_999_999, 20_000_000_000])
    #expect(rand.draws == 4)
  }

  @Test func backoff2026UsesTheThrottleBaseAndAlwaysDraws() throws {
    let throttle = GoV2Classifier()
    let backoff = GoV2Backoff.retries2026(maxBackoff: 20_000_000_000, baseDelay: 50_000_000, throttle: throttle)
    var rand = GoCryptoRand([1 << 52, 1 << 52, 1 << 52])
    #expect(try backoff.delay(attempt: 0, error: nil, rand: &rand, trace: nil) == 25_000_000)
    let throttled = GoError(.apiError(code: "Throttling", message: "", fault: .client))
    #expect(try backoff.delay(attempt: 5, error: throttled, rand: &rand, trace: nil) == 10_000_000_000)
    #expect(try backoff.delay(attempt: 1024, error: nil, rand: &rand, trace: nil) == 10_000_000_000)
    #expect(throws: GoFault.randomExhausted(RandomExhausted(available: 3))) {
      try backoff.delay(attempt: 0, error: nil, rand: &rand, trace: nil)
    }
  }

  @Test func textsAreGos() throws {
    let send = GoError(.requestSend(err: .plain("dial tcp: i/o timeout")))
    let wrapped = GoError.awsResponse(GoHTTPResponse(statusCode: 0), requestID: "", err: send)
    #expect(
      try wrapped.errorText()
        == "https response error StatusCode: 0, RequestID: , request send failed, dial tcp: i/o timeout")
    let quota = GoError(
      .errorf(
        prefix: "failed to get rate limit token, ", verb: .w, suffix: "",
        err: GoError(.quotaExceeded(available: 0, requested: 5))))
    let joined = try #require(GoError.join([nil, .plain("a"), quota]))
    #expect(
      try joined.errorText() == "a\nfailed to get rate limit token, retry quota exceeded, 0 available, 5 requested")
    #expect(GoError.join([nil, nil]) == nil)
    #expect(try GoError(.errorf(prefix: "x ", verb: .w, suffix: "", err: nil)).errorText() == "x %!w(<nil>)")
    #expect(
      try GoError(.maxAttempts(attempt: 3, err: nil)).errorText() == "exceeded maximum number of attempts, 3, <nil>")
  }

  @Test func chainOrderDecides() throws {
    let classifier = GoV2Classifier()
    let notFound = GoError.awsResponse(
      GoHTTPResponse(statusCode: 0), requestID: "",
      err: GoError(.requestSend(err: .dns(GoDNSError(err: "no such host", name: "h", isNotFound: true)))))
    #expect(try classifier.isErrorRetryable(notFound, trace: nil) == (false, .retryableConnectionError))
    let canceled = GoError(.canceled(err: GoError(.retryable(text: "r", retryable: true, err: nil))))
    #expect(try classifier.isErrorRetryable(canceled, trace: nil) == (false, .noRetryCanceledError))
    let tooMany = GoError.awsResponse(GoHTTPResponse(statusCode: 429), requestID: "", err: .plain(""))
    #expect(try classifier.isErrorRetryable(tooMany, trace: nil) == (false, .none))
    let hidden = GoError(
      .errorf(
        prefix: "", verb: .v, suffix: "", err: GoError(.apiError(code: "Throttling", message: "", fault: .unknown))))
    #expect(classifier.isErrorThrottle(hidden, trace: nil) == .unknown)
  }

  @Test func tokenBucketRefundWrapsAsGoUintDoes() {
    var limiter = GoV2RateLimiter.tokenBucket(GoV2TokenBucket(10))
    #expect(limiter.getToken(cost: 5, contextDone: false) == nil)
    limiter.addTokens(UInt64.max)
    #expect(limiter.remaining == 4)
  }

  @Test func httpDateTakesSmithysFiveLayouts() {
    func parse(_ text: String) -> Int128? { GoHTTPDate.parse(text)?.unixNanoseconds }
    #expect(parse("Thu, 01 Jan 1970 00:00:00 GMT") == 0)
    #expect(parse("Mon, 29 Feb 2000 23:59:59 GMT") == 951_868_799_000_000_000)
    #expect(parse("Mon, 29 Feb 2100 00:00:00 GMT") == nil)
    // RFC 850 with its two-digit year (69 and later are 19xx), ANSI C, single-digit day and hour.
    #expect(parse("Sunday, 06-Nov-94 08:49:37 GMT") == 784_111_777_000_000_000)
    #expect(parse("Sun Nov  6 08:49:37 1994") == 784_111_777_000_000_000)
    #expect(parse("Sun, 6 Nov 1994 8:49:37 GMT") == 784_111_777_000_000_000)
    // A fractional second the layout lacks is read; names are matched without case; spaces collapse.
    #expect(parse("sun, 06 NOV 1994 08:49:37.5 GMT") == 784_111_777_500_000_000)
    #expect(parse("Sun,   06 Nov 1994 08:49:37 GMT") == 784_111_777_000_000_000)
    #expect(parse("Sun, 06 Nov 1994 08:49:37 UTC") == nil)
    #expect(parse("Thu, 01 Jan 0001 00:00:00 GMT").map { _ in true } == true)
    #expect(GoHTTPDate.parse("Mon, 01 Jan 0001 00:00:00 GMT")?.isZero == true)
  }

  @Test func sessionSharesTheQuotaAcrossCalls() throws {
    var config = GoV2RetryerConfig(newRetries2026AtConstruction: true)
    config.rateLimiter = .tokenBucket(20)
    var session = GoV2Session(
      config: config, newRetries2026: true, random: Array(repeating: Self.maxK, count: 4), startNs: 0)
    let failure = GoV2Attempt(error: .plain(""), statusCode: 500)
    let first = try session.run(GoV2Call(attempts: [failure, GoV2Attempt(error: nil)]), trace: nil)
    #expect(first.outcome == .success)
    #expect(first.attempts.map(\.quotaAfter) == [6, 20])
    let second = try session.run(GoV2Call(attempts: [failure, failure]), trace: nil)
    #expect(second.outcome == .retryQuotaExceeded)
    #expect(
      second.errorText
        == "https response error StatusCode: 500, RequestID: , \nfailed to get rate limit token, retry quota exceeded, 6 available, 14 requested"
    )
  }
}
