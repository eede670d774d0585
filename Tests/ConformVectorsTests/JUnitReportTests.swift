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

/// JUnit output lists every case in file order, passing ones included, from the little the runner keeps of them.
@Suite struct JUnitReportTests {
  static func line(_ id: String, delay: Int = 50) -> String {
    #"{"id":"\#(id)","description":"d","flags":["F"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":0,"random":[0.5]},"expect":{"delay":\#(delay)}}"#
  }

  /// A run of `cases` (JSON Lines) with passing cases kept, and the file's path.
  static func run(_ cases: [String], expectedFailures: Set<String> = []) throws -> (RunReport, String) {
    let header =
      #"{"schema":"conform-vectors/1","format":"jsonl","profile":"js-v2","sdk":{"name":"aws-sdk","version":"2.1692.0"},"producer":{"name":"hand-written","arguments":[]},"description":"junit","flags":{"F":{"description":"d"}}}"#
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("junit-\(UUID().uuidString).jsonl").path
    try ([header] + cases).joined(separator: "\n").appending("\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var options = RunOptions()
    options.keepPassingResults = true
    options.expectedFailures = expectedFailures
    options.batchSize = 2
    options.jobs = 2
    return (VectorRunner(options: options) { ReferenceTarget() }.run(files: [path]), path)
  }

  @Test func passingCasesKeepOnlyTheirIds() throws {
    let (report, _) = try Self.run([Self.line("a"), Self.line("b", delay: 51), Self.line("c"), Self.line("d")])
    let file = try #require(report.files.first)
    #expect(Array(file.passedIDs) == ["a", "c", "d"])
    #expect(file.results.map(\.vector.id) == ["b"])
  }

  @Test func everyCaseInFileOrder() throws {
    let (report, path) = try Self.run(
      [
        Self.line("a"), Self.line("b", delay: 51), Self.line("c"), Self.line("d"), Self.line("e"),
        Self.line("f", delay: 1),
      ],
      expectedFailures: ["d", "f"])
    let xml = JUnitReport.render(report, seconds: 1.5).replacingOccurrences(of: path, with: "FILE")
    #expect(
      xml == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="conform" tests="6" failures="2" errors="0" skipped="1" time="1.50">
          <testsuite name="FILE" tests="6" failures="2" errors="0" skipped="1">
            <testcase classname="FILE" name="a">
            </testcase>
            <testcase classname="FILE" name="b">
              <failure message="result.delay: expected 51, actual 50">FAIL b  (FILE)
          d
          flags:  F
          method: js.v2.calculateRetryDelay
          params: {&quot;random&quot;:[0.5],&quot;retryCount&quot;:0}
          1 field differs:
            result.delay
              expected: 51
              actual:   50

        </failure>
            </testcase>
            <testcase classname="FILE" name="c">
            </testcase>
            <testcase classname="FILE" name="d">
              <failure message="unexpected pass: listed as an expected failure"/>
            </testcase>
            <testcase classname="FILE" name="e">
            </testcase>
            <testcase classname="FILE" name="f">
              <skipped message="expected failure"/>
            </testcase>
          </testsuite>
        </testsuites>

        """)
  }
}
