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

/// `AWS.util.calculateRetryDelay(retryCount, retryDelayOptions, err)` (`lib/util.js:884-893`).
public enum JSCalculateRetryDelay {
  /// The delay in milliseconds (any JS value a `customBackoff` returns), after consuming one draw or making
  /// one `customBackoff` call.
  ///
  /// - Parameters:
  ///   - errorCode: `err.code` of the error passed as the third argument, or `null` when none is passed; only a
  ///     `customBackoff` sees it.
  public static func delay(
    retryCount: JSValue, options: JSRetryDelayOptions, errorCode: JSValue, runtime: inout JSRuntime,
    trace: Trace? = nil
  ) throws(RandomExhausted) -> JSValue {
    // if (!retryDelayOptions) retryDelayOptions = {};  -- a falsy primitive reads like {}
    let options = options.isTruthy ? options : .empty
    // var customBackoff = retryDelayOptions.customBackoff || null; if (typeof customBackoff === 'function')
    if case .function(let returns) = options.customBackoff {
      let value = runtime.callBackoff(returns: returns, retryCount: retryCount, errorCode: errorCode)
      trace?.record(
        "calculateRetryDelay.customBackoff", JSSource.util(887),
        "customBackoff(\(display(retryCount)), err) returned \(display(value))")
      return value
    }
    // var base = typeof retryDelayOptions.base === 'number' ? retryDelayOptions.base : 100;
    let base: Double
    if case .number(let value) = options.base {
      base = value
    } else {
      base = 100
    }
    // var delay = Math.random() * (Math.pow(2, retryCount) * base);  -- two roundings, never fused
    let r = try runtime.mathRandom()
    let exponent = retryCount.toNumber
    if exponent.isFinite, exponent.rounded(.towardZero) != exponent {
      trace?.record(
        "calculateRetryDelay.nonIntegerExponent", JSSource.util(891),
        "Math.pow(2, \(display(.number(exponent)))): a non-integer exponent, where V8's fdlibm pow is not correctly rounded"
      )
    }
    let power = JSNumerics.pow(2, exponent)
    // Where two NaNs meet (a NaN exponent and a NaN base), V8 on x86-64 keeps the right operand's payload.
    if power.isNaN, base.isNaN {
      trace?.record(
        "calculateRetryDelay.nanPayload", JSSource.util(891),
        "Math.pow(2, n) and base are both NaN: the product keeps base's payload \(hexBits(base))")
    }
    let scaled = JSNumerics.multiply(power, base)
    let delay = JSNumerics.multiply(r, scaled)
    trace?.record(
      "calculateRetryDelay.jitter", JSSource.util(891),
      "Math.random() \(display(.number(r))) * (Math.pow(2, \(display(retryCount))) * base \(display(.number(base))))"
        + " = \(display(.number(delay)))")
    return .number(delay)
  }
}

/// A number's bit pattern as `0x` and 16 hex digits, for explain text.
func hexBits(_ value: Double) -> String {
  let hex = String(value.bitPattern, radix: 16)
  return "0x" + String(repeating: "0", count: 16 - hex.count) + hex
}

/// A short rendering of a JS value for explain text (`String(value)`, strings quoted).
func display(_ value: JSValue) -> String {
  switch value {
  case .string(let text): "'\(text)'"
  default: value.toJSString.wellFormed
  }
}
