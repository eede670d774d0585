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

/// A finite, ordered stream of injected random values that counts what it hands out.
///
/// Both profiles inject randomness at the lowest level the SDK reads it from: Go v1's `Source.Int63()` and
/// JavaScript's `Math.random()`. A vector lists the values; the reference consumes them in order and reports
/// how many it used, so a port that draws too often or too rarely is caught in either direction.
public struct DrawStream<Value: Sendable>: Sendable {
  /// The injected values, in the order the SDK would receive them.
  public let values: [Value]
  /// How many values have been handed out so far.
  @usableFromInline var _consumed: Int = 0
  /// How many values have been handed out so far.
  public var consumed: Int { _consumed }

  /// Creates a stream that hands out `values` in order.
  public init(_ values: [Value]) {
    self.values = values
  }

  /// Returns the next value, or throws when the stream has run dry.
  @inlinable
  public mutating func next() throws(RandomExhausted) -> Value {
    guard _consumed < values.count else {
      throw RandomExhausted(available: values.count)
    }
    defer { _consumed += 1 }
    return values[_consumed]
  }
}

/// The SDK needed one more random value than the request supplied.
///
/// This is a property of the request, not of the SDK: it is reported as a JSON-RPC error
/// (`data.kind: "random-exhausted"`), never as a Go panic or a JavaScript exception.
public struct RandomExhausted: Error, Sendable, Equatable {
  /// How many values the request supplied (all of them were consumed).
  public let available: Int

  /// Creates the error for a stream of `available` values.
  public init(available: Int) {
    self.available = available
  }
}
