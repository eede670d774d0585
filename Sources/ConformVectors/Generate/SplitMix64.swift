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

/// SplitMix64 (Steele, Lea and Flood, 2014): the generator behind `conform generate`, with every
/// bits-to-value mapping spelled out in `spec/generation.md` so that anyone can regenerate a set.
public struct SplitMix64: Sendable {
  /// The state.
  public private(set) var state: UInt64

  /// Creates a generator with the given state.
  public init(state: UInt64) {
    self.state = state
  }

  /// The generator for case `index` of a set: `state = mix(seed + mix(salt + index))`, so each case can be
  /// regenerated on its own and in any order.
  public init(seed: UInt64, salt: UInt64, index: Int) {
    self.init(state: Self.mix(seed &+ Self.mix(salt &+ UInt64(index))))
  }

  /// The next 64 bits: `state += 0x9E3779B97F4A7C15`, then the `mix` finaliser of the new state.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser.
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// An integer in `0..<n`: `next() % n` (n > 0).
  public mutating func below(_ n: Int) -> Int {
    precondition(n > 0)
    return Int(next() % UInt64(n))
  }

  /// An integer in `range`: `lowerBound + below(count)`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// True with probability `numerator / denominator`: `below(denominator) < numerator`.
  public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    below(denominator) < numerator
  }

  /// An element of `choices`: `choices[below(count)]`.
  public mutating func pick<T>(_ choices: [T]) -> T {
    choices[below(choices.count)]
  }

  /// A double in `[0, 1)`: `(next() >> 11) * 2^-53`.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A value in `[0, 2^63)`: `next() >> 1`.
  public mutating func int63() -> Int64 {
    Int64(bitPattern: next() >> 1)
  }
}
