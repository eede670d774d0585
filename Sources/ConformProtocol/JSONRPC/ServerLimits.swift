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

/// The limits that protect the server and the semantics from hostile or mistaken input.
public struct ServerLimits: Sendable, Equatable {
  /// The longest request line, in bytes, without its newline (`--max-line-bytes`); a longer line is answered
  /// with `-32002` and skipped without being held in memory.
  public var maxLineBytes: Int
  /// The deepest JSON nesting of a request (`--max-json-depth`).
  public var maxJSONDepth: Int
  /// The deepest Go error chain (`--max-error-chain-depth`).
  public var maxErrorChainDepth: Int
  /// The most attempts a simulated call may make (`--max-attempts`); `maxRetries: Infinity` never stops.
  public var maxAttempts: Int

  /// The defaults: 1 MiB lines, JSON depth 64, error chains of 32, 10,000 attempts.
  public static let defaults = ServerLimits(
    maxLineBytes: 1 << 20, maxJSONDepth: 64, maxErrorChainDepth: 32, maxAttempts: 10_000)

  /// The largest limits `conform serve` accepts: parsing and classification recurse once per level, and a
  /// debug build's thread stack holds several thousand JSON levels or error-chain links at most, so these leave
  /// a margin of four or more (1 GiB lines, JSON depth 1,000, error chains of 250, 1,000,000 attempts).
  public static let ceilings = ServerLimits(
    maxLineBytes: 1 << 30, maxJSONDepth: 1_000, maxErrorChainDepth: 250, maxAttempts: 1_000_000)

  /// Creates limits.
  public init(maxLineBytes: Int, maxJSONDepth: Int, maxErrorChainDepth: Int, maxAttempts: Int) {
    self.maxLineBytes = maxLineBytes
    self.maxJSONDepth = maxJSONDepth
    self.maxErrorChainDepth = maxErrorChainDepth
    self.maxAttempts = maxAttempts
  }
}
