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

/// JUnit XML for CI systems (`--format junit`): one `<testsuite>` per file, one `<testcase>` per case, whose
/// `classname` is the vector file's path and whose failure message names the first differing field.
public enum JUnitReport {
  /// The report as an XML document. The run's own problems (no case ran, every case skipped, stale
  /// expected-failure ids, target violations) are a suite `(run)` with one errored test case each; the skipped
  /// count by method is in that suite's properties.
  public static func render(_ report: RunReport, seconds: Double) -> String {
    let totals = report.totals
    let problems = report.problems
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml +=
      "<testsuites name=\"conform\" tests=\"\(totals.total + problems.count)\" failures=\"\(totals.failed + totals.unexpectedPasses)\""
      + " errors=\"\(totals.errors + report.badFiles + problems.count)\" skipped=\"\(totals.skipped + totals.expectedFailures)\""
      + " time=\"\(TextReport.formatSeconds(seconds))\">\n"
    if !problems.isEmpty || !report.skippedByMethod.isEmpty {
      xml += runSuite(problems: problems, skippedByMethod: report.skippedByMethod)
    }
    for file in report.files {
      let counts = file.counts
      xml +=
        "  <testsuite name=\"\(escape(file.path))\" tests=\"\(counts.total)\" failures=\"\(counts.failed + counts.unexpectedPasses)\""
        + " errors=\"\(counts.errors + (file.fileError == nil ? 0 : 1))\" skipped=\"\(counts.skipped + counts.expectedFailures)\">\n"
      if let error = file.fileError {
        xml += "    <testcase classname=\"\(escape(file.path))\" name=\"(file)\">\n"
        xml += "      <error message=\"\(escape(error.message))\">\(escape(error.description))</error>\n"
        xml += "    </testcase>\n"
      }
      let classname = escape(file.path)
      file.forEachCase { id, result in
        xml += "    <testcase classname=\"\(classname)\" name=\"\(escape(id))\">\n"
        if let result {
          switch (result.verdict, result.outcome) {
          case (.passed, _):
            break
          case (.skipped, .skip(let reason)):
            xml += "      <skipped message=\"\(escape(reason))\"/>\n"
          case (.expectedFailure, _):
            xml += "      <skipped message=\"expected failure\"/>\n"
          case (.unexpectedPass, _):
            xml += "      <failure message=\"unexpected pass: listed as an expected failure\"/>\n"
          case (.error, .error(let reason)):
            xml += "      <error message=\"\(escape(reason))\"/>\n"
          default:
            let block = TextReport.caseBlock(result, file: file.path)
            let message: String
            if case .fail(let reason, let differences) = result.outcome {
              message = differences.first.map(describe) ?? reason
            } else {
              message = "failed"
            }
            xml += "      <failure message=\"\(escape(message))\">\(escape(block))</failure>\n"
          }
        }
        xml += "    </testcase>\n"
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  /// `result.retryRules.delayNs: expected "30012345", actual "53775807"`: the first difference of a failure.
  static func describe(_ difference: CaseOutcome.Difference) -> String {
    "\(difference.path): expected \(difference.expected ?? "(absent)"), actual \(difference.actual ?? "(absent)")"
  }

  /// The `(run)` suite: the skipped count by method as properties, one errored test case per problem.
  static func runSuite(problems: [String], skippedByMethod: [String: Int]) -> String {
    var xml =
      "  <testsuite name=\"(run)\" tests=\"\(problems.count)\" failures=\"0\" errors=\"\(problems.count)\" skipped=\"0\">\n"
    if !skippedByMethod.isEmpty {
      xml += "    <properties>\n"
      for (method, count) in skippedByMethod.sorted(by: { $0.key < $1.key }) {
        xml += "      <property name=\"skipped:\(escape(method))\" value=\"\(count)\"/>\n"
      }
      xml += "    </properties>\n"
    }
    for (index, problem) in problems.enumerated() {
      xml += "    <testcase classname=\"(run)\" name=\"problem \(index + 1)\">\n"
      xml += "      <error message=\"\(escape(problem))\"/>\n"
      xml += "    </testcase>\n"
    }
    return xml + "  </testsuite>\n"
  }

  /// XML text escaping; characters XML 1.0 cannot carry become `\u{...}` text.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
