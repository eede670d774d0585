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

public import RetryCore

/// A Go panic raised inside SDK or standard-library code: an *answer* of the reference, never a crash.
///
/// A few inputs make Go die with a runtime *fatal error* instead (a stack overflow that `recover` cannot
/// catch); those are answers too, marked `isFatal`.
public struct GoPanic: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text Go prints for the panic value (`runtime.Error.Error()` or the panicked string).
  public let message: String
  /// Whether Go dies with `fatal error: <message>` rather than a recoverable panic.
  public let isFatal: Bool

  /// Creates a panic with Go's message.
  public init(_ message: String, fatal: Bool = false) {
    self.message = message
    self.isFatal = fatal
  }

  /// `fatal error: stack overflow`: unbounded recursion, here through a batch error whose `OrigErr()` is itself.
  public static let stackOverflow = GoPanic("stack overflow", fatal: true)

  /// A method called through a nil pointer or a nil interface.
  public static let nilDereference = GoPanic("runtime error: invalid memory address or nil pointer dereference")
  /// `math/rand.(*Rand).Int63n` with `n <= 0`.
  public static let invalidInt63n = GoPanic("invalid argument to Int63n")

  /// The message.
  public var description: String { message }
}

/// Why a Go computation that draws random values did not produce a value.
public enum GoFault: Error, Sendable, Equatable {
  /// The SDK panicked: the answer is `{"panic": message}`.
  case panic(GoPanic)
  /// The request did not supply enough random values: a protocol error, not an SDK behaviour.
  case randomExhausted(RandomExhausted)
}
