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

/// The human-readable report: each failing case with its id, description, params and the differences, then a
/// summary per file and per flag.
public enum TextReport {
  /// Renders `report`; `seconds` is the wall time of the run. With `maxFailures`, only the first that many
  /// failure blocks (failures, errors, unexpected passes) are printed and a line says how many were left out;
  /// the summaries still count every case.
  public static func render(_ report: RunReport, seconds: Double, maxFailures: Int? = nil) -> String {
    var text = ""
    var printedFailures = 0
    var omittedFailures = 0
    for file in report.files {
      if let error = file.fileError {
        text += "ERROR \(error)\n\n"
      }
      for result in file.results where result.verdict != .passed {
        switch result.verdict {
        case .expectedFailure, .skipped:
          // Known and intended: one line each, so that real failures stand out.
          text += "\(label(result.verdict)) \(result.vector.id)  (\(file.path))\n"
        default:
          if let maxFailures, printedFailures >= maxFailures {
            omittedFailures += 1
          } else {
            printedFailures += 1
            text += caseBlock(result, file: file.path)
          }
        }
      }
      if file.results.contains(where: { $0.verdict == .expectedFailure || $0.verdict == .skipped }) { text += "\n" }
    }
    if omittedFailures > 0 {
      text += "\(omittedFailures) more failure detail(s) left out (--max-failures \(maxFailures ?? 0))\n\n"
    }
    text += "Summary by file\n"
    let width = report.files.map(\.path.count).max() ?? 0
    for file in report.files {
      let padding = String(repeating: " ", count: max(0, width - file.path.count))
      if file.fileError != nil, file.counts.total == 0 {
        text += "  \(file.path)\(padding)  bad file\n"
      } else if file.counts.total == 0 {
        text += "  \(file.path)\(padding)  not run\n"
      } else {
        text +=
          "  \(file.path)\(padding)  \(describe(file.counts))\(file.fileError != nil ? " (file stopped early)" : "")\n"
      }
    }
    if !report.flags.isEmpty {
      text += "Summary by flag\n"
      let flagWidth = report.flags.keys.map(\.count).max() ?? 0
      for (flag, counts) in report.flags.sorted(by: { $0.key < $1.key }) {
        text += "  \(flag)\(String(repeating: " ", count: flagWidth - flag.count))  \(describe(counts))\n"
      }
    }
    if !report.skippedByMethod.isEmpty {
      text += "Skipped by method\n"
      let methodWidth = report.skippedByMethod.keys.map(\.count).max() ?? 0
      for (method, count) in report.skippedByMethod.sorted(by: { $0.key < $1.key }) {
        text += "  \(method)\(String(repeating: " ", count: methodWidth - method.count))  \(count) skipped\n"
      }
    }
    for problem in report.problems {
      text += "ERROR \(problem)\n"
    }
    let totals = report.totals
    let badFiles = report.badFiles
    text +=
      "\(report.failed ? "FAILED" : "PASSED"): \(totals.total) case(s) in \(report.files.count) file(s): "
      + describe(totals, always: true)
    if badFiles > 0 { text += ", \(badFiles) bad file(s)" }
    text += " in \(formatSeconds(seconds)) s\n"
    return text
  }

  /// The block printed for one non-passing case: id, description, flags, method, params and differences.
  public static func caseBlock(_ result: CaseResult, file: String) -> String {
    let vector = result.vector
    var text = "\(label(result.verdict)) \(vector.id)  (\(file))\n"
    text += "  \(vector.description)\n"
    if !vector.flags.isEmpty { text += "  flags:  \(vector.flags.joined(separator: ", "))\n" }
    text += "  method: \(vector.method)\n"
    text += "  params: \(JSONWriter.encodeString(vector.params))\n"
    switch result.outcome {
    case .pass:
      text += "  passed, but it is listed as an expected failure: remove it from the list\n"
    case .fail(let reason, let differences):
      text += "  \(reason):\n"
      for difference in differences {
        text += "    \(difference.path)\n"
        text += "      expected: \(difference.expected ?? "(absent)")\n"
        text += "      actual:   \(difference.actual ?? "(absent)")\n"
      }
    case .skip(let reason), .error(let reason):
      text += "  \(reason)\n"
    }
    return text + "\n"
  }

  static func label(_ verdict: Verdict) -> String {
    switch verdict {
    case .passed: "PASS"
    case .failed: "FAIL"
    case .skipped: "SKIP"
    case .error: "ERROR"
    case .expectedFailure: "XFAIL"
    case .unexpectedPass: "XPASS"
    }
  }

  /// `12 passed, 1 failed` (zero counts left out unless `always`).
  static func describe(_ counts: OutcomeCounts, always: Bool = false) -> String {
    var parts: [String] = []
    func plural(_ count: Int, _ one: String, _ many: String) -> String { count == 1 ? one : many }
    let items: [(Int, String)] = [
      (counts.passed, "passed"), (counts.failed, "failed"), (counts.skipped, "skipped"),
      (counts.errors, plural(counts.errors, "error", "errors")),
      (counts.expectedFailures, plural(counts.expectedFailures, "expected failure", "expected failures")),
      (counts.unexpectedPasses, plural(counts.unexpectedPasses, "unexpected pass", "unexpected passes")),
    ]
    for (index, (count, name)) in items.enumerated() where count > 0 || (always && index < 4) {
      parts.append("\(count) \(name)")
    }
    return parts.isEmpty ? "0 cases" : parts.joined(separator: ", ")
  }

  /// Seconds with two decimals, without a unit.
  static func formatSeconds(_ seconds: Double) -> String {
    let hundredths = Int((seconds * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
