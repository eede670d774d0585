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

import JSV2Retry
import JSValueModel
import Testing

/// The service-call listener chain on the observed end-to-end table (the `js.v2.simulate` cases of
/// `vectors/js-v2/verified-vectors.json`).
@Suite struct ServiceCallTests {
  static func http(_ status: Int, _ code: String? = nil, headers: [(name: String, value: String)] = []) -> JSAttempt {
    .http(
      status: status, headers: JSHeaders(headers.map { ($0.name, JSString($0.value)) }),
      errorCode: code.map { JSString($0) },
      message: nil)
  }

  @Test func fiveHundredsExhaustRetries() throws {
    let result = try JSServiceCall.run(
      service: .generic, config: JSServiceConfig(), attempts: [Self.http(500)], random: [0.1, 0.2, 0.3])
    let expected: [JSValue] = [.number(0.1 * 100), .number(0.2 * 200), .number(0.3 * 400)]
    #expect(result.delays == expected)
    #expect(result.retryCount == 3)
    #expect(result.attempts == 4)
    #expect(result.final?.code == .string("UnknownError"))
    #expect(result.final?.retryDelay == .undefined)
  }

  @Test func aNonRetryableErrorStillDraws() throws {
    let result = try JSServiceCall.run(
      service: .generic, config: JSServiceConfig(), attempts: [Self.http(400, "ValidationException")], random: [0.9])
    #expect(result.draws == 1)
    #expect(result.retryCount == 0)
    #expect(result.final?.retryable == .bool(false))
    #expect(result.final?.retryDelay == .number(0.9 * 100))
  }

  @Test func negativeCustomBackoffStopsAfterTheCounterMoved() throws {
    let config = JSServiceConfig(
      retryDelayOptions: .object(base: .undefined, customBackoff: .function(returns: [.number(-1)])))
    let result = try JSServiceCall.run(service: .generic, config: config, attempts: [Self.http(500)], random: [])
    #expect(result.retryCount == 1)
    #expect(result.attempts == 1)
    #expect(result.delays.isEmpty)
  }

  @Test func redirectsSpendRetriesFirst() throws {
    let result = try JSServiceCall.run(
      service: .generic, config: JSServiceConfig(),
      attempts: [Self.http(301, headers: [("location", "http://redirected")])],
      random: [])
    #expect(result.retryCount == 3)
    #expect(result.redirectCount == 10)
    #expect(result.attempts == 14)
    #expect(result.draws == 0)
  }

  @Test func numericErrnoBecomesUnknownEndpoint() throws {
    let result = try JSServiceCall.run(
      service: .generic, config: JSServiceConfig(),
      attempts: [.network(code: .string("ECONNREFUSED"), message: .string("x"), errno: .number(-111))],
      random: [0.5, 0.5, 0.5])
    #expect(result.final?.code == .string("UnknownEndpoint"))
    let expected: [JSValue] = [.number(50), .number(100), .number(200)]
    #expect(result.delays == expected)
  }

  /// The messages the real SDK produces under Node 20 (checked against the reference with an extra probe).
  @Test func transportErrorMessagesAreNode20s() throws {
    func final(_ service: JSService, errno: JSValue) throws -> JSErrorObject? {
      try JSServiceCall.run(
        service: service, config: JSServiceConfig(maxRetries: .number(0)),
        attempts: [.network(code: .string("ENOTFOUND"), message: .undefined, errno: errno)], random: []
      ).final
    }
    let hosts: [(JSService, String)] = [
      (.generic, "oraclegeneric.us-east-1.amazonaws.com"), (.dynamodb, "dynamodb.us-east-1.amazonaws.com"),
      (.rdsdataservice, "rds-data.us-east-1.amazonaws.com"),
    ]
    for (service, host) in hosts {
      let unknown = try final(service, errno: .string("ENOTFOUND"))
      #expect(unknown?.code == .string("UnknownEndpoint"))
      #expect(unknown?.region == .string("us-east-1"))
      #expect(
        unknown?.message
          == .string(
            JSString(
              "Inaccessible host: `\(host)' at port `undefined'. This service may not be available in the `us-east-1' region."
            )))
    }
    let received: [(Double, String)] = [
      (0, "0"), (-0.0, "-0"), (0.5, "0.5"), (.nan, "NaN"), (.infinity, "Infinity"), (4_294_967_296, "4294967296"),
      (4_294_967_297, "4_294_967_297"), (5e9, "5_000_000_000"), (-9_007_199_254_740_992, "-9_007_199_254_740_992"),
      (4_294_967_296.5, "4294967296.5"), (1e21, "1e_+21"), (-1e300, "-1e+_300"), (1e-7, "1e-7"),
    ]
    for (errno, text) in received {
      let thrown = try final(.generic, errno: .number(errno))
      #expect(thrown?.code == .string("ERR_OUT_OF_RANGE"))
      #expect(
        thrown?.message
          == .string(JSString("The value of \"err\" is out of range. It must be a negative integer. Received \(text)")))
    }
  }

  @Test func dynamoDBWithNullOptionsThrowsATypeError() throws {
    let result = try JSServiceCall.run(
      service: .dynamodb, config: JSServiceConfig(retryDelayOptions: .value(.null)), attempts: [Self.http(500)],
      random: [])
    #expect(result.final?.code == .string("TypeError"))
    #expect(result.retryCount == 0)
    #expect(result.attempts == 1)
  }

  @Test func attemptLimitStopsEndlessCalls() {
    let config = JSServiceConfig(
      maxRetries: .number(.infinity),
      retryDelayOptions: .object(base: .undefined, customBackoff: .function(returns: [.number(0)])))
    #expect(throws: JSSimulationFailure.attemptLimit(50)) {
      try JSServiceCall.run(service: .generic, config: config, attempts: [Self.http(500)], random: [], attemptLimit: 50)
    }
  }
}
