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
import ConformProtocol
import JSValueModel

/// Reading a profile's `conform ask --json` result: members by path, with an `unexpected` error naming what is
/// missing.
struct CompareResult {
  let profile: String
  let json: JSON

  func member(_ json: JSON?, _ key: String) throws(CompareError) -> JSON {
    guard let value = json?[key] else { throw .unexpected(profile: profile, what: "no \"\(key)\"") }
    return value
  }

  func array(_ json: JSON?, _ key: String) throws(CompareError) -> [JSON] {
    guard let value = try member(json, key).arrayValue else {
      throw .unexpected(profile: profile, what: "\"\(key)\" is not an array")
    }
    return value
  }

  /// The one call of a `go.v2.session` or `js.v3.session` result: its attempt records, the bounds (read by
  /// `range`) of each retried attempt's `delayRange`, and its outcome, which both sessions name alike.
  func sessionCall(
    range: (JSON) throws(CompareError) -> (min: CompareDelay, max: CompareDelay)
  ) throws(CompareError) -> (
    call: JSON, records: [JSON], delays: [(min: CompareDelay, max: CompareDelay)], outcome: ProfileAnswer.Outcome,
    native: String
  ) {
    guard let call = try array(json, "calls").first else { throw .unexpected(profile: profile, what: "no call") }
    let records = try array(call, "attempts")
    var delays: [(min: CompareDelay, max: CompareDelay)] = []
    for record in records where record["outcome"]?.stringValue == "retry_request" {
      delays.append(try range(try member(record, "delayRange")))
    }
    let native = try member(call, "outcome").stringValue ?? ""
    let outcome: ProfileAnswer.Outcome
    switch native {
    case "success": outcome = .success
    case "fail_request": outcome = .notRetryable
    case "max_attempts_exceeded": outcome = .maxAttempts
    case "retry_quota_exceeded": outcome = .retryQuota
    default: throw .unexpected(profile: profile, what: "the call's outcome \(native)")
    }
    return (call, records, delays, outcome, native)
  }

  /// A `delayRange`'s bounds in Go nanoseconds.
  func goRange(_ range: JSON) throws(CompareError) -> (min: CompareDelay, max: CompareDelay) {
    func bound(_ key: String) throws(CompareError) -> CompareDelay {
      guard let value = try? Wire.int64(try member(range, key)) else {
        throw .unexpected(profile: profile, what: "\(key) is not an int64")
      }
      return .nanoseconds(value)
    }
    return (try bound("min"), try bound("max"))
  }

  /// A `delayRange`'s bounds in JS milliseconds.
  func jsRange(_ range: JSON) throws(CompareError) -> (min: CompareDelay, max: CompareDelay) {
    func bound(_ key: String) throws(CompareError) -> CompareDelay {
      guard case .number(let value)? = try? JSWire.value(try member(range, key)) else {
        throw .unexpected(profile: profile, what: "\(key) is not a number")
      }
      return .milliseconds(value)
    }
    return (try bound("min"), try bound("max"))
  }
}
