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
public import ConformProtocol

/// An answer written for a person: the decision in words, the delay in readable units, the draws, and the
/// explain trace as numbered sentences citing the SDK's file:line.
public enum AskText {
  /// The whole answer.
  public static func render(_ answer: AskAnswer) -> String {
    let result = answer.result.objectValue ?? JSONObject()
    var lines: [String] = []
    switch answer.method {
    case "go.v1.classify": lines = goClassify(result)
    case "go.v1.evaluate": lines = goEvaluate(result)
    case "go.v1.simulate": lines = goSimulate(result)
    case "js.v2.calculateRetryDelay": lines = jsCalculateRetryDelay(result)
    case "js.v2.classify": lines = jsClassify(result)
    case "js.v2.simulate", "js.v2.handleRequestWithRetries": lines = jsCall(result)
    default: lines = result.members.filter { $0.key != "explain" }.map { "\($0.key): \(compact($0.value))" }
    }
    if let explain = answer.explain {
      lines += [""] + why(explain)
      if answer.isRange { lines.append("(The trace follows the draws of the smallest delay.)") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The answers to a Go error text: one paragraph per distinct outcome, naming the assumption behind it.
  public static func render(_ answer: GoErrorTextAnswer) -> String {
    let count = answer.groups.reduce(0) { $0 + $1.readings.count }
    var lines = [
      "\(count) Go error tree(s) print exactly this text; they give \(answer.groups.count) different answer(s)."
    ]
    lines += answer.notes.map { "Note: \($0)" }
    for (index, group) in answer.groups.enumerated() {
      lines.append("")
      lines.append("\(index + 1). If the error is \(group.readings[0].assumption)")
      let result = group.answer.result.objectValue ?? JSONObject()
      lines += goEvaluate(result, brief: true).dropFirst().map { "   " + $0 }
      let others = group.readings.dropFirst().map(\.assumption)
      if !others.isEmpty {
        let more = others.count > 1 ? " (and \(others.count - 1) more readings, see --json)" : ""
        lines.append("   The same answer if it is \(others[0])\(more).")
      }
    }
    if let first = answer.groups.first {
      lines.append("")
      lines.append("The rules and the draws behind answer 1: conform ask go.v1.evaluate '\(compact(first.params[0]))'")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A server error, for a person.
  public static func error(_ error: ResponseError) -> String {
    var text = "Error: \(error.message)"
    if case .string(let path)? = error.data["path"], !error.message.contains(path) { text += " (at \(path))" }
    return text + "\n"
  }

  // MARK: go-v1

  static func goClassify(_ result: JSONObject) -> [String] {
    errorText(result["errorText"]) + [
      "Retryable: \(yesNo(result["isErrorRetryable"])) (request.IsErrorRetryable).",
      "Throttle: \(yesNo(result["isErrorThrottle"])) (request.IsErrorThrottle).",
      "Expired credentials: \(yesNo(result["isErrorExpiredCreds"])) (request.IsErrorExpiredCreds).",
      "Temporary(): \(method(result["temporary"])); Timeout(): \(method(result["timeout"])).",
    ]
  }

  static func goEvaluate(_ result: JSONObject, brief: Bool = false) -> [String] {
    var lines = errorText(result["errorText"])
    let maxRetries = compact(result["maxRetries"] ?? .null)
    switch result["shouldRetry"] {
    case .bool(true)?:
      lines.append(
        "Decision: retried. retryer.ShouldRetry(r) is true; the SDK retries while r.RetryCount < MaxRetries() = "
          + "\(maxRetries).")
    case .bool(false)?:
      lines.append("Decision: not retried. retryer.ShouldRetry(r) is false (MaxRetries() = \(maxRetries)).")
    case let other?:
      lines.append("Decision: retryer.ShouldRetry(r) \(panicText(other)).")
    case nil:
      break
    }
    if let range = result["delayRange"]?.objectValue, brief {
      let low = range["min"] ?? .null
      let high = range["max"] ?? .null
      lines.append(
        low == high
          ? "Delay (if retried): \(goDuration(low)) whatever the draws."
          : "Delay (if retried): \(goDuration(low)) to \(goDuration(high)), exactly, over every draw.")
    } else if let range = result["delayRange"]?.objectValue {
      lines += goRange(range, prefix: "Delay (RetryRules, if retried)")
    } else if let rules = result["retryRules"]?.objectValue {
      if let delay = rules["delayNs"], let draws = rules["draws"] {
        lines.append("Delay (RetryRules, if retried): \(goDuration(delay)), using \(count(draws, "draw")).")
      } else {
        lines.append("Delay (RetryRules): \(panicText(.object(rules))).")
      }
    }
    if !brief {
      lines.append(
        "Request methods: IsErrorRetryable \(yesNo(result["isErrorRetryable"])), IsErrorThrottle "
          + "\(yesNo(result["isErrorThrottle"])), IsErrorExpired \(yesNo(result["isErrorExpired"])).")
    }
    return lines
  }

  static func goSimulate(_ result: JSONObject) -> [String] {
    let attempts = result["attempts"]?.arrayValue ?? []
    var lines: [String] = []
    switch result["final"] {
    case .null?, nil:
      lines.append(
        "Outcome: Send succeeded on attempt \(attempts.count) (MaxRetries \(compact(result["maxRetries"] ?? .null))).")
    case .object(let final)? where final["errorText"] != nil:
      lines.append(
        "Outcome: Send failed after \(count(Encode.int(attempts.count), "attempt")) "
          + "(MaxRetries \(compact(result["maxRetries"] ?? .null))) and returned \(text(final["errorText"])).")
    case let other?:
      lines.append("Outcome: \(panicText(other)).")
    }
    for (index, attempt) in attempts.enumerated() {
      let record = attempt.objectValue ?? JSONObject()
      var line = "Attempt \(index + 1): "
      if record["errorText"] == .null {
        line += "succeeded."
      } else {
        line += "failed with \(text(record["errorText"])); "
        if record["willRetry"] == .bool(true) {
          if let delay = record["delayNs"] {
            line += "retried after \(goDuration(delay))."
          } else if let range = record["delayRange"]?.objectValue {
            lines.append(line + "retried after a delay of:")
            lines += goRange(range, prefix: "  Delay").map { "  " + $0 }
            continue
          } else {
            line += "retried (RetryRules panicked)."
          }
        } else {
          line += "not retried (Retryable \(compact(record["retryable"] ?? .null)))."
        }
      }
      lines.append(line)
    }
    return lines
  }

  static func goRange(_ range: JSONObject, prefix: String) -> [String] {
    let low = range["min"] ?? .null
    let high = range["max"] ?? .null
    var lines: [String]
    if low == high {
      lines = ["\(prefix): \(goDuration(low)) whatever the draws."]
    } else {
      lines = ["\(prefix): from \(goDuration(low)) to \(goDuration(high)), depending on the draws:"]
    }
    lines += bounds(range) { goDuration($0) }
    return lines
  }

  static func errorText(_ value: JSON?) -> [String] {
    guard let value, value != .null else { return ["Error: nil."] }
    return ["Error() text: \(text(value))."]
  }

  // MARK: js-v2

  static func jsCalculateRetryDelay(_ result: JSONObject) -> [String] {
    var lines: [String] = []
    if let range = result["delayRange"]?.objectValue {
      let low = range["min"] ?? .null
      let high = range["max"] ?? .null
      lines.append(
        low == high
          ? "Delay: \(jsDelay(low)) whatever the draw."
          : "Delay: from \(jsDelay(low)) to \(jsDelay(high)), depending on Math.random():")
      lines += bounds(range) { jsDelay($0) }
    } else {
      lines.append(
        "Delay: \(jsDelay(result["delay"] ?? .null)), using \(count(result["draws"] ?? .null, "Math.random() value")).")
    }
    if let calls = result["backoffCalls"]?.arrayValue, !calls.isEmpty {
      lines.append("customBackoff was called \(calls.count) time(s): \(compact(.array(calls))).")
    }
    return lines
  }

  static func jsClassify(_ result: JSONObject) -> [String] {
    [
      "retryableError", "networkingError", "timeoutError", "expiredCredentialsError", "clockSkewError",
      "throttledError",
    ]
    .map { name in "service.\(name)(error): \(yesNo(result[name]))." }
  }

  static func jsCall(_ result: JSONObject) -> [String] {
    var lines: [String] = []
    let attempts = compact(result["attempts"] ?? .null)
    if let final = result["final"]?.objectValue {
      lines.append(
        "Outcome: the call failed after \(attempts) attempt(s) (retryCount \(compact(result["retryCount"] ?? .null)), "
          + "maxRetries \(compact(result["maxRetries"] ?? .null))): code \(compact(final["code"] ?? .null)), status "
          + "\(compact(final["statusCode"] ?? .null)), retryable \(compact(final["retryable"] ?? .null)).")
    } else {
      lines.append("Outcome: the call succeeded after \(attempts) attempt(s).")
    }
    if let ranges = result["delayRanges"]?.arrayValue {
      for (index, range) in ranges.enumerated() {
        let range = range.objectValue ?? JSONObject()
        lines += jsRange(range, prefix: "Delay \(index + 1) (before attempt \(index + 2))")
        if let stops = range["stops"]?.objectValue {
          lines.append("  The call forks here: for other draws it ends instead, with a delay of:")
          lines += jsRange(stops, prefix: "  Delay").map { "  " + $0 }
        }
      }
      if let stop = result["stopRange"]?.objectValue {
        lines += jsRange(stop, prefix: "The delay computed by the last attempt (not retried)")
      }
      return lines
    }
    let delays = result["delays"]?.arrayValue ?? []
    if !delays.isEmpty { lines.append("Delays: \(delays.map(jsDelay).joined(separator: ", ")).") }
    lines.append("Math.random() values used: \(compact(result["draws"] ?? .null)).")
    return lines
  }

  static func jsRange(_ range: JSONObject, prefix: String) -> [String] {
    let low = range["min"] ?? .null
    let high = range["max"] ?? .null
    let lines =
      low == high
      ? ["\(prefix): \(jsDelay(low)) whatever the draw."]
      : ["\(prefix): from \(jsDelay(low)) to \(jsDelay(high)), depending on Math.random():"]
    return lines + bounds(range) { jsDelay($0) }
  }

  // MARK: shared

  static func bounds(_ range: JSONObject, _ show: (JSON) -> String) -> [String] {
    var lines = [
      "  smallest \(show(range["min"] ?? .null)): \(text(range["minBecause"], quoted: false)); random: "
        + "\(compact(range["minRandom"] ?? .null)).",
      "  largest \(show(range["max"] ?? .null)): \(text(range["maxBecause"], quoted: false)); random: "
        + "\(compact(range["maxRandom"] ?? .null)).",
    ]
    let draws = range["draws"]?.objectValue ?? JSONObject()
    let fewest = compact(draws["fewest"] ?? .null)
    switch draws["most"] {
    case .null?, nil: lines.append("  Draws: at least \(fewest); rejection sampling can take more.")
    case let most?:
      let mostText = compact(most)
      lines.append("  Draws: \(fewest == mostText ? fewest : "\(fewest) to \(mostText)").")
    }
    for note in range["notes"]?.arrayValue ?? [] { lines.append("  \(text(note, quoted: false))") }
    return lines
  }

  /// The explain member: one numbered list per answer (or one list), each step a sentence with its SDK line.
  static func why(_ explain: JSON) -> [String] {
    func steps(_ json: JSON, indent: String) -> [String] {
      (json.arrayValue ?? []).enumerated().map { (index, step) in
        let object = step.objectValue ?? JSONObject()
        let says = object["says"]?.stringValue ?? ""
        return "\(indent)\(index + 1). \(says) (\(object["at"]?.stringValue ?? "?"))."
      }
    }
    switch explain {
    case .object(let traces):
      var lines = ["Why:"]
      for trace in traces.members {
        lines.append("  \(trace.key):")
        lines += steps(trace.value, indent: "    ")
      }
      return lines
    default:
      return ["Why:"] + steps(explain, indent: "  ")
    }
  }

  static func yesNo(_ value: JSON?) -> String {
    switch value {
    case .bool(true)?: "yes"
    case .bool(false)?: "no"
    case let other?: panicText(other)
    case nil: "?"
    }
  }

  static func method(_ value: JSON?) -> String {
    switch value {
    case .bool(let flag)?: String(flag)
    default: "no such method"
    }
  }

  static func panicText(_ value: JSON) -> String {
    guard let object = value.objectValue, let key = object.members.first?.key else { return compact(value) }
    let message = object[key]?.stringValue ?? ""
    switch key {
    case "panic": return "panics: \(message)"
    case "fatal": return "is a Go fatal error: \(message)"
    case "throw": return "throws \(message)"
    default: return compact(value)
    }
  }

  static func text(_ value: JSON?, quoted: Bool = true) -> String {
    switch value {
    case .string(let text)?: quoted ? "\"\(text.replacingNewlines)\"" : text
    case let other?: panicText(other)
    case nil: "?"
    }
  }

  static func count(_ value: JSON, _ noun: String) -> String {
    let text = compact(value)
    return "\(text) \(noun)\(text == "1" ? "" : "s")"
  }

  /// `value` as compact JSON text.
  public static func compact(_ value: JSON) -> String {
    var writer = JSONWriter(reservingCapacity: 64)
    writer.write(value)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// A Go duration (decimal nanoseconds) in readable units, with the exact nanoseconds.
  static func goDuration(_ value: JSON) -> String {
    guard case .string(let text) = value, let ns = Int64(text) else { return panicText(value) }
    return "\(ReadableDuration.nanoseconds(ns)) (\(ns) ns)"
  }

  /// A JS delay in milliseconds.
  static func jsDelay(_ value: JSON) -> String {
    switch value {
    case .number(let number):
      let ms = compact(value)
      return number.double >= 1000 || number.double <= -1000
        ? "\(ms) ms (\(ReadableDuration.milliseconds(number.double)))" : "\(ms) ms"
    default: return compact(value)
    }
  }
}

extension String {
  /// The text with line breaks and tabs shown as `\n` and `\t`, to keep an error text on one line.
  fileprivate var replacingNewlines: String {
    var result = ""
    for character in self {
      switch character {
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result
  }
}
