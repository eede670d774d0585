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

import Testing

@testable import GoErrorModel
@testable import GoV2Retry

/// Adaptive mode on inputs whose answers Go 1.23.5 on this amd64 (AVX+FMA) machine gave.
@Suite struct GoV2AdaptiveTests {
  /// `math.Pow`, `math.Log` and `math.Exp` bit for bit as Go printed them (`%x` of `math.Float64bits`).
  @Test func goMathMatchesGoBitForBit() {
    #expect(GoMath.pow(27, 1.0 / 3.0).bitPattern == 0x4007_ffff_ffff_ffff)  // 2.9999999999999996, not 3
    #expect(GoMath.pow(0.3, 1.0 / 3.0).bitPattern == 0x3fe5_6bfe_a66e_f78d)
    #expect(GoMath.pow(0.3, 3).bitPattern == 0x3f9b_a5e3_53f7_ced9)
    #expect(GoMath.pow(-1.75, 3).bitPattern == 0xc015_7000_0000_0000)
    #expect(GoMath.pow(-1.75, 1.0 / 3.0).bitPattern == 0x7ff8_0000_0000_0001)
    // Sqrt2/2 itself takes the f1 <= Sqrt2/2 branch of log_amd64.s.
    #expect(GoMath.archLog(Double(bitPattern: 0x3fe6_a09e_667f_3bcd)).bitPattern == 0xbfd6_2e42_fefa_39ee)
    #expect(GoMath.exp(Double(bitPattern: 0x3fe6_a09e_667f_3bcd) / 1000).bitPattern == 0x3ff0_02e5_b7a7_eb3a)
  }

  @Test func failOnNoAttemptTokensEndsTheCallAfterAThrottle() throws {
    var config = GoV2RetryerConfig(newRetries2026AtConstruction: false)
    config.adaptive = .init(failOnNoAttemptTokens: true)
    var session = GoV2Session(
      config: config, newRetries2026: false, random: [1 << 52], startNs: 1_700_000_000_000_000_000)
    let throttle = GoV2Attempt(
      error: GoError(.apiError(code: "Throttling", message: "m", fault: .client)), statusCode: 400)
    let result = try session.run(GoV2Call(attempts: [throttle, GoV2Attempt(error: nil)]), trace: nil)
    #expect(result.outcome == .sendTokenFailed)
    #expect(
      result.errorText
        == "failed to get retry Send token, unable to get attempt token, and FailOnNoAttemptTokens enables")
    #expect(result.attempts.map(\.limiter?.enabled) == [true, true])
    // The retry token (cost 5) taken for the second attempt is never refunded, and no NoRetryIncrement is added.
    #expect(result.attempts.last?.quotaAfter == 495)
  }
}
