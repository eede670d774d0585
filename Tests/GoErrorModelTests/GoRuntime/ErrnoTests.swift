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

// ErrnoTests.swift — syscall.Errno behaviour against ErrnoFixture.swift (Go 1.19.8 linux/amd64 output).

import Testing

@testable import GoErrorModel

/// GoErrno against Go-generated fixtures.
@Suite struct ErrnoTests {
  /// message / temporary / timeout / canonical name for every number -5...300.
  @Test func byNumber() throws {
    let rows = fixtureRows(errnoNumberFixture)
    var mismatches = 0
    for row in rows {
      try #require(row.count == 5)
      let e = GoErrno(number: try #require(Int(row[0])))
      let ok =
        e.message == row[1] && e.temporary == (row[2] == "1") && e.timeout == (row[3] == "1")
        && (e.name ?? "-") == row[4]
      if !ok {
        mismatches += 1
        Issue.record("errno \(row[0]): got (\(e.message), \(e.temporary), \(e.timeout), \(e.name ?? "-")), Go: \(row)")
      }
    }
    print("errno numbers: \(rows.count) checked, mismatches \(mismatches)")
    #expect(rows.count == 306)
  }

  /// init?(name:) and behaviour for every Errno constant name of the syscall package.
  @Test func byName() throws {
    let rows = fixtureRows(errnoNameFixture)
    var mismatches = 0
    for row in rows {
      try #require(row.count == 5)
      guard let e = GoErrno(name: row[0]) else {
        mismatches += 1
        Issue.record("GoErrno(name: \(row[0])) is nil")
        continue
      }
      let ok =
        e.number == Int(row[1]) && e.message == row[2] && e.temporary == (row[3] == "1")
        && e.timeout == (row[4] == "1")
      if !ok {
        mismatches += 1
        Issue.record("\(row[0]): got (\(e.number), \(e.message), \(e.temporary), \(e.timeout)), Go: \(row)")
      }
    }
    print("errno names: \(rows.count) checked, mismatches \(mismatches)")
    #expect(rows.count == 133)
    #expect(GoErrno(name: "EFOO") == nil)
    #expect(GoErrno(name: "ewouldblock") == nil)
    #expect(GoErrno(name: "EWOULDBLOCK") == GoErrno(name: "EAGAIN"))
  }
}
