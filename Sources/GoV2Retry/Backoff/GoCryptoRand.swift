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

public import GoErrorModel
public import RetryCore

/// `internal/rand.CryptoRandFloat64` over an injected reader: each draw is `crypto/rand.Int(Reader, 2^53)`,
/// seven bytes with the top byte masked to five bits and never rejected, so the injected value is the 53-bit
/// integer `k` itself and the float is `k / 2^53`, exact (`internal/rand/rand.go:17-33`).
public struct GoCryptoRand: Sendable {
  /// The injected integers, each in `[0, 2^53)`.
  public private(set) var source: DrawStream<UInt64>

  /// Creates a reader that yields `values` in order.
  public init(_ values: [UInt64]) {
    source = DrawStream(values)
  }

  /// How many draws have been made.
  public var draws: Int { source.consumed }

  /// `rand.CryptoRandFloat64()`: `float64(k) / (1 << 53)` (`rand.go:26`).
  public mutating func float64() throws(GoFault) -> Double {
    do {
      return Double(try source.next()) / 9_007_199_254_740_992.0
    } catch {
      throw .randomExhausted(error)
    }
  }
}
