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

/// The listed attempt outcomes of a simulated call, served in order.
///
/// Both profiles replace the transport with a list: each attempt takes the next entry, the last entry repeats
/// when the SDK makes more attempts than are listed, and a cap (a protective limit of the reference, not SDK
/// behaviour) ends a call that would never stop.
public struct AttemptReplay<Attempt: Sendable>: Sendable {
  /// The listed outcomes (at least one).
  public let attempts: [Attempt]
  /// The most attempts a call may make.
  public let limit: Int
  /// How many attempts have been made.
  public private(set) var made = 0

  /// Creates a replay of a non-empty list.
  public init(_ attempts: [Attempt], limit: Int) {
    precondition(!attempts.isEmpty, "at least one attempt")
    self.attempts = attempts
    self.limit = limit
  }

  /// Makes the next attempt and returns its outcome; throws rather than exceed the cap.
  public mutating func next() throws(AttemptLimitExceeded) -> Attempt {
    guard made < limit else { throw AttemptLimitExceeded(limit: limit) }
    defer { made += 1 }
    return attempts[min(made, attempts.count - 1)]
  }
}

/// The attempt cap was reached (a protective limit of the reference, not SDK behaviour).
public struct AttemptLimitExceeded: Error, Sendable, Equatable {
  /// The cap.
  public let limit: Int

  /// Creates the error for a cap of `limit` attempts.
  public init(limit: Int) {
    self.limit = limit
  }
}
