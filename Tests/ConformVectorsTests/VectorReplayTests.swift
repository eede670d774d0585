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
import ConformVectors
import Testing

/// Replays every checked-in vector file against the reference, through the same runner `conform run` uses.
@Suite struct VectorReplayTests {
  static let files: [String] = (try? VectorReader.files(in: [RepositoryRoot.path("vectors")])) ?? []

  @Test func vectorFolderHasBothProfiles() throws {
    let files = try VectorReader.files(in: [RepositoryRoot.path("vectors")])
    #expect(files.contains { $0.contains("/go-v1/") })
    #expect(files.contains { $0.contains("/js-v2/") })
  }

  @Test("every case of a vector file passes", arguments: files)
  func replay(_ path: String) {
    var options = RunOptions()
    options.jobs = 2
    let report = VectorRunner(options: options) { ReferenceTarget() }.run(files: [path])
    let file = report.files[0]
    #expect(file.fileError == nil, "\(file.fileError?.description ?? "")")
    #expect(file.counts.total > 0, "\(path) has no cases")
    for result in file.results {
      Issue.record("\(result.vector.id): \(TextReport.caseBlock(result, file: path))")
    }
    #expect(file.counts.passed == file.counts.total)
  }
}
