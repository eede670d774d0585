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
import Testing

/// `ResultComparison.judge` decides every pass and fail (`spec/vectors.md`, "How answers are compared"). Each row
/// is a case's expectation, a target's answer and the verdict, with the paths of the differences a failure
/// lists.
@Suite struct ResultComparisonTests {
  /// What the judge must say.
  enum Verdict: Equatable, Sendable {
    case pass
    case fail(paths: [String])
    case skip
    case error
  }

  /// One judgement: the expectation (`expect` text or an error), the answer, the verdict.
  struct Row: CustomTestStringConvertible, Sendable {
    let what: String
    let method: String
    let expect: VectorCase.Expectation
    let answer: TargetAnswer
    let verdict: Verdict
    var testDescription: String { what }

    init(_ what: String, _ method: String, expect: String, answer: String, _ verdict: Verdict) {
      self.init(what, method, expect: .result(Row.json(expect)), answer: .result(Row.json(answer)), verdict)
    }

    init(_ what: String, _ method: String, expect: VectorCase.Expectation, answer: TargetAnswer, _ verdict: Verdict) {
      self.what = what
      self.method = method
      self.expect = expect
      self.answer = answer
      self.verdict = verdict
    }

    static func json(_ text: String) -> JSON {
      do { return try JSONParser.parse(text) } catch { fatalError("bad test JSON \(text): \(error)") }
    }
  }

  static let evaluate = "go.v1.evaluate"
  static let delay = "js.v2.calculateRetryDelay"
  static let simulate = "js.v2.simulate"
  static let classify = "js.v2.classify"

