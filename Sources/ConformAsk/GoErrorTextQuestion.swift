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
import GoErrorModel
import GoV1Retry

/// "Does go-v1 retry this error, and how long does it wait?", asked with the error's `Error()` text as a log
/// shows it: every error tree that prints that text is answered with `go.v1.evaluate`, and the trees are
/// grouped by answer, so each distinct outcome names the assumption that leads to it.
public struct GoErrorTextQuestion: Sendable {
  /// The `Error()` text.
  public var text: String
  /// `r.HTTPResponse.StatusCode`; nil: no response.
  public var statusCode: Int?
  /// `r.RetryCount`.
  public var retryCount: Int
  /// A retryer kind (`default`, `no-op`, ...); nil: the client's retryer for `service` and `maxRetries`.
  public var retryerKind: String?
  /// `Config.MaxRetries` (or the given retryer's `NumMaxRetries`).
  public var maxRetries: Int?
  /// The service client (`generic`, `dynamodb`, `ec2`, `kinesis`, `sts`).
  public var service: String?

  /// Creates a question.
  public init(
    text: String, statusCode: Int? = nil, retryCount: Int = 0, retryerKind: String? = nil, maxRetries: Int? = nil,
    service: String? = nil
  ) {
    self.text = text
    self.statusCode = statusCode
    self.retryCount = retryCount
    self.retryerKind = retryerKind
    self.maxRetries = maxRetries
    self.service = service
  }
}

/// The answers to a `GoErrorTextQuestion`: one group per distinct outcome.
public struct GoErrorTextAnswer: Sendable {
  /// Error trees with the same answer.
  public struct Group: Sendable {
    /// The readings that give this answer, the most structured first.
    public var readings: [GoErrorReading]
    /// The params of the `go.v1.evaluate` call for each reading.
    public var params: [JSON]
    /// The answer.
    public var answer: AskAnswer
  }

  /// The groups, in the order of their first (likeliest) reading.
  public var groups: [Group]
  /// How the text was read before parsing (a log's lost line breaks), and parts that did not parse.
  public var notes: [String]

  /// `{"candidates": [{"assumption", "alsoIf", "error", "errorText", "result"}], "notes"?}`.
  public var json: JSON {
    var object = JSONObject()
    object.append(
      "candidates",
      .array(
        groups.map { group in
          let first = group.readings[0]
          return Encode.object([
            "assumption": .string(first.assumption),
            "alsoIf": .array(group.readings.dropFirst().map { .string($0.assumption) }),
            "error": GoWireEncoding.error(first.error) ?? .null,
            "errorText": .string((try? first.error.errorText()) ?? ""),
            "result": group.answer.result,
          ])
        }))
    if !notes.isEmpty { object.append("notes", .array(notes.map(JSON.string))) }
    return .object(object)
  }
}

/// Answers `GoErrorTextQuestion`s.
public enum GoErrorTextAsker {
  /// Why a question cannot be answered.
  public enum Failure: Error, Sendable {
    /// The text is empty, or an option is out of range: a sentence saying which.
    case unreadable(String)
    /// The server refused the `go.v1.evaluate` call.
    case server(ResponseError)
  }

  /// The answers, grouped by outcome.
  public static func ask(_ question: GoErrorTextQuestion) -> Result<GoErrorTextAnswer, Failure> {
    guard !question.text.isEmpty else { return .failure(.unreadable("the error text is empty")) }
    let (text, notes) = restoredLineBreaks(question.text)
    let (readings, unread) = GoErrorTextParser.readings(of: text)
    var config = GoClientConfig(maxRetries: question.maxRetries)
    if let service = question.service {
      guard let known = GoClientConfig.Service(rawValue: service) else {
        let names = GoClientConfig.Service.allCases.map(\.rawValue)
        return .failure(.unreadable("unknown service \"\(service)\"; expected one of \(names.joined(separator: ", "))"))
      }
      config.service = known
    }
    if let kind = question.retryerKind {
      guard let known = GoRetryer.Kind(rawValue: kind) else {
        let names = GoRetryer.Kind.allCases.map(\.rawValue)
        return .failure(.unreadable("unknown retryer \"\(kind)\"; expected one of \(names.joined(separator: ", "))"))
      }
      config.retryer = GoRetryer(
        kind: known, base: DefaultRetryer(numMaxRetries: question.maxRetries ?? DefaultRetryer.defaultMaxNumRetries))
    }
    let retryer = GoWireEncoding.retryer(config.effectiveRetryer())
    let retryErrorCodes = config.effectiveRetryErrorCodes()
    var groups: [GoErrorTextAnswer.Group] = []
    // The parser builds go-v1 types only, so every reading has a go-v1 wire form.
    for reading in readings {
      guard let tree = GoWireEncoding.error(reading.error) else { continue }
      var request = JSONObject()
      request.append("error", tree)
      if let status = question.statusCode { request.append("statusCode", Encode.int(status)) }
      request.append("retryCount", Encode.int(question.retryCount))
      if !retryErrorCodes.isEmpty { request.append("retryErrorCodes", .array(retryErrorCodes.map(JSON.string))) }
      let params = Encode.object(["request": .object(request), "retryer": retryer])
      let answer: AskAnswer
      switch Asker.ask(method: "go.v1.evaluate", params: params) {
      case .failure(let error): return .failure(.server(error))
      case .success(let success): answer = success
      }
      if let index = groups.firstIndex(where: { $0.answer.result == answer.result }) {
        groups[index].readings.append(reading)
        groups[index].params.append(params)
      } else {
        groups.append(GoErrorTextAnswer.Group(readings: [reading], params: [params], answer: answer))
      }
    }
    return .success(GoErrorTextAnswer(groups: groups, notes: notes + unread))
  }

  /// Go prints a line break before `caused by:` and a line break and a tab before an awserr's `status code:`;
  /// a log that shows them as spaces (or as `\n`, `\t` escapes) is read with them restored.
  static func restoredLineBreaks(_ text: String) -> (String, [String]) {
    guard !text.contains("\n") else { return (text, []) }
    if text.contains("\\n") {
      let restored = text.replacing("\\n", with: "\n").replacing("\\t", with: "\t")
      return (restored, ["The text's \\n and \\t escapes are read as the line break and tab Go prints."])
    }
    var restored = text.replacing(" caused by: ", with: "\ncaused by: ")
    restored = restored.replacing(" status code: ", with: "\n\tstatus code: ")
    guard restored != text else { return (text, []) }
    return (
      restored,
      [
        "Go prints a line break before \"caused by:\" (and a line break and a tab before \"status code:\"); the "
          + "text is read as if the log turned them into spaces."
      ]
    )
  }
}

extension GoClientConfig {
  /// The client configuration of a plain `session.New` client (`service` generic).
  init(maxRetries: Int?) {
    self.init(
      retryer: nil, maxRetries: maxRetries, service: .generic, operation: "", enforceShouldRetryCheck: false,
      retryErrorCodes: [], throttleErrorCodes: [])
  }
}
