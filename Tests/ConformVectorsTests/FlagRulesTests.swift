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
import Testing

@testable import ConformVectors

/// Every rule id a `FlagRules` pattern names must be one the semantics can record, so renaming a rule id in the
/// semantics cannot silently stop its flag.
///
/// The recordable ids are read from the code that records them: every `trace?.record(` call under `Sources/`,
/// whose first argument must be a plain string literal (a call that builds its id at run time fails the scan, so
/// the set cannot fall behind the code). The go-v1 table is checked against the `Go*` targets, the js-v2 table
/// against the `JS*` targets.
@Suite struct FlagRulesTests {
  /// A rule id recorded in the semantics and where.
  struct RecordedRule: Hashable {
    let id: String
    let target: String
    let location: String
  }

  /// A `trace?.record(` or `trace.record(` call whose first argument is not a plain literal.
  struct UnreadableCall: Error, CustomStringConvertible {
    let location: String
    var description: String { "\(location): trace.record's rule id is not a plain string literal" }
  }

  /// Every rule id recorded under `Sources/`, with the target directory it is recorded in.
  static func recordedRules() throws -> [RecordedRule] {
    let sources = RepositoryRoot.url("Sources")
    guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
      return []
    }
    var rules: [RecordedRule] = []
    for case let file as URL in walker where file.pathExtension == "swift" {
      let relative = String(file.path.dropFirst(sources.path.count + 1))
      let target = String(relative.prefix { $0 != "/" })
      let text = Array(try String(contentsOf: file, encoding: .utf8).utf8)
      for call in ["trace?.record(", "trace.record("] {
        let needle = Array(call.utf8)
        var index = 0
        while let start = firstIndex(of: needle, in: text, from: index) {
          index = start + needle.count
          let line = text[..<start].count { $0 == UInt8(ascii: "\n") } + 1
          let location = "Sources/\(relative):\(line)"
          let lineStart = text[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
          if text[lineStart..<start].drop(while: { $0 == UInt8(ascii: " ") }).starts(with: Array("//".utf8)) {
            continue  // a comment mentioning the call
          }
          var p = index
          while p < text.count, text[p] == UInt8(ascii: " ") || text[p] == UInt8(ascii: "\n") { p += 1 }
          guard p < text.count, text[p] == UInt8(ascii: "\"") else { throw UnreadableCall(location: location) }
          guard let close = text[(p + 1)...].firstIndex(of: UInt8(ascii: "\"")) else {
            throw UnreadableCall(location: location)
          }
          let id = String(decoding: text[(p + 1)..<close], as: UTF8.self)
          guard !id.contains("\\"), close + 1 < text.count, text[close + 1] == UInt8(ascii: ",") else {
            throw UnreadableCall(location: location)
          }
          rules.append(RecordedRule(id: id, target: target, location: location))
        }
      }
    }
    return rules
  }

  static func firstIndex(of needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
    guard text.count >= needle.count, start <= text.count - needle.count else { return nil }
    for i in start...(text.count - needle.count) where text[i] == needle[0] {
      if text[i..<(i + needle.count)].elementsEqual(needle) { return i }
    }
    return nil
  }

  /// The patterns of `table` that match none of `ids` (a pattern ending in `.` is a prefix).
  static func unmatchedPatterns(_ table: [FlagRules.Rule], ids: Set<String>) -> [String] {
    table.flatMap { rule in
      rule.rules.filter { pattern in
        pattern.hasSuffix(".") ? !ids.contains { $0.hasPrefix(pattern) } : !ids.contains(pattern)
      }.map { pattern in "\(rule.flag): \(pattern)" }
    }
  }

  @Test func theScanFindsBothProfilesRules() throws {
    let rules = try Self.recordedRules()
    // The scan must see the semantics at all: a few ids known to be recorded, in the targets they live in.
    #expect(rules.contains { $0.id == "Int63n.reject" && $0.target.hasPrefix("Go") })
    #expect(rules.contains { $0.id == "calculateRetryDelay.customBackoff" && $0.target.hasPrefix("JS") })
    #expect(rules.count >= 100, "only \(rules.count) trace.record calls found under Sources/")
  }

  @Test func everyGoV1PatternMatchesARecordedRule() throws {
    let ids = Set(try Self.recordedRules().filter { $0.target.hasPrefix("Go") }.map(\.id))
    #expect(Self.unmatchedPatterns(FlagRules.goV1, ids: ids) == [])
  }

  @Test func everyJSV2PatternMatchesARecordedRule() throws {
    let ids = Set(try Self.recordedRules().filter { $0.target.hasPrefix("JS") }.map(\.id))
    #expect(Self.unmatchedPatterns(FlagRules.jsV2, ids: ids) == [])
  }

  @Test func everyJSV3PatternMatchesARecordedRule() throws {
    let ids = Set(try Self.recordedRules().filter { $0.target == "JSV3Retry" }.map(\.id))
    #expect(Self.unmatchedPatterns(FlagRules.jsV3, ids: ids) == [])
  }

  @Test func aRenamedRuleIsCaught() {
    // The check itself: a table naming an id nobody records, or a prefix nothing starts with, is reported.
    let table = [
      FlagRules.Rule(flag: "Exact", description: "", rules: ["A.b"]),
      FlagRules.Rule(flag: "Prefix", description: "", rules: ["C."]),
    ]
    #expect(Self.unmatchedPatterns(table, ids: ["A.b", "C.d"]) == [])
    #expect(Self.unmatchedPatterns(table, ids: ["A.bc", "Cd"]) == ["Exact: A.b", "Prefix: C."])
  }
}
