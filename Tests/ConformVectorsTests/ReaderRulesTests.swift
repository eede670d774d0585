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

/// The rules the schema cannot express (declared flags, unique ids), as `conform run` reports them.
@Suite struct ReaderRulesTests {
  static let headerMembers =
    #""schema":"conform-vectors/1","profile":"js-v2","sdk":{"name":"aws-sdk","version":"2.1692.0"},"producer":{"name":"hand-written","arguments":[]},"description":"rules","flags":{"F":{"description":"d"}}"#

  static func line(_ id: String, flag: String = "F") -> String {
    #"{"id":"\#(id)","description":"d","flags":["\#(flag)"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":0,"random":[0.5]},"expect":{"delay":50}}"#
  }

  /// Runs `text` written to a file with `suffix` and returns the file's report.
  static func run(_ text: String, suffix: String) throws -> FileReport {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)\(suffix)").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let report = VectorRunner(options: RunOptions()) { ReferenceTarget() }.run(files: [path])
    return try #require(report.files.first)
  }

  /// The file's error without its path.
  static func error(_ file: FileReport) -> String? {
    file.fileError.map { String($0.description.dropFirst($0.path.count)) }
  }

  static func jsonLines(_ cases: [String]) throws -> FileReport {
    try run(([#"{"format":"jsonl","# + headerMembers + "}"] + cases).joined(separator: "\n") + "\n", suffix: ".jsonl")
  }

  static func json(_ cases: [String]) throws -> FileReport {
    try run("{" + headerMembers + #","cases":["# + cases.joined(separator: ",") + "]}\n", suffix: ".json")
  }

  @Test func jsonLinesIdsMustIncrease() throws {
    let duplicate = try Self.jsonLines([Self.line("a"), Self.line("b"), Self.line("b")])
    #expect(Self.error(duplicate) == #":4: duplicate case id "b""#)
    #expect(duplicate.counts.passed == 2)
    let backwards = try Self.jsonLines([Self.line("b"), Self.line("a")])
    #expect(Self.error(backwards) == #":3: case ids of a JSON Lines file must increase in byte order: "a" follows "b""#)
    #expect(backwards.counts.passed == 1)
    let increasing = try Self.jsonLines([Self.line("a"), Self.line("a.1"), Self.line("b")])
    #expect(increasing.fileError == nil)
    #expect(increasing.counts.passed == 3)
  }

  @Test func jsonIdsMustBeUniqueInAnyOrder() throws {
    let duplicate = try Self.json([Self.line("b"), Self.line("a"), Self.line("b")])
    #expect(Self.error(duplicate) == #": duplicate case id "b""#)
    #expect(duplicate.counts.total == 0)
    let unordered = try Self.json([Self.line("b"), Self.line("a")])
    #expect(unordered.fileError == nil)
    #expect(unordered.counts.passed == 2)
  }

  @Test func flagsMustBeDeclared() throws {
    let lines = try Self.jsonLines([Self.line("a"), Self.line("b", flag: "Nope")])
    #expect(Self.error(lines) == #":3: case "b" uses flag "Nope", which the header does not declare"#)
    #expect(lines.counts.passed == 1)
    // In a JSON file the first broken case in file order is reported, whichever rule it breaks.
    let json = try Self.json([Self.line("a"), Self.line("b", flag: "Nope"), Self.line("a")])
    #expect(Self.error(json) == #": case "b" uses flag "Nope", which the header does not declare"#)
    let duplicateFirst = try Self.json([Self.line("a"), Self.line("a"), Self.line("b", flag: "Nope")])
    #expect(Self.error(duplicateFirst) == #": duplicate case id "a""#)
  }
}

/// Vector params are as strict as a request's: an unknown member or a misplaced null is a file error naming it,
/// unless the case expects -32602 (it tests exactly that).
@Suite struct VectorParamsStrictnessTests {
  static func line(_ params: String, expect: String = #""expect":{"delay":50}"#) -> String {
    #"{"id":"a","description":"d","flags":["F"],"method":"js.v2.calculateRetryDelay","params":\#(params),\#(expect)}"#
  }

  @Test func unknownMembersAreFileErrors() throws {
    let typo = try ReaderRulesTests.jsonLines([
      Self.line(#"{"retryCount":0,"retryDelayOptions":{"bsae":100},"random":[0.5]}"#)
    ])
    #expect(
      ReaderRulesTests.error(typo)
        == #":2: case "a": params.retryDelayOptions.bsae: unknown member; did you mean "base"?"#)
    let misplacedNull = try ReaderRulesTests.json([Self.line(#"{"retryCount":0,"random":[0.5],"explain":null}"#)])
    #expect(
      ReaderRulesTests.error(misplacedNull)
        == #": case "a": params.explain: null is not a value of this member; leave it out to get its default"#)
    let testsStrictness = try ReaderRulesTests.json([
      Self.line(#"{"retryCount":0,"explian":true}"#, expect: #""expectError":{"code":-32602}"#)
    ])
    #expect(testsStrictness.fileError == nil)
    #expect(testsStrictness.counts.passed == 1)
  }
}
