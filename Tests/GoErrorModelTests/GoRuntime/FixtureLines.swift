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

// FixtureLines.swift — splits the generated tab-separated fixtures.

/// The non-empty lines of `text`, each split on tabs (empty fields kept).
func fixtureRows(_ text: String) -> [[String]] {
  text.split(separator: "\n", omittingEmptySubsequences: true).map {
    $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }
}
