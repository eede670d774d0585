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

/// `math/rand.(*Rand)` over an injected `Source`: the values `Source.Int63()` returns, in order.
///
/// The SDK draws from `sdkrand.SeededRand` (`internal/sdkrand/locked_source.go`), a `*rand.Rand` whose source
/// the reference replaces with the injected stream.
public struct GoRand: Sendable {
  /// The injected `Int63()` values, each in `[0, 2^63)`.
  public private(set) var source: DrawStream<Int64>

  /// Creates a generator over `values`.
  public init(_ values: [Int64]) {
    source = DrawStream(values)
  }

  /// How many `Int63()` values have been consumed.
  public var draws: Int { source.consumed }

  /// `Int63n(n)` (`math/rand/rand.go:108-121`): a panic for `n <= 0`, one masked value for a power of two,
  /// rejection sampling otherwise.
  public mutating func int63n(_ n: Int64, trace: Trace? = nil) throws(GoFault) -> Int64 {
    guard n > 0 else {
      trace?.record("Int63n.invalid", GoSource.mathRand(109), "Int63n(\(n))", false)
      throw .panic(.invalidInt63n)
    }
    if n & (n &- 1) == 0 {
      let value = try int63() & (n &- 1)
      trace?.record("Int63n.mask", GoSource.mathRand(113), "Int63n(\(n)): power of two, masked draw -> \(value)")
      return value
    }
    let max = Int64(bitPattern: UInt64(Int64.max) &- (UInt64(1) << 63) % UInt64(n))
    var value = try int63()
    var rejected = 0
    while value > max {
      rejected += 1
      value = try int63()
    }
    let result = value % n
    if rejected > 0 {
      trace?.record(
        "Int63n.reject", GoSource.mathRand(117),
        "Int63n(\(n)): \(rejected) value(s) above \(max) rejected -> \(result)")
    } else {
      trace?.record("Int63n.modulo", GoSource.mathRand(120), "Int63n(\(n)): value % n -> \(result)")
    }
    return result
  }

  private mutating func int63() throws(GoFault) -> Int64 {
    do {
      return try source.next()
    } catch {
      throw .randomExhausted(error)
    }
  }
}
