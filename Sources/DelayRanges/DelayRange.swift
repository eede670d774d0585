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

/// The exact smallest and largest delay a retry policy can produce over every possible draw, what decides each
/// bound, draws that attain it, and how many draws are used.
public struct DelayRange<Value: Sendable, Draw: Sendable>: Sendable {
  /// One end of the range.
  public struct Bound: Sendable {
    /// The delay, in the policy's own unit.
    public var value: Value
    /// Draws that produce exactly this delay, in order.
    public var draws: [Draw]
    /// What decides this bound, in a sentence.
    public var because: String

    /// Creates a bound.
    public init(value: Value, draws: [Draw], because: String) {
      self.value = value
      self.draws = draws
      self.because = because
    }
  }

  /// The smallest delay.
  public var min: Bound
  /// The largest delay.
  public var max: Bound
  /// How many draws one delay takes: the fewest, and the most (nil: no limit, for rejection sampling).
  public var drawCount: (fewest: Int, most: Int?)
  /// Further facts about the draws, in sentences (rejection sampling, draws that give no number).
  public var notes: [String]

  /// Creates a range.
  public init(min: Bound, max: Bound, drawCount: (fewest: Int, most: Int?), notes: [String] = []) {
    self.min = min
    self.max = max
    self.drawCount = drawCount
    self.notes = notes
  }
}
