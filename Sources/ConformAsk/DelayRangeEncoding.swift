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
import ConformProtocol
public import DelayRanges
import JSValueModel

/// The `delayRange` member of `conform ask --json`: the bounds in the method's own delay encoding, the draws
/// that attain each (in the method's `random` encoding), what decides each, and the draw count.
public enum DelayRangeEncoding {
  /// A go-v1 range: nanoseconds and `Int63()` values as decimal strings.
  public static func go(_ range: GoDelayRanges.Range) -> JSON {
    encode(range, value: Encode.int64, draw: Encode.int64)
  }

  /// A go-v2 range: nanoseconds and the 53-bit draws `k` as decimal strings.
  public static func goV2(_ range: DelayRange<Int64, UInt64>) -> JSON {
    encode(range, value: Encode.int64) { Encode.int64(Int64($0)) }
  }

  /// A js-v2 or js-v3 range: JS values and `Math.random()` values.
  public static func js(_ range: JSDelayRanges.Range) -> JSON {
    encode(range, value: JSEncode.value) { JSEncode.value(.number($0)) }
  }

  static func encode<Value, Draw>(
    _ range: DelayRange<Value, Draw>, value: (Value) -> JSON, draw: (Draw) -> JSON
  ) -> JSON {
    Encode.object([
      "min": value(range.min.value), "max": value(range.max.value),
      "minRandom": .array(range.min.draws.map(draw)), "maxRandom": .array(range.max.draws.map(draw)),
      "minBecause": .string(range.min.because), "maxBecause": .string(range.max.because),
      "draws": Encode.object([
        "fewest": Encode.int(range.drawCount.fewest), "most": range.drawCount.most.map(Encode.int) ?? .null,
      ]),
      "notes": .array(range.notes.map(JSON.string)),
    ])
  }
}
