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

// NetTests.swift — net.ParseIP and (*net.TCPAddr).String() against Go 1.19.8: the hand-picked rows of
// NetFixture.swift line by line, the random sets of NetCaseSets.swift by digest (ExpectedDigests.swift).

import ConformTestSupport
import Testing

@testable import GoErrorModel

/// GoNet against Go-generated fixtures and digests.
@Suite struct NetTests {
  /// One random net set against its Go digest.
  @Test(arguments: NetCaseSets.names)
  func netCaseSetMatchesGo(_ set: String) throws {
    let expected = try #require(expectedDigests[set])
    var digest = LineDigest()
    NetCaseSets.lines(set) { digest.add($0) }
    #expect(digest.count == expected.count, "\(set): line count")
    #expect(digest.hash == expected.hash, "\(set): Swift lines differ from Go's (regenerate with scripts/go-runtime)")
  }

  /// ParseIP (nil-ness and bytes) and TCPAddr{IP: ParseIP(s), Port: p}.String() for every hand-picked input.
  @Test func parseIPAndString() throws {
    let rows = fixtureRows(netParseFixture)
    var parseMismatches = 0
    var stringMismatches = 0
    for row in rows {
      try #require(row.count == 4)
      let port = try #require(Int(row[1]))
      let ip = GoNet.parseIP(row[0])
      let got = ip.map(Hex.string) ?? "nil"
      if got != row[2] {
        parseMismatches += 1
        Issue.record("parseIP(\(row[0].debugDescription)) = \(got), Go: \(row[2])")
      }
      let s = GoNet.tcpAddrString(ip: ip, port: port)
      if s != row[3] {
        stringMismatches += 1
        Issue.record("tcpAddrString(\(row[0].debugDescription), \(port)) = \(s), Go: \(row[3])")
      }
    }
    print(
      "net fixture: \(rows.count) inputs, parseIP mismatches \(parseMismatches), TCPAddr.String mismatches \(stringMismatches)"
    )
    #expect(rows.count >= 90)
  }

  /// TCPAddr.String() for raw nil, 4-byte and 16-byte IPs.
  @Test func rawTCPAddrString() throws {
    let rows = fixtureRows(netTCPAddrFixture)
    var mismatches = 0
    for row in rows {
      try #require(row.count == 3)
      let ip: [UInt8]? = row[0] == "nil" ? nil : Hex.bytes(row[0])
      let port = try #require(Int(row[1]))
      let s = GoNet.tcpAddrString(ip: ip, port: port)
      if s != row[2] {
        mismatches += 1
        Issue.record("tcpAddrString(\(row[0]), \(port)) = \(s), Go: \(row[2])")
      }
    }
    print("raw TCPAddr fixture: \(rows.count) addresses, mismatches \(mismatches)")
    #expect(rows.count >= 7)
  }
}