  static let rows: [Row] = [
    // int64 and int spellings.
    Row(
      "int64 as string and integer", evaluate, expect: #"{"retryRules":{"delayNs":"5"}}"#,
      answer: #"{"retryRules":{"delayNs":5,"draws":1}}"#, .pass),
    Row(
      "int64 different value", evaluate, expect: #"{"retryRules":{"delayNs":"5"}}"#,
      answer: #"{"retryRules":{"delayNs":"6","draws":1}}"#, .fail(paths: ["result.retryRules.delayNs"])),
    Row(
      "int64 beyond 2^53 compared exactly", evaluate, expect: #"{"retryRules":{"delayNs":"9007199254740993"}}"#,
      answer: #"{"retryRules":{"delayNs":9007199254740992}}"#, .fail(paths: ["result.retryRules.delayNs"])),
    Row("int as integer and string", evaluate, expect: #"{"maxRetries":3}"#, answer: #"{"maxRetries":"3"}"#, .pass),
    Row(
      "int versus int64 member types", evaluate, expect: #"{"retryRules":{"delayNs":"7","draws":"2"}}"#,
      answer: #"{"retryRules":{"delayNs":7,"draws":2}}"#, .pass),
    Row(
      "int 5.0 is not an int", evaluate, expect: #"{"maxRetries":5}"#, answer: #"{"maxRetries":5.0}"#,
      .fail(paths: ["result"])),
    // JS numbers by bit pattern.
    Row(
      "-0 versus 0", delay, expect: #"{"delay":{"f64":"0x8000000000000000"}}"#, answer: #"{"delay":0}"#,
      .fail(paths: ["result.delay"])),
    Row(
      "-0 literal versus -0 marker", delay, expect: #"{"delay":{"f64":"0x8000000000000000"}}"#,
      answer: #"{"delay":-0}"#, .pass),
    Row(
      "0 versus -0 literal", delay, expect: #"{"delay":0}"#, answer: #"{"delay":-0.0}"#,
      .fail(paths: ["result.delay"])),
    Row(
      "same NaN payload", delay, expect: #"{"delay":{"f64":"0x7ff8000000000001"}}"#,
      answer: #"{"delay":{"f64":"0x7FF8000000000001"}}"#, .pass),
    Row(
      "other NaN payload", delay, expect: #"{"delay":{"f64":"0x7ff8000000000001"}}"#,
      answer: #"{"delay":{"f64":"0x7ff8000000000000"}}"#, .fail(paths: ["result.delay"])),
    Row(
      "NaN sign", delay, expect: #"{"delay":{"f64":"0xfff8000000000000"}}"#,
      answer: #"{"delay":{"f64":"0x7ff8000000000000"}}"#, .fail(paths: ["result.delay"])),
    Row(
      "\"5\" is a JS string, not 5", delay, expect: #"{"delay":5}"#, answer: #"{"delay":"5"}"#,
      .fail(paths: ["result.delay"])),
    Row(
      "0.1 in both encodings", delay, expect: #"{"delay":{"f64":"0x3fb999999999999a"}}"#,
      answer: #"{"delay":0.1}"#, .pass),
    Row(
      "undefined versus null", simulate, expect: #"{"maxRetries":{"undefined":true}}"#,
      answer: #"{"maxRetries":null}"#, .fail(paths: ["result.maxRetries"])),
    // Members.
    Row(
      "extra members in the answer", delay, expect: #"{"delay":100}"#,
      answer: #"{"delay":100,"draws":1,"backoffCalls":[],"somethingElse":{"x":1}}"#, .pass),
    Row(
      "a missing member", delay, expect: #"{"delay":100,"draws":1}"#, answer: #"{"delay":100}"#,
      .fail(paths: ["result.draws"])),
    Row(
      "a missing nested member", evaluate, expect: #"{"retryRules":{"delayNs":"5","draws":1}}"#,
      answer: #"{"retryRules":{"delayNs":"5"}}"#, .fail(paths: ["result.retryRules.draws"])),
    Row(
      "null versus absent", simulate, expect: #"{"final":null}"#, answer: #"{"attempts":1}"#,
      .fail(paths: ["result.final"])),
    Row(
      "two members differ", delay, expect: #"{"delay":100,"draws":1}"#, answer: #"{"delay":200,"draws":2}"#,
      .fail(paths: ["result.delay", "result.draws"])),
    // Arrays.
    Row(
      "array lengths", simulate, expect: #"{"delays":[100,200]}"#, answer: #"{"delays":[100]}"#,
      .fail(paths: ["result.delays"])),
    Row(
      "array too long", simulate, expect: #"{"delays":[100]}"#, answer: #"{"delays":[100,200]}"#,
      .fail(paths: ["result.delays"])),
    Row(
      "array element in the other encoding", simulate, expect: #"{"delays":[100,200]}"#,
      answer: #"{"delays":[100,{"f64":"0x4069000000000000"}]}"#, .pass),
    Row(
      "array element differs", simulate, expect: #"{"delays":[100,200]}"#, answer: #"{"delays":[100,201]}"#,
      .fail(paths: ["result.delays[1]"])),
    Row("empty arrays", simulate, expect: #"{"backoffCalls":[]}"#, answer: #"{"backoffCalls":[]}"#, .pass),
    // Markers compared whole.
    Row(
      "same panic", evaluate, expect: #"{"shouldRetry":{"panic":"runtime error"}}"#,
      answer: #"{"shouldRetry":{"panic":"runtime error"}}"#, .pass),
    Row(
      "other panic text", evaluate, expect: #"{"shouldRetry":{"panic":"runtime error"}}"#,
      answer: #"{"shouldRetry":{"panic":"runtime error: x"}}"#, .fail(paths: ["result.shouldRetry"])),
    Row(
      "panic versus value", evaluate, expect: #"{"shouldRetry":{"panic":"runtime error"}}"#,
      answer: #"{"shouldRetry":true}"#, .fail(paths: ["result.shouldRetry"])),
    Row(
      "value versus panic", evaluate, expect: #"{"shouldRetry":true}"#,
      answer: #"{"shouldRetry":{"panic":"runtime error"}}"#, .fail(paths: ["result.shouldRetry"])),
    Row(
      "panic versus fatal", evaluate, expect: #"{"shouldRetry":{"panic":"x"}}"#,
      answer: #"{"shouldRetry":{"fatal":"x"}}"#, .fail(paths: ["result.shouldRetry"])),
    Row(
      "a panic for an object result is compared whole", evaluate, expect: #"{"retryRules":{"panic":"p"}}"#,
      answer: #"{"retryRules":{"delayNs":"0","draws":0}}"#, .fail(paths: ["result.retryRules"])),
    Row(
      "an object result versus a panic", evaluate, expect: #"{"retryRules":{"delayNs":"0"}}"#,
      answer: #"{"retryRules":{"panic":"p"}}"#, .fail(paths: ["result.retryRules"])),
    Row(
      "a panic marker with an extra member is malformed", evaluate, expect: #"{"shouldRetry":{"panic":"p"}}"#,
      answer: #"{"shouldRetry":{"panic":"p","x":1}}"#, .fail(paths: ["result"])),
    Row(
      "a panic carrying an extra member for an object result", evaluate, expect: #"{"retryRules":{"panic":"p"}}"#,
      answer: #"{"retryRules":{"panic":"p","delayNs":"0"}}"#, .fail(paths: ["result.retryRules"])),
    Row(
      "an f64 marker compared whole", delay, expect: #"{"delay":{"f64":"0x7ff0000000000000"}}"#,
      answer: #"{"delay":{"f64":"0xfff0000000000000"}}"#, .fail(paths: ["result.delay"])),
    Row(
      "same throw", classify, expect: #"{"retryableError":{"throw":"TypeError: x"}}"#,
      answer: #"{"retryableError":{"throw":"TypeError: x"}}"#, .pass),
    Row(
      "throw versus value", classify, expect: #"{"retryableError":{"throw":"TypeError: x"}}"#,
      answer: #"{"retryableError":false}"#, .fail(paths: ["result.retryableError"])),
    Row(
      "throw where the result type has none is a malformed expectation", delay,
      expect: #"{"delay":{"throw":"TypeError: x"}}"#, answer: #"{"delay":{"throw":"TypeError: x"}}"#, .error),
    // Errors and results.
    Row(
      "expected error, same code and kind", evaluate, expect: .error(code: -32001, kind: "random-exhausted"),
      answer: .error(code: -32001, message: "m", kind: "random-exhausted"), .pass),
    Row(
      "expected error without a kind", evaluate, expect: .error(code: -32602, kind: nil),
      answer: .error(code: -32602, message: "m", kind: "anything"), .pass),
    Row(
      "expected error, other kind", evaluate, expect: .error(code: -32001, kind: "random-exhausted"),
      answer: .error(code: -32001, message: "m", kind: nil), .fail(paths: ["error"])),
    Row(
      "expected error, other code", evaluate, expect: .error(code: -32001, kind: nil),
      answer: .error(code: -32602, message: "m", kind: nil), .fail(paths: ["error"])),
    Row(
      "expected error, got a result", evaluate, expect: .error(code: -32001, kind: nil),
      answer: .result(Row.json(#"{"shouldRetry":true}"#)), .fail(paths: ["error"])),
    Row(
      "expected a result, got an error", evaluate, expect: .result(Row.json(#"{"shouldRetry":true}"#)),
      answer: .error(code: -32602, message: "m", kind: nil), .fail(paths: ["result"])),
    Row(
      "method not found is a skip", evaluate, expect: .result(Row.json(#"{"shouldRetry":true}"#)),
      answer: .error(code: -32601, message: "m", kind: nil), .skip),
    Row(
      "method not found when expected", "no.such.method", expect: .error(code: -32601, kind: nil),
      answer: .error(code: -32601, message: "m", kind: nil), .pass),
    Row(
      "method not found when another error is expected", evaluate, expect: .error(code: -32602, kind: nil),
      answer: .error(code: -32601, message: "m", kind: nil), .skip),
    Row(
      "a result when method not found is expected", "no.such.method", expect: .error(code: -32601, kind: nil),
      answer: .result(.null), .fail(paths: ["error"])),
    Row(
      "a broken target", evaluate, expect: .result(Row.json(#"{"shouldRetry":true}"#)),
      answer: .broken("exited"), .error),
    Row(
      "a malformed expectation", evaluate, expect: #"{"shouldRetry":"yes"}"#, answer: #"{"shouldRetry":true}"#,
      .error),
    Row(
      "a result that is not an object", evaluate, expect: #"{"shouldRetry":true}"#, answer: "[true]",
      .fail(paths: ["result"])),
    Row(
      "an expectation naming a member the result does not have", evaluate, expect: #"{"shouldRetyr":true}"#,
      answer: #"{"shouldRetry":false}"#, .error),
    Row(
      "an expectation naming a nested member the result does not have", evaluate,
      expect: #"{"retryRules":{"delayNS":"5"}}"#, answer: #"{"retryRules":{"delayNs":"6","draws":1}}"#, .error),
    Row(
      "an expectation naming a member inside an array element the result does not have", simulate,
      expect: #"{"backoffCalls":[{"retrycount":1}]}"#, answer: #"{"backoffCalls":[{"retryCount":2}]}"#, .error),
    Row("an unknown method", "no.such.method", expect: #"{}"#, answer: #"{}"#, .error),
  ]

  @Test(arguments: rows)
  func judges(_ row: Row) {
    let vector = VectorCase(
      id: "t", description: row.what, flags: [], method: row.method, params: .object(JSONObject()),
      expectation: row.expect)
    let outcome = ResultComparison.judge(vector, answer: row.answer)
    let verdict: Verdict
    switch outcome {
    case .pass: verdict = .pass
    case .fail(_, let differences): verdict = .fail(paths: differences.map(\.path))
    case .skip: verdict = .skip
    case .error: verdict = .error
    }
    #expect(verdict == row.verdict, "\(outcome)")
  }
}
