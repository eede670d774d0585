import JSV2Retry
import Testing

/// The service-call listener chain on the observed end-to-end table of the research notes (2.12).
@Suite struct ServiceCallTests {
  static func http(_ status: Int, _ code: String? = nil, headers: [(name: String, value: String)] = []) -> JSAttempt {
    .http(status: status, headers: JSHeaders(headers), errorCode: code, message: nil)
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
    let config = JSServiceConfig(retryDelayOptions: .object(base: .undefined, customBackoff: .function(returns: [.number(-1)])))
    let result = try JSServiceCall.run(service: .generic, config: config, attempts: [Self.http(500)], random: [])
    #expect(result.retryCount == 1)
    #expect(result.attempts == 1)
    #expect(result.delays.isEmpty)
  }

  @Test func redirectsSpendRetriesFirst() throws {
    let result = try JSServiceCall.run(
      service: .generic, config: JSServiceConfig(), attempts: [Self.http(301, headers: [("location", "http://redirected")])],
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

  @Test func dynamoDBWithNullOptionsThrowsATypeError() throws {
    let result = try JSServiceCall.run(
      service: .dynamodb, config: JSServiceConfig(retryDelayOptions: .value(.null)), attempts: [Self.http(500)], random: [])
    #expect(result.final?.code == .string("TypeError"))
    #expect(result.retryCount == 0)
    #expect(result.attempts == 1)
  }

  @Test func attemptLimitStopsEndlessCalls() {
    let config = JSServiceConfig(
      maxRetries: .number(.infinity), retryDelayOptions: .object(base: .undefined, customBackoff: .function(returns: [.number(0)])))
    #expect(throws: JSSimulationFailure.attemptLimit(50)) {
      try JSServiceCall.run(service: .generic, config: config, attempts: [Self.http(500)], random: [], attemptLimit: 50)
    }
  }
}
