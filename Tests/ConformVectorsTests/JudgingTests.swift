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
import ConformVectors
import Foundation
import Testing

/// How the runner judges what a target answers, with stand-in targets that misbehave on purpose.
@Suite struct JudgingTests {
  /// A target that answers every call with the same error, or leaves the last `dropping` calls unanswered.
  final class StandInTarget: VectorTarget, @unchecked Sendable {
    let answer: TargetAnswer
    let dropping: Int

    init(answer: TargetAnswer, dropping: Int = 0) {
      self.answer = answer
      self.dropping = dropping
    }

    func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
      Array(repeating: answer, count: max(0, calls.count - dropping))
    }
  }

  /// One file holding the given case lines (JSON Lines, after a js-v2 header).
  static func file(_ cases: [String]) throws -> String {
    let header =
      #"{"schema":"conform-vectors/1","format":"jsonl","profile":"js-v2","sdk":{"name":"aws-sdk","version":"2.1692.0"},"producer":{"name":"hand-written","arguments":[]},"description":"judging","flags":{"F":{"description":"d"}}}"#
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("judging-\(UUID().uuidString).jsonl").path
    try ([header] + cases).joined(separator: "\n").appending("\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static let resultCase =
    #"{"id":"a/result","description":"d","flags":["F"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":0,"random":[0.5]},"expect":{"delay":50}}"#
  static let errorCase =
    #"{"id":"b/error","description":"d","flags":["F"],"method":"js.v2.calculateRetryDelay","params":{"retryCount":0,"random":[]},"expectError":{"code":-32001}}"#
  static let methodNotFoundCase =
    #"{"id":"c/missing","description":"d","flags":["F"],"method":"js.v2.calculateRetryDelay","params":{},"expectError":{"code":-32601}}"#

  static func counts(_ cases: [String], _ target: StandInTarget) throws -> OutcomeCounts {
    let path = try file(cases)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let report = VectorRunner(options: RunOptions()) { target }.run(files: [path])
    return try #require(report.files.first).counts
  }

  @Test func methodNotFoundSkipsUnlessTheCaseExpectsIt() throws {
    let missing = StandInTarget(answer: .error(code: -32601, message: "Method not found", kind: nil))
    let counts = try Self.counts([Self.resultCase, Self.errorCase, Self.methodNotFoundCase], missing)
    #expect(counts.skipped == 2)
    #expect(counts.passed == 1)
  }

  @Test func casesATargetLeavesUnansweredAreErrorsNotPasses() throws {
    let short = StandInTarget(
      answer: .result(.object(JSONObject([.init(key: "delay", value: .number(JSONNumber(Int64(50))))]))), dropping: 1)
    let counts = try Self.counts(
      [Self.resultCase, Self.resultCase.replacingOccurrences(of: "a/result", with: "b/result")], short)
    #expect(counts.passed == 1)
    #expect(counts.errors == 1)
  }
}
