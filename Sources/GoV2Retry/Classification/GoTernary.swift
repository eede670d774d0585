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

/// `aws.Ternary` (`aws/types.go`): the answer of one `IsErrorRetryable`, `IsErrorThrottle` or
/// `IsErrorTimeout` check; `Bool()` is true only for `.true`.
public enum GoTernary: String, Sendable, Equatable {
  /// `UnknownTernary`: the check has no opinion, the next one is asked.
  case unknown
  /// `TrueTernary`.
  case `true`
  /// `FalseTernary`.
  case `false`

  /// `aws.BoolTernary(value)`.
  init(_ value: Bool) { self = value ? .true : .false }

  /// `Ternary.Bool()`.
  public var bool: Bool { self == .true }
}
