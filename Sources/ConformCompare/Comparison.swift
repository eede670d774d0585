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

import ConformAsk
public import ConformJSON
import ConformProtocol

/// A scenario answered by every profile, side by side.
public struct Comparison: Sendable {
  /// The scenario.
  public var scenario: CompareScenario
  /// One answer per profile, in the order of `CompareProfiles.all`.
  public var answers: [ProfileAnswer]
  /// The params each profile's method was asked (without `random`), in the same order.
  public var params: [JSON]

  /// Asks every profile: its params go to `conform ask` without `random`, so every delay is the exact range over
  /// every draw, as `conform ask` computes it (`spec/ask.md`).
  public static func run(_ scenario: CompareScenario, profiles: [any CompareProfile] = CompareProfiles.all)
    throws(CompareError) -> Comparison
  {
    var answers: [ProfileAnswer] = []
    var asked: [JSON] = []
    for profile in profiles {
      let params = profile.params(scenario)
      asked.append(params)
      switch Asker.ask(method: profile.method, params: params) {
      case .failure(let error):
        throw .refused(profile: profile.name, message: error.message)
      case .success(let answer):
        answers.append(try profile.answer(answer.result, scenario))
      }
    }
    return Comparison(scenario: scenario, answers: answers, params: asked)
  }

  /// `conform compare --json`: the answers keyed by profile name.
  public var json: JSON {
    var object = JSONObject()
    for (answer, params) in zip(answers, params) {
      let retries = answer.retries.map { retry in
        Encode.object([
          "beforeAttempt": Encode.int(retry.beforeAttempt), "min": retry.min.native, "max": retry.max.native,
          "minMs": .string(retry.min.millisecondsText), "maxMs": .string(retry.max.millisecondsText),
          "cumulativeMinMs": .string(retry.cumulativeMin.millisecondsText),
          "cumulativeMaxMs": .string(retry.cumulativeMax.millisecondsText),
        ])
      }
      object.append(
        answer.profile,
        Encode.object([
          "method": .string(answer.method), "params": params, "error": .string(answer.errorShape),
          "retried": .bool(answer.retried),
          "retries": .array(retries), "attempts": Encode.int(answer.attempts),
          "outcome": .string(answer.outcome.rawValue), "nativeOutcome": .string(answer.nativeOutcome),
          "stopReason": .string(answer.stopReason),
        ]))
    }
    return .object(object)
  }
}
