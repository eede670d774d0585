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
