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

import ConformVectors
import Foundation
import Testing

/// The progress line's text, and the case count and failures so far that the runner gives it.
@Suite struct ProgressLineTests {
  @Test func showsDoneTotalPercentAndFailures() {
    #expect(
      ProgressLine.render(done: 1234, total: 36424, failures: 2, casesPerSecond: 5120, file: "vectors/a.jsonl")
        == "1234/36424 cases (3%), 2 failures, 5120 cases/s: vectors/a.jsonl")
    #expect(
      ProgressLine.render(done: 10, total: 10, failures: 1, casesPerSecond: 7, file: "f")
        == "10/10 cases (100%), 1 failure, 7 cases/s: f")
    #expect(
      ProgressLine.render(done: 10, total: 0, failures: 0, casesPerSecond: 7, file: "f")
        == "10 cases, 0 failures, 7 cases/s: f")
  }

  @Test func runnerCountsCasesAndReportsFailuresSoFar() throws {
    let cases = [
      JUnitReportTests.line("a"), JUnitReportTests.line("b", delay: 51), JUnitReportTests.line("c"),
      JUnitReportTests.line("d", delay: 1), JUnitReportTests.line("e"),
    ]
    let header =
      #"{"schema":"conform-vectors/1","format":"jsonl","profile":"js-v2","sdk":{"name":"aws-sdk","version":"2.1692.0"},"producer":{"name":"hand-written","arguments":[]},"description":"progress","flags":{"F":{"description":"d"}}}"#
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString).jsonl")
      .path
    try ([header] + cases + [""]).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var options = RunOptions()
    options.batchSize = 2
    let runner = VectorRunner(options: options) { ReferenceTarget() }
    #expect(runner.countCases(files: [path, path]) == 10)
    var steps: [[Int]] = []
    _ = runner.run(files: [path, path]) { _, done, failures in steps.append([done, failures]) }
    #expect(steps == [[2, 1], [4, 2], [5, 2], [7, 3], [9, 4], [10, 4]])

    options.profiles = ["go-v1"]
    #expect(VectorRunner(options: options) { ReferenceTarget() }.countCases(files: [path]) == 0)
  }
}
