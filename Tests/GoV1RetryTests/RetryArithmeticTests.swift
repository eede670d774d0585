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
import GoV1Retry
import RetryCore
import Testing

/// Int63n and RetryRules arithmetic against values printed by Go 1.19.8 with aws-sdk-go v1.55.6 (the delay table
/// of `vectors/go-v1/retry-rules.json`, flag `ResearchVector`), plus Go's shift and wrap rules.
@Suite struct RetryArithmeticTests {
  /// `rand.New(rand.NewSource(1))`'s first `Int63()` values.
  static let seedOne: [Int64] = [5_577_006_791_947_779_410, 8_674_665_223_082_153_551, 6_129_484_611_666_145_821]

  @Test func int63nOfSeedOneMatchesGo() throws {
    var rand = GoRand(Self.seedOne)
    let values = try (0..<3).map { _ in try rand.int63n(30_000_000) }
    #expect(values == [7_779_410, 2_153_551, 6_145_821])
    #expect(rand.draws == 3)
  }

  @Test func int63nRejectsAboveTheThreshold() throws {
    // For n = 30,000,000 the largest accepted value is 9223372036829999999.
    var rand = GoRand([9_223_372_036_830_000_000, Int64.max, 9_223_372_036_829_999_999])
    #expect(try rand.int63n(30_000_000) == 9_223_372_036_829_999_999 % 30_000_000)
    #expect(rand.draws == 3)
  }

  @Test func int63nMasksPowersOfTwoAndConsumesOneValueForOne() throws {
    var rand = GoRand([Int64.max, 12345])
    #expect(try rand.int63n(1 << 20) == Int64.max & ((1 << 20) - 1))
    #expect(try rand.int63n(1) == 0)
    #expect(rand.draws == 2)
  }

  @Test func int63nPanicsAndRunsOut() {
    var rand = GoRand([1])
    #expect(throws: GoFault.panic(.invalidInt63n)) { try rand.int63n(0) }
    #expect(throws: GoFault.panic(.invalidInt63n)) { try rand.int63n(-5) }
    var empty = GoRand([])
    #expect(throws: GoFault.randomExhausted(RandomExhausted(available: 0))) { try empty.int63n(7) }
  }

  static func rules(_ retryer: DefaultRetryer, status: Int = 500, retryCount: Int, random: [Int64]) throws -> (
    Int64, Int
  ) {
    let request = GoRequest(
      error: .aws(AWSBaseError(code: "X", message: "")), httpResponse: GoHTTPResponse(statusCode: status),
      retryCount: retryCount)
    var rand = GoRand(random)
    let delay = try retryer.retryRules(request, random: &rand)
    return (delay, rand.draws)
  }

  @Test func defaultRetryerDelaysFromTheResearchTable() throws {
    let retryer = DefaultRetryer(numMaxRetries: 3)
    #expect(try Self.rules(retryer, retryCount: 0, random: [0]) == (30_000_000, 1))
    #expect(try Self.rules(retryer, retryCount: 13, random: [0]) == (245_760_000_000, 1))
    #expect(try Self.rules(retryer, retryCount: 14, random: [0, 0]) == (150_000_000_000, 2))
    #expect(try Self.rules(retryer, retryCount: 38, random: [0]) == (150_000_000_000, 1))
    #expect(try Self.rules(retryer, retryCount: 0, random: [Int64.max, 12345]) == (30_012_345, 2))
    #expect(try Self.rules(retryer, retryCount: 0, random: [1 << 62]) == (57_387_904, 1))
    #expect(try Self.rules(retryer, retryCount: 13, random: [1 << 62, 1 << 62]) == (218_427_387_904, 2))
    #expect(try Self.rules(retryer, retryCount: -1, random: [0]) == (0, 1))
  }

  @Test func throttleDelaysAndRetryAfter() throws {
    let retryer = DefaultRetryer(numMaxRetries: 3)
    #expect(try Self.rules(retryer, status: 503, retryCount: 9, random: [0]) == (256_000_000_000, 1))
    func withHeader(_ value: String) throws -> Int64 {
      let request = GoRequest(
        error: .aws(AWSBaseError(code: "X", message: "")),
        httpResponse: GoHTTPResponse(statusCode: 503, header: GoHeader([.init(key: "Retry-After", values: [value])])))
      var rand = GoRand([0])
      return try retryer.retryRules(request, random: &rand)
    }
    #expect(try withHeader("5") == 5_500_000_000)
    #expect(try withHeader("+5") == 5_500_000_000)
    #expect(try withHeader("-5") == -4_500_000_000)
    #expect(try withHeader("x") == 500_000_000)
    #expect(try withHeader("9999999999") == -8_446_744_074_209_551_616)
  }

  @Test func panicsFromDelayConfiguration() {
    #expect(throws: GoFault.panic(.invalidInt63n)) {
      try Self.rules(DefaultRetryer(numMaxRetries: 3, maxRetryDelay: 1), retryCount: 0, random: [0])
    }
    #expect(throws: GoFault.panic(.invalidInt63n)) {
      try Self.rules(DefaultRetryer(numMaxRetries: 3, minRetryDelay: -1), retryCount: 0, random: [0])
    }
  }

  @Test func noRetriesMeansNoDelayAndNoDraw() throws {
    #expect(try Self.rules(DefaultRetryer(numMaxRetries: 0), retryCount: 3, random: []) == (0, 0))
  }

  @Test func oneNanosecondMinimum() throws {
    let retryer = DefaultRetryer(numMaxRetries: 3, minRetryDelay: 1)
    #expect(try Self.rules(retryer, retryCount: 0, random: [0]) == (1, 1))
    #expect(try Self.rules(retryer, retryCount: 1, random: [0]) == (2, 1))
    #expect(try Self.rules(retryer, retryCount: 61, random: [0, 0]) == (150_000_000_000, 2))
    #expect(try Self.rules(retryer, retryCount: 62, random: [0]) == (150_000_000_000, 1))
  }

  @Test func log2RoundsUpJustBelowLargePowersOfTwoOnAmd64() {
    // int(math.Log2(float64(d))) on amd64: floor below 2^49, then values up to J_k below 2^k give k.
    func bits(_ d: Int64) -> Int64 { GoMath.int64(truncating: GoMath.log2(Double(d))) }
    #expect(bits(30_000_000) == 24)
    #expect(bits((1 << 49) - 1) == 49)
    #expect(bits((1 << 49) - 2) == 48)
    #expect(bits((1 << 52) - 11) == 52)
    #expect(bits((1 << 52) - 12) == 51)
    #expect(bits(Int64.max) == 63)
    #expect(bits(-1) == Int64.min)
  }
}
