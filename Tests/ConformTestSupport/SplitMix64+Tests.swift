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

public import ConformVectors

/// The tests draw from the one SplitMix64 of the package, the generator behind `conform generate`
/// (`Sources/ConformVectors/Generate/SplitMix64.swift`, mappings in `spec/generation.md`); it is bit-identical
/// to `scripts/go-runtime/cases/cases.go`'s `Rng`.
extension SplitMix64 {
  /// `next() % n` for a 64-bit bound (cases.go's `Rng.Below`), so the Go mirrors read like their Go originals.
  public mutating func below(_ n: UInt64) -> UInt64 {
    precondition(n > 0)
    return next() % n
  }
}
