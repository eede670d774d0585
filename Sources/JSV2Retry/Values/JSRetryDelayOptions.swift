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

/// The value of a `retryDelayOptions` setting: a primitive, or an object with `base` and `customBackoff`.
public enum JSRetryDelayOptions: Sendable, Equatable {
  /// A primitive value; its properties read as `undefined` (`null` and `undefined` are replaced by `{}` in
  /// `calculateRetryDelay`, but make DynamoDB's `retryDelays` throw).
  case value(JSValue)
  /// An object `{base, customBackoff}`; an absent property is `undefined`.
  case object(base: JSValue, customBackoff: JSBackoffProperty)

  /// An empty object, the SDK's default (`lib/config.js:646`).
  public static let empty = JSRetryDelayOptions.object(base: .undefined, customBackoff: .value(.undefined))

  /// Whether the value is truthy (`!retryDelayOptions` in `lib/util.js:885`).
  var isTruthy: Bool {
    if case .value(let value) = self { return value.isTruthy }
    return true
  }

  /// `options.base`.
  var base: JSValue {
    if case .object(let base, _) = self { return base }
    return .undefined
  }

  /// `options.customBackoff`.
  var customBackoff: JSBackoffProperty {
    if case .object(_, let customBackoff) = self { return customBackoff }
    return .value(.undefined)
  }
}

/// The `customBackoff` property: a function that cannot cross JSON, or any other value.
public enum JSBackoffProperty: Sendable, Equatable {
  /// A function whose i-th call returns `returns[i]`; the last value repeats.
  case function(returns: [JSValue])
  /// A non-function value (ignored by the SDK: `typeof customBackoff === 'function'` fails).
  case value(JSValue)
}

/// One call of a `customBackoff` function: the arguments it received.
public struct JSBackoffCall: Sendable, Equatable {
  /// The `retryCount` argument.
  public var retryCount: JSValue
  /// `err.code` of the `err` argument, or `null` when no error was passed.
  public var errorCode: JSValue

  /// Creates a call record.
  public init(retryCount: JSValue, errorCode: JSValue) {
    self.retryCount = retryCount
    self.errorCode = errorCode
  }
}
