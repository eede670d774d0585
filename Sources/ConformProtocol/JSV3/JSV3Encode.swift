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

import ConformJSON
import JSV3Retry
import JSValueModel

/// Encoders from the JS v3 model to the wire form of `spec/js-v3.md`; numbers use the js-v2 JS value encoding.
enum JSV3Encode {
  /// A JS number.
  static func number(_ value: Double) -> JSON { JSEncode.value(.number(value)) }

  /// One attempt's record. `errorType`, `retryAfterHint` and `retryCode` are present when the strategy was asked.
  static func attempt(_ record: JSV3AttemptRecord) -> JSON {
    var object = JSONObject()
    object.members.reserveCapacity(11)
    object.append("attempt", Encode.int(record.attempt))
    object.append("outcome", .string(record.outcome))
    if let code = record.retryCode {
      object.append("errorType", .string(record.errorType?.rawValue ?? ""))
      object.append("retryAfterHint", record.retryAfterHint.map(number) ?? .null)
      object.append("retryCode", Encode.int(code))
    }
    object.append("delay", record.delay.map(number) ?? .null)
    object.append("draws", Encode.int(record.draws))
    if let before = record.capacityBefore, let after = record.capacityAfter {
      object.append("capacityBefore", number(before))
      object.append("capacityAfter", number(after))
    }
    if let limiter = record.limiter { object.append("limiter", self.limiter(limiter)) }
    return .object(object)
  }

  /// The rate limiter's fields.
  static func limiter(_ limiter: DefaultRateLimiter) -> JSON {
    .object(
      JSONObject([
        .init(key: "enabled", value: .bool(limiter.enabled)),
        .init(key: "availableTokens", value: number(limiter.availableTokens)),
        .init(key: "lastMaxRate", value: number(limiter.lastMaxRate)),
        .init(key: "measuredTxRate", value: number(limiter.measuredTxRate)),
        .init(key: "requestCount", value: number(limiter.requestCount)),
        .init(key: "fillRate", value: number(limiter.fillRate)),
        .init(key: "maxCapacity", value: number(limiter.maxCapacity)),
        .init(key: "lastTimestamp", value: number(limiter.lastTimestamp)),
        .init(key: "timeWindow", value: number(limiter.timeWindow)),
        .init(key: "lastThrottleTime", value: number(limiter.lastThrottleTime)),
        .init(key: "lastTxRateBucket", value: number(limiter.lastTxRateBucket)),
      ]))
  }

  /// What the request carries at each attempt (`requestHeaders`): `amz-sdk-request` and the call's
  /// `amz-sdk-invocation-id` as an ordinal, or nothing once the omitRetryHeaders plugin removed them.
  struct RequestHeaders {
    let session: JSV3Session
    let omitted: Bool

    func attach(_ attempt: JSON, number: Int, call: Int) -> JSON {
      guard case .object(var object) = attempt else { return attempt }
      object.append(
        "request",
        omitted
          ? .object(JSONObject())
          : Encode.object([
            "amz-sdk-request": .string(session.requestHeader(attempt: number)), "invocationId": Encode.int(call + 1),
          ]))
      return .object(object)
    }
  }

  /// One call's result (`headers` adds each attempt's request headers).
  static func call(_ result: JSV3CallResult, index: Int, headers: RequestHeaders?) -> JSON {
    let attempts = result.attempts.map { record in
      headers.map { $0.attach(attempt(record), number: record.attempt, call: index) } ?? attempt(record)
    }
    return call(result, attempts: attempts)
  }

  /// One call's result.
  static func call(_ result: JSV3CallResult, attempts: [JSON]) -> JSON {
    let metadata: JSON =
      result.metadata.map {
        Encode.object(["attempts": number($0.attempts), "totalRetryDelay": number($0.totalRetryDelay)])
      } ?? .null
    let thrown: JSON =
      result.thrown.map {
        Encode.object(["message": JSEncode.value($0.effectiveMessage), "name": JSEncode.value($0.effectiveName)])
      } ?? .null
    return Encode.object([
      "attempts": .array(attempts), "endMs": number(result.endMs), "metadata": metadata,
      "outcome": .string(result.outcome), "thrown": thrown,
    ])
  }
}
