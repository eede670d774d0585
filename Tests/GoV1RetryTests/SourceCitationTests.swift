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

import ConformTestSupport
import Foundation
import RetryCore
import Testing

@testable import GoV1Retry

/// Citations that point into this repository rather than into the SDK must stay true as the files change.
@Suite struct SourceCitationTests {
  @Test func theSeedRetryerCitesItsRowOfTheSpec() throws {
    let location = GoSource.seedRetryer
    let file = try #require(location.file.split(separator: " ").first.map(String.init))
    let lines = try String(contentsOf: RepositoryRoot.url(file), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count >= location.line)
    #expect(lines[location.line - 1].hasPrefix("| `seed-read-conn-reset` |"), "\(location) no longer holds the row")
  }
}
