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

public import ConformJSON
import JSV2Retry
public import JSValueModel

/// Encoders from the JS v2 model to the wire form of `spec/js-v2.md`.
public enum JSEncode {
  /// A JS value: finite numbers other than `-0` as JSON numbers, NaN, ±Infinity and `-0` as
  /// `{"f64": "0x..."}`, `undefined` as `{"undefined": true}`.
  public static func value(_ value: JSValue) -> JSON {
    switch value {
    case .undefined: return Encode.object(["undefined": .bool(true)])
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .string(let text): return string(text)
    case .number(let number):
      if number.isFinite, !(number == 0 && number.sign == .minus) {
        return .number(JSONNumber(number))
      }
      return Encode.object(["f64": .string(bitPattern(number))])
    }
  }

  /// A JavaScript string as `JSON.stringify` writes it: a lone surrogate stays one (`\udXXX` on the wire).
  public static func string(_ text: JSString) -> JSON {
    if let text = text.text { return .string(text) }
    return .utf16String(text.utf16)
  }

  /// `0x` and 16 lower-case hex digits.
  public static func bitPattern(_ number: Double) -> String {
    let hex = String(number.bitPattern, radix: 16)
    return "0x" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The `backoffCalls` list.
  static func backoffCalls(_ calls: [JSBackoffCall]) -> JSON {
    .array(
      calls.map { call in
        Encode.object(["errorCode": value(call.errorCode), "retryCount": value(call.retryCount)])
      })
  }

  /// The result of `js.v2.simulate` and `js.v2.handleRequestWithRetries`.
  static func callResult(_ result: JSCallResult) -> JSON {
    let final: JSON =
      result.final.map { error in
        Encode.object([
          "code": value(error.code), "retryDelay": value(error.retryDelay), "retryable": value(error.retryable),
          "statusCode": value(error.statusCode),
        ])
      } ?? .null
    return Encode.object([
      "attempts": Encode.int(result.attempts), "backoffCalls": backoffCalls(result.backoffCalls),
      "delays": .array(result.delays.map(value)), "draws": Encode.int(result.draws), "final": final,
      "maxRetries": value(result.maxRetries), "redirectCount": Encode.int(result.redirectCount),
      "retryCount": Encode.int(result.retryCount),
    ])
  }
}
