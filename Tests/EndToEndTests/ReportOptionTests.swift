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

import Foundation
import Testing

/// The report options of `conform run`: `--max-failures`, the JUnit failure message and classname, and the
/// progress line, as a CI job sees them.
@Suite struct ReportOptionTests {
  /// One passing case (`e2e/c0`) and `failing` cases whose expected delay is off by one (`e2e/c1`...).
  static func vectorFile(failing: Int) throws -> String {
    let directory = try CommandLineTests.temporaryDirectory()
    let url = directory.appendingPathComponent("mixed.jsonl")
    var text = CommandLineTests.header + "\n"
    for index in 0...failing {
      text +=
        #"{"id":"e2e/c\#(index)","description":"calculateRetryDelay(2) with r = 0.5","flags":["Basic"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":2,"random":[0.5]},"expect":{"delay":\#(index == 0 ? 200 : 201),"draws":1}}"#
        + "\n"
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func maxFailuresLimitsTheDetailsNotTheRun() throws {
    let file = try Self.vectorFile(failing: 5)
    let all = try ConformBinary.run(["run", file, "--no-progress"])
    #expect(all.status == 1)
    #expect(all.lines.count { $0.hasPrefix("FAIL e2e/") } == 5)
    #expect(!all.text.contains("left out"))

    let limited = try ConformBinary.run(["run", file, "--max-failures", "2", "--no-progress"])
    #expect(limited.status == 1)
    #expect(limited.lines.filter { $0.hasPrefix("FAIL e2e/") } == ["FAIL e2e/c1  (\(file))", "FAIL e2e/c2  (\(file))"])
    #expect(limited.text.contains("3 more failure detail(s) left out (--max-failures 2)\n"))
    #expect(limited.text.contains("FAILED: 6 case(s) in 1 file(s): 1 passed, 5 failed, 0 skipped, 0 errors"))

    let enough = try ConformBinary.run(["run", file, "--max-failures", "5", "--no-progress"])
    #expect(enough.lines.count { $0.hasPrefix("FAIL e2e/") } == 5)
    #expect(!enough.text.contains("left out"))

    let bad = try ConformBinary.run(["run", file, "--max-failures", "0"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--max-failures"))
    #expect(try ConformBinary.run(["run", "--help"]).text.contains("--max-failures <n>"))
  }

  /// The JUnit report, read attribute by attribute: every test case's classname is the file's path, and each
  /// failure's message names the first differing field with both values.
  @Test func junitNamesTheFileAndTheFirstDifference() throws {
    let file = try Self.vectorFile(failing: 2)
    let output = try ConformBinary.run(["run", file, "--format", "junit", "--no-progress"])
    #expect(output.status == 1)
    let testcases = output.text.components(separatedBy: "<testcase ").dropFirst()
    #expect(testcases.count == 3)
    for testcase in testcases {
      #expect(Self.attribute("classname", in: testcase) == file)
    }
    let failures = output.text.components(separatedBy: "<failure ").dropFirst()
    #expect(failures.count == 2)
    for failure in failures {
      #expect(Self.attribute("message", in: failure) == "result.delay: expected 201, actual 200")
    }
  }

  /// The progress line on standard error: forced with `--progress`, absent by default when stderr is a pipe.
  @Test func progressLineShowsDoneTotalPercentAndFailures() throws {
    let file = try Self.vectorFile(failing: 3)
    let forced = try ConformBinary.run(["run", file, "--progress"])
    #expect(forced.status == 1)
    #expect(forced.stderr.contains("4/4 cases (100%), 3 failures, "))
    #expect(forced.stderr.contains(" cases/s: \(file)"))
    let quiet = try ConformBinary.run(["run", file])
    #expect(!quiet.stderr.contains("cases/s"))
  }

  /// The unescaped value of `name="..."` in the text of one element.
  static func attribute(_ name: String, in element: String) -> String? {
    guard let start = element.range(of: "\(name)=\"") else { return nil }
    guard let end = element[start.upperBound...].firstIndex(of: "\"") else { return nil }
    return String(element[start.upperBound..<end])
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }
}
