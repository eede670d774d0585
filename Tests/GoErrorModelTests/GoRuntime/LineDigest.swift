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

// LineDigest.swift — FNV-1a 64 over a set's lines, matching scripts/go-runtime/gendigests (hash/fnv New64a).

/// Running FNV-1a 64 digest of newline-terminated lines, plus a line count.
public struct LineDigest: Equatable, Sendable {
  /// The FNV-1a 64 state.
  public private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325
  /// Lines hashed so far.
  public private(set) var count = 0

  /// An empty digest.
  public init() {}

  /// Hashes `line` followed by "\n".
  public mutating func add(_ line: String) {
    for b in line.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
    hash = (hash ^ 0x0A) &* 0x0000_0100_0000_01B3
    count += 1
  }
}
