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

/// A JSON number: its correctly rounded binary64 value plus, for integer
/// literals that fit, the exact Int64 value.
public struct JSONNumber: Sendable, Equatable {
  /// The literal correctly rounded to binary64 (round-half-even).
  public var double: Double
  /// The exact value iff the literal is an integer literal (no '.', no exponent) within Int64 range.
  public var int64: Int64?

  /// Creates a number from a Double; `int64` is nil.
  public init(_ value: Double) {
    self.double = value
    self.int64 = nil
  }

  /// Creates a number from an Int64; `double` is `Double(value)` (rounded).
  public init(_ value: Int64) {
    self.double = Double(value)
    self.int64 = value
  }

  /// Creates a number from an Int (makes `JSONNumber(17)` unambiguous); same as the Int64 initializer.
  public init(_ value: Int) {
    self.init(Int64(value))
  }

  /// Creates a number from both parts as given, without checking that they agree.
  @inline(__always)
  public init(double: Double, int64: Int64?) {
    self.double = double
    self.int64 = int64
  }

  /// Equal when `int64` is equal (both nil or same value) and `double` has the same bit pattern.
  public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    return lhs.int64 == rhs.int64 && lhs.double.bitPattern == rhs.double.bitPattern
  }
}
