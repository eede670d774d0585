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

/// `conform compare` for a person: the scenario, a side-by-side table (does each SDK retry, the exact delay range
/// before each attempt, the cumulative wait, how many attempts, how it ends), then each SDK's error and why it
/// stops.
public enum CompareText {
  /// The text of `comparison`.
  public static func render(_ comparison: Comparison) -> String {
    let answers = comparison.answers
    let rounds = answers.map(\.retries.count).max() ?? 0
    var rows: [[String]] = [[""] + answers.map(\.profile)]
    rows.append(["retries?"] + answers.map { $0.retried ? "yes, \($0.retries.count)" : "no" })
    for round in 0..<rounds {
      rows.append(
        ["delay before attempt \(round + 2)"]
          + answers.map { round < $0.retries.count ? range($0.retries[round].min, $0.retries[round].max) : "-" })
    }
    if rounds > 0 {
      rows.append(
        ["total wait"]
          + answers.map { answer in answer.retries.last.map { range($0.cumulativeMin, $0.cumulativeMax) } ?? "0 ms" })
    }
    rows.append(["attempts made"] + answers.map { String($0.attempts) })
    rows.append(["ends with"] + answers.map(\.outcome.rawValue))
    let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
    var text = "Scenario: \(comparison.scenario.summary)\n\n"
    for row in rows {
      let cells = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }
      text += cells.joined(separator: "   ") + "\n"
    }
    text +=
      "\nDelays are exact over every random draw (ms; Go's in whole nanoseconds, JavaScript's as JS prints them).\n"
    for answer in answers {
      text += "\n\(answer.profile) (\(answer.method)):\n"
      text +=
        "  error: "
        + answer.errorShape.split(separator: "\n", omittingEmptySubsequences: false).joined(
          separator: "\n         ") + "\n"
      text += "  stops: \(answer.stopReason)\n"
    }
    return text
  }

  static func range(_ min: CompareDelay, _ max: CompareDelay) -> String {
    min == max ? "\(min.millisecondsText) ms" : "\(min.millisecondsText) - \(max.millisecondsText) ms"
  }
}
