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
public import RetryCore

/// The wire form of explain traces: `{"rule", "at", "says"}` per step.
public enum ExplainEncoding {
  /// A list of steps.
  public static func steps(_ steps: [TraceStep]) -> JSON {
    .array(
      steps.map { step in
        Encode.object(["at": .string(step.at.description), "rule": .string(step.rule), "says": .string(step.says)])
      })
  }

  /// The wire type of a step list.
  public static let stepsType = WireType.array(
    .object([
      WireField("rule", .string, "A stable identifier of the rule."),
      WireField("at", .string, "The SDK file and line the rule comes from."),
      WireField("says", .string, "What the rule found for this input."),
    ]))
}

/// The traces of a method that answers several questions: one trace per answer, named, kept in the order the
/// answers were computed, and encoded as the `explain` member `{name: steps}`.
final class NamedTraces {
  private let context: MethodContext
  private let explain: Bool
  private var traces: [(name: String, trace: Trace)] = []

  /// Traces for `context`, recorded only when `explain` was asked for.
  init(explain: Bool, context: MethodContext) {
    self.explain = explain
    self.context = context
  }

  /// A new trace for the answer `name`, or nil when explain is off.
  func trace(_ name: String) -> Trace? {
    guard let trace = context.trace(if: explain) else { return nil }
    traces.append((name, trace))
    return trace
  }

  /// The `explain` member, or nil when explain is off.
  var json: JSON? {
    guard explain else { return nil }
    var object = JSONObject()
    for (name, trace) in traces { object.append(name, ExplainEncoding.steps(trace.steps)) }
    return .object(object)
  }
}
