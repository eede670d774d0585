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

// DigestTests.swift — every case set of scripts/go-runtime/cases/cases.go, hashed and compared with Go's digest.

import Testing

@testable import GoErrorModel

/// Regenerates each case set, hashes the Swift port's lines and compares with Go 1.19.8's (count, FNV-1a 64) digest.
@Suite struct DigestTests {
  /// One case set against its Go digest (ExpectedDigests.swift).
  @Test(arguments: CaseSets.names)
  func caseSetMatchesGo(_ set: String) throws {
    let expected = try #require(expectedDigests[set])
    var digest = LineDigest()
    CaseSets.lines(set) { digest.add($0) }
    #expect(digest.count == expected.count, "\(set): line count")
    #expect(digest.hash == expected.hash, "\(set): Swift lines differ from Go's (regenerate with scripts/go-runtime)")
  }
}
