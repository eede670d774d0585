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
