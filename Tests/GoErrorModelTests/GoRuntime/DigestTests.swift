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

/// Regenerates each case set, hashes the Swift port's lines and compares with Go's (count, FNV-1a 64) digest.
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

  /// The sets whose answers depend on the Go release, against Go 1.23.5's digests (ExpectedDigests123.swift,
  /// scripts/go-runtime/gendigests123): strconv.Quote with Unicode 15.0.0, net.ParseIP over netip.ParseAddr.
  @Test(arguments: ["quote-single", "quote-embedded", "quote-random", "net-parse-random", "net-tcpaddr-random"])
  func go123CaseSetMatchesGo(_ set: String) throws {
    let expected = try #require(expectedDigestsGo123[set])
    var digest = LineDigest()
    if set.hasPrefix("net-") {
      NetCaseSets.lines(set, release: .go123) { digest.add($0) }
    } else {
      CaseSets.lines(set, release: .go123) { digest.add($0) }
    }
    #expect(digest.count == expected.count, "\(set): line count")
    #expect(digest.hash == expected.hash, "\(set): Swift lines differ from Go 1.23's (run gendigests123)")
  }
}
