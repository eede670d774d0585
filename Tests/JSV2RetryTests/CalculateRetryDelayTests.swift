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
import RetryCore
import Testing

/// `calculateRetryDelay` against values Node 20 printed for aws-sdk-js 2.1692.0 (the `js.v2.calculateRetryDelay`
/// cases of `vectors/js-v2/verified-vectors.json`), compared by bit pattern.
@Suite struct CalculateRetryDelayTests {
  static func delay(_ retryCount: JSValue, _ options: JSRetryDelayOptions = .empty, r: Double) throws -> (JSValue, Int)
  {
    var runtime = JSRuntime(random: [r])
    let value = try JSCalculateRetryDelay.delay(
      retryCount: retryCount, options: options, errorCode: .null, runtime: &runtime)
    return (value, runtime.draws)
  }

  static func bits(_ value: JSValue) -> UInt64? {
    if case .number(let number) = value { return number.bitPattern }
    return nil
  }

  @Test func exponentialWithJitter() throws {
    #expect(try Self.delay(.number(1), r: 1).0 == .number(200))
    #expect(try Self.delay(.number(3), r: 1).0 == .number(800))
    #expect(try Self.delay(.number(2), r: 0.3).0 == .number(120))
    #expect(
      try Self.delay(.number(1), .object(base: .number(1000), customBackoff: .value(.undefined)), r: 1).0
        == .number(2000))
    #expect(try Self.delay(.number(1), r: 1).1 == 1)
  }

  @Test func baseFallsBackTo100UnlessItIsANumber() throws {
    for base: JSValue in [.string("200"), .null, .bool(true), .undefined] {
      #expect(
        try Self.delay(.number(0), .object(base: base, customBackoff: .value(.undefined)), r: 0.7).0 == .number(70))
    }
    for options: JSRetryDelayOptions in [.value(.null), .value(.number(5)), .value(.string("x"))] {
      #expect(try Self.delay(.number(0), options, r: 0.7).0 == .number(70))
    }
    let nan = try Self.delay(.number(0), .object(base: .number(.nan), customBackoff: .value(.undefined)), r: 0.7).0
    #expect(Self.bits(nan).map { Double(bitPattern: $0).isNaN } == true)
    let negativeZero = try Self.delay(.number(0), .object(base: .number(-100), customBackoff: .value(.undefined)), r: 0)
      .0
    #expect(Self.bits(negativeZero) == (-0.0).bitPattern)
  }

  @Test func overflowOrderAndNonNumberExponents() throws {
    // 2^1018 * 100 overflows before the multiplication by r.
    #expect(try Self.delay(.number(1018), r: 0.5).0 == .number(.infinity))
    let nan = try Self.delay(.number(1024), r: 0).0
    #expect(Self.bits(nan).map { Double(bitPattern: $0).isNaN } == true)
    #expect(Self.bits(try Self.delay(.number(1017), r: 1 - 0x1p-53).0) == (1.4044477616111841e+308).bitPattern)
    #expect(try Self.delay(.string("3"), r: 0.5).0 == .number(400))
    #expect(try Self.delay(.null, r: 0.5).0 == .number(50))
    #expect(try Self.delay(.number(-.infinity), r: 0.5).0 == .number(0))
    // V8's Math.pow(2, 0.5) is fdlibm's, not the correctly rounded sqrt(2).
    #expect(Self.bits(try Self.delay(.number(0.5), r: 1).0) == (141.4213562373095).bitPattern)
  }

  @Test func customBackoffIsCalledInsteadOfDrawing() throws {
    var runtime = JSRuntime(random: [])
    let options = JSRetryDelayOptions.object(
      base: .number(1), customBackoff: .function(returns: [.number(901), .number(-1)]))
    let first = try JSCalculateRetryDelay.delay(
      retryCount: .number(2), options: options, errorCode: .string("E"), runtime: &runtime)
    let second = try JSCalculateRetryDelay.delay(
      retryCount: .number(3), options: options, errorCode: .null, runtime: &runtime)
    let third = try JSCalculateRetryDelay.delay(
      retryCount: .number(4), options: options, errorCode: .null, runtime: &runtime)
    #expect([first, second, third] == [.number(901), .number(-1), .number(-1)])
    #expect(runtime.draws == 0)
    #expect(runtime.backoffCalls.first == JSBackoffCall(retryCount: .number(2), errorCode: .string("E")))
  }

  @Test func runningOutOfDrawsIsNotAnSDKBehaviour() {
    var runtime = JSRuntime(random: [])
    #expect(throws: RandomExhausted(available: 0)) {
      try JSCalculateRetryDelay.delay(retryCount: .number(0), options: .empty, errorCode: .null, runtime: &runtime)
    }
  }
}
