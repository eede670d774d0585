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
import Foundation
import Testing

/// A green run means something was tested: runs in which no case ran, every case was skipped, a skip under
/// `--require-all`, or a stale expected-failures list all fail, and every report shows the skips by method.
@Suite struct VerdictTests {
  /// A JSON Lines file of `count` passing js-v2 cases (`e2e/case-000` ...), and its path.
  static func passingFile(_ count: Int, in directory: URL, name: String = "cases.jsonl") throws -> String {
    let lines = (0..<count).map { index in
      #"{"id":"e2e/case-\#(String(format: "%03d", index))","description":"d","flags":["Basic"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":2,"random":[0.5]},"expect":{"delay":200,"draws":1}}"#
    }
    let path = directory.appendingPathComponent(name).path
    try ([CommandLineTests.header] + lines).joined(separator: "\n").appending("\n")
      .write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// A target that answers every request with -32601 (the runner's requests start with `{"id":N,`).
  static let implementsNothing =
    #"sed -u 's/^{"id":\([0-9]*\),.*/{"jsonrpc":"2.0","id":\1,"error":{"code":-32601,"message":"Method not found"}}/'"#

  @Test func aRunInWhichNoCaseRanFails() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try Self.passingFile(3, in: directory)
    let typo = try ConformBinary.run(["run", file, "--filter", "no-such-case"])
    #expect(typo.status == 1)
    #expect(typo.text.contains("ERROR no case ran"))
    #expect(typo.text.contains("FAILED: 0 case(s)"))

    let empty = directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let emptyRun = try ConformBinary.run(["run", empty.path])
    #expect(emptyRun.status == 1)
    #expect(emptyRun.text.contains("ERROR no case ran"))

    let headerOnly = directory.appendingPathComponent("header-only.jsonl")
    try (CommandLineTests.header + "\n").write(to: headerOnly, atomically: true, encoding: .utf8)
    let zeroCases = try ConformBinary.run(["run", headerOnly.path, "--format", "json"])
    #expect(zeroCases.status == 1)
    let report = try JSONParser.parse(zeroCases.text).objectValue
    #expect(report?["passed"] == .bool(false))
    #expect(report?["problems"]?.arrayValue?.first?.stringValue?.hasPrefix("no case ran") == true)
  }

  @Test func aTargetThatImplementsNothingFailsAndSkipsAreShownByMethod() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try Self.passingFile(3, in: directory)
    let text = try ConformBinary.run(["run", file, "--target", Self.implementsNothing, "--no-progress"])
    #expect(text.status == 1)
    #expect(text.text.contains("ERROR every case was skipped: the target implements none of the methods selected"))
    #expect(text.text.contains("Skipped by method\n  js.v2.calculateRetryDelay  3 skipped"))

    let json = try ConformBinary.run(["run", file, "--target", Self.implementsNothing, "--format", "json"])
    #expect(json.status == 1)
    let report = try JSONParser.parse(json.text).objectValue
    #expect(report?["skippedByMethod"]?.objectValue?["js.v2.calculateRetryDelay"]?.int64Value == 3)

    let junit = try ConformBinary.run(["run", file, "--target", Self.implementsNothing, "--format", "junit"])
    #expect(junit.status == 1)
    #expect(junit.text.contains(#"<property name="skipped:js.v2.calculateRetryDelay" value="3"/>"#))
    #expect(junit.text.contains("every case was skipped"))
  }

  /// Skips stay legitimate for a port that covers some methods, unless `--require-all` says it covers all.
  @Test func requireAllTurnsAnySkipIntoAFailure() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let passing = try Self.passingFile(2, in: directory)
    let skipped = directory.appendingPathComponent("classify.jsonl").path
    try [
      CommandLineTests.header,
      #"{"id":"e2e/classify","description":"d","flags":["Basic"],"method":"js.v2.classify","params":{"service":"generic","error":{}},"expect":{}}"#,
    ].joined(separator: "\n").appending("\n").write(toFile: skipped, atomically: true, encoding: .utf8)
    // Answers classify with -32601 and hands everything else to the reference.
    let mixedTarget =
      "while IFS= read -r line; do case \"$line\" in *js.v2.classify*) "
      + "id=${line#*\\\"id\\\":}; id=${id%%,*}; printf '{\"jsonrpc\":\"2.0\",\"id\":%s,\"error\":{\"code\":-32601,\"message\":\"nf\"}}\\n' \"$id\";; "
      + "*) printf '%s\\n' \"$line\" | \(ConformBinary.url.path) serve;; esac; done"
    let mixed = try ConformBinary.run(["run", passing, skipped, "--target", mixedTarget, "--no-progress"])
    #expect(mixed.status == 0, "\(mixed.text)\(mixed.stderr)")
    #expect(mixed.text.contains("2 passed, 0 failed, 1 skipped"))
    #expect(mixed.text.contains("Skipped by method\n  js.v2.classify  1 skipped"))
    let strict = try ConformBinary.run([
      "run", passing, skipped, "--target", mixedTarget, "--require-all", "--no-progress",
    ])
    #expect(strict.status == 1)
    #expect(strict.text.contains("ERROR --require-all: 1 case(s) skipped"))
  }

  @Test func expectedFailureIdsThatMatchNoSelectedCaseFailTheRun() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try Self.passingFile(2, in: directory)
    let list = directory.appendingPathComponent("known.txt")
    try "e2e/renamed-long-ago\n".write(to: list, atomically: true, encoding: .utf8)
    let stale = try ConformBinary.run(["run", file, "--expected-failures", list.path])
    #expect(stale.status == 1)
    #expect(stale.text.contains("ERROR 1 id(s) of --expected-failures match no selected case: e2e/renamed-long-ago"))
    let json = try ConformBinary.run(["run", file, "--expected-failures", list.path, "--format", "json"])
    #expect(
      try JSONParser.parse(json.text).objectValue?["staleExpectedFailures"] == .array([.string("e2e/renamed-long-ago")])
    )
  }
}
