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

import RetryCore

/// Go compares strings byte by byte; these are the comparisons the SDK makes (`==`, `strings.Contains`, a map
/// lookup), through the shared `ExactText`.
package enum GoBytes {
  /// Go's `a == b` on strings.
  @inline(__always)
  package static func equal(_ a: String, _ b: String) -> Bool { ExactText.equal(a, b) }

  /// Go's `strings.Contains(s, substring)`.
  @inline(__always)
  package static func contains(_ s: String, _ substring: String) -> Bool { ExactText.contains(s, substring) }

  /// Whether `code` equals one of `table` (Go's map lookup or a loop of `==`).
  @inline(__always)
  package static func isMember(_ code: String, of table: [String]) -> Bool { ExactText.isMember(code, of: table) }
}
