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

public import ConformJSON
import ConformProtocol

/// The machine-readable report (`--format json`).
public enum JSONReport {
  /// The report as a JSON document: `passed`, `totals`, `files`, `flags`, `skippedByMethod` (method to
  /// count), `problems` (why the run fails beyond its cases: no case ran, every case skipped, stale
  /// expected-failure ids, target violations) and `staleExpectedFailures`.
  public static func render(_ report: RunReport, seconds: Double) -> JSON {
    Encode.object([
      "passed": .bool(!report.failed),
      "seconds": .number(JSONNumber((seconds * 1000).rounded() / 1000)),
      "totals": counts(report.totals),
      "files": .array(
        report.files.map { file in
          var object = JSONObject()
          object.append("path", .string(file.path))
          object.append("profile", Encode.string(file.profile))
          object.append("error", file.fileError.map { .string($0.description) } ?? .null)
          object.append("counts", counts(file.counts))
          object.append("results", .array(file.results.map(result)))
          return .object(object)
        }),
      "flags": .object(
        JSONObject(report.flags.sorted { $0.key < $1.key }.map { .init(key: $0.key, value: counts($0.value)) })),
      "skippedByMethod": .object(
        JSONObject(
          report.skippedByMethod.sorted { $0.key < $1.key }.map { .init(key: $0.key, value: Encode.int($0.value)) })),
      "problems": .array(report.problems.map(JSON.string)),
      "staleExpectedFailures": .array(report.staleExpectedFailures.map(JSON.string)),
    ])
  }

  static func counts(_ counts: OutcomeCounts) -> JSON {
    Encode.object([
      "passed": Encode.int(counts.passed), "failed": Encode.int(counts.failed), "skipped": Encode.int(counts.skipped),
      "errors": Encode.int(counts.errors), "expectedFailures": Encode.int(counts.expectedFailures),
      "unexpectedPasses": Encode.int(counts.unexpectedPasses),
    ])
  }

  static func result(_ result: CaseResult) -> JSON {
    var object = JSONObject()
    object.append("id", .string(result.vector.id))
    object.append("description", .string(result.vector.description))
    object.append("flags", .array(result.vector.flags.map(JSON.string)))
    object.append("method", .string(result.vector.method))
    object.append("params", result.vector.params)
    object.append("verdict", .string(result.verdict.rawValue))
    switch result.outcome {
    case .pass:
      break
    case .fail(let reason, let differences):
      object.append("reason", .string(reason))
      object.append(
        "differences",
        .array(
          differences.map {
            Encode.object([
              "path": .string($0.path), "expected": Encode.string($0.expected), "actual": Encode.string($0.actual),
            ])
          }))
    case .skip(let reason), .error(let reason):
      object.append("reason", .string(reason))
    }
    return .object(object)
  }
}
