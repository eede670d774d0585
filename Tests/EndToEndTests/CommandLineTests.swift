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

import ConformJSON
import ConformTestSupport
import Foundation
import Testing

/// `conform run`, `generate`, `schema` and the help texts, as a CI job calls them.
@Suite struct CommandLineTests {
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("conform-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let header =
    #"{"schema":"conform-vectors/1","format":"jsonl","profile":"js-v2","sdk":{"name":"aws-sdk","version":"2.1692.0"},"producer":{"name":"hand-written","arguments":[]},"description":"e2e","flags":{"Basic":{"description":"d"}}}"#

  static func vectorFile(expectDelay: String) -> String {
    Self.header + "\n"
      + #"{"id":"e2e/delay","description":"calculateRetryDelay(2) with r = 0.5","flags":["Basic"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":2,"random":[0.5]},"expect":{"delay":\#(expectDelay),"draws":1}}"#
      + "\n"
  }

  @Test func runExitStatusesAndReport() throws {
    let directory = try Self.temporaryDirectory()
    let good = directory.appendingPathComponent("good.jsonl")
    let bad = directory.appendingPathComponent("bad.jsonl")
    try Self.vectorFile(expectDelay: "200").write(to: good, atomically: true, encoding: .utf8)
    try Self.vectorFile(expectDelay: "201").write(to: bad, atomically: true, encoding: .utf8)

    let pass = try ConformBinary.run(["run", good.path])
    #expect(pass.status == 0)
    #expect(pass.text.contains("PASSED: 1 case(s)"))

    let fail = try ConformBinary.run(["run", bad.path])
    #expect(fail.status == 1)
    #expect(fail.text.contains("FAIL e2e/delay"))
    #expect(fail.text.contains("calculateRetryDelay(2) with r = 0.5"))
    #expect(fail.text.contains("result.delay"))
    #expect(fail.text.contains("expected: 201"))
    #expect(fail.text.contains("actual:   200"))

    let expectedFailures = directory.appendingPathComponent("known.txt")
    try "# known\ne2e/delay\n".write(to: expectedFailures, atomically: true, encoding: .utf8)
    let other = directory.appendingPathComponent("other.jsonl")
    try Self.vectorFile(expectDelay: "200").replacingOccurrences(of: "e2e/delay", with: "e2e/other")
      .write(to: other, atomically: true, encoding: .utf8)
    #expect(
      try ConformBinary.run(["run", bad.path, other.path, "--expected-failures", expectedFailures.path]).status == 0)
    // A run in which no case passed is not a pass, even when every failure is expected.
    let onlyExpected = try ConformBinary.run(["run", bad.path, "--expected-failures", expectedFailures.path])
    #expect(onlyExpected.status == 1)
    #expect(onlyExpected.text.contains("ERROR no case passed"))
    let unexpectedPass = try ConformBinary.run(["run", good.path, "--expected-failures", expectedFailures.path])
    #expect(unexpectedPass.status == 1)
    #expect(unexpectedPass.text.contains("XPASS e2e/delay"))

    let junitPath = directory.appendingPathComponent("report.xml").path
    #expect(try ConformBinary.run(["run", bad.path, "--format", "junit", "--output", junitPath]).status == 1)
    let junit = try String(contentsOfFile: junitPath, encoding: .utf8)
    #expect(junit.contains("<testcase classname=\"\(bad.path)\" name=\"e2e/delay\">"))
    #expect(junit.contains("<failure message=\"result.delay: expected 201, actual 200\">"))

    let json = try ConformBinary.run(["run", good.path, "--format", "json"])
    let report = try JSONParser.parse(json.text)
    #expect(report.objectValue?["passed"] == .bool(true))
  }

  /// A target that dies while requests are being written, or stops reading, breaks its cases: the run reports
  /// them and exits 1, and is neither killed by SIGPIPE nor left waiting beyond `--timeout`.
  @Test func brokenTargetsAreReportedNotFatal() throws {
    let samples = RepositoryRoot.url("vectors/go-v1/real-sdk-samples.jsonl").path
    let dies = try ConformBinary.run(["run", samples, "--target", "head -c 100 >/dev/null", "--no-progress"])
    #expect(dies.status == 1)
    #expect(dies.text.contains("the target exited before answering"))
    #expect(dies.text.contains("1000 errors"))

    let started = Date()
    let stalls = try ConformBinary.run([
      "run", samples, "--timeout", "1", "--no-progress",
      "--target", "head -n 1 >/dev/null; exec sleep 120 2>/dev/null",
    ])
    #expect(stalls.status == 1)
    #expect(stalls.text.contains("the target did not answer in time"))
    #expect(Date().timeIntervalSince(started) < 60, "--timeout 1 must not wait for the stalled target")
  }

  @Test func badFilesAndUsage() throws {
    let directory = try Self.temporaryDirectory()
    let broken = directory.appendingPathComponent("broken.json")
    try #"{"schema":"conform-vectors/1","profile":"go-v1"}"#.write(to: broken, atomically: true, encoding: .utf8)
    let bad = try ConformBinary.run(["run", broken.path])
    #expect(bad.status == 1)
    #expect(bad.text.contains("ERROR \(broken.path): does not match spec/vectors.schema.json"))

    let undeclared = directory.appendingPathComponent("undeclared.jsonl")
    try Self.vectorFile(expectDelay: "200").replacingOccurrences(of: "[\"Basic\"]", with: "[\"Nope\"]")
      .write(to: undeclared, atomically: true, encoding: .utf8)
    let flagged = try ConformBinary.run(["run", undeclared.path])
    #expect(flagged.status == 1)
    #expect(flagged.text.contains("uses flag \"Nope\", which the header does not declare"))

    for arguments in [
      ["run"], ["run", "--jobs", "0", "x"], ["run", "--format", "yaml", "x"], ["bogus"], [], ["run", "/no/such/path"],
    ] {
      let usage = try ConformBinary.run(arguments)
      #expect(usage.status == 64, "\(arguments)")
      #expect(usage.stderr.contains("conform"), "\(arguments)")
    }
    for arguments in [
      ["--help"], ["run", "--help"], ["serve", "--help"], ["generate", "--help"], ["schema", "--help"],
    ] {
      let help = try ConformBinary.run(arguments)
      #expect(help.status == 0)
      #expect(help.text.contains("USAGE:"), "\(arguments)")
    }
  }

  @Test func generateIsDeterministicAndItsOutputPasses() throws {
    let first = try Self.temporaryDirectory()
    let second = try Self.temporaryDirectory()
    for directory in [first, second] {
      let output = try ConformBinary.run([
        "generate", "--seed", "7", "--count", "300", "--profile", "go-v1", "--out", directory.path,
      ])
      #expect(output.status == 0)
    }
    let name = "generated-go-v1-seed7-n300.jsonl"
    let a = try Data(contentsOf: first.appendingPathComponent(name))
    let b = try Data(contentsOf: second.appendingPathComponent(name))
    #expect(a == b)
    #expect(try ConformBinary.run(["run", first.appendingPathComponent(name).path]).status == 0)
  }

  @Test func schemaCommandPrintsTheCommittedSchema() throws {
    let output = try ConformBinary.run(["schema"])
    let committed = try Data(contentsOf: RepositoryRoot.url("spec/vectors.schema.json"))
    #expect(output.stdout == committed)
  }
}
