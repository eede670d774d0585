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
import ConformJSON
import ConformProtocol
import Foundation

/// `conform ask`: one question to the reference, answered for a person (or, with `--json`, as `serve` answers).
enum AskCommand {
  static let usage = """
    conform ask <method> <params> [--json]
           conform ask go-v1 --error-text <text> [--status <n>] [--retry-count <n>] [--retryer <kind>] \
    [--max-retries <n>] [--service <name>] [--json]
    """

  static let help = """
    OVERVIEW: Ask the reference one question and get the answer in words: the decision, the delay in readable
    units, the draws used, and the rules that decided, each with its SDK file:line.

    <params> is the method's params object (spec/protocol.md, spec/go-v1.md, spec/js-v2.md) as JSON text,
    @file.json, or - for standard input. The params are checked as strictly as serve checks them: an unknown
    member is an error naming its path, with a "did you mean" when a known name is close.

    When a delay depends on random draws and <params> leaves out "random", the answer covers every possible
    draw: the exact smallest and largest delay, the draws that give each, what decides each bound, and how many
    draws are used (go.v1.evaluate, go.v1.simulate per attempt, js.v2.calculateRetryDelay, js.v2.simulate,
    go.v2.backoff, js.v3.backoff, and go.v2.session / js.v3.session per attempt when the draws decide nothing
    but the delays: spec/ask.md).

    With go-v1 --error-text, the question is an error's Error() text as a log shows it: the text is parsed back
    into every Go error tree that prints exactly that text (awserr with "caused by:", *url.Error, *net.OpError
    with addresses, *os.SyscallError, errno texts, *net.DNSError, context errors, and at every level a plain
    error or a type of its own), each checked by printing it with the reference's Error(), and each distinct
    answer of go.v1.evaluate is given with the assumption that leads to it. A log's lost line break before
    "caused by:" is restored. <text> may also be @file or - (standard input).

    USAGE: \(usage)

    ARGUMENTS:
      <method>            A method of `conform serve`, such as go.v1.evaluate or js.v2.calculateRetryDelay.
      <params>            JSON text, @file.json, or - (standard input).

    OPTIONS:
      --json              Print exactly the `result` serve returns (the same bytes); without "random", its
                          draw-dependent members are replaced by "delayRange": {"min", "max", ...}. With
                          --error-text: {"candidates": [{"assumption", "alsoIf", "error", "errorText", "result"}]}.
      --error-text <text> (go-v1) The error's Error() text.
      --status <n>        (go-v1) The HTTP status code of the response (default: no response).
      --retry-count <n>   (go-v1) r.RetryCount (default 0).
      --retryer <kind>    (go-v1) default, no-op, seed-read-conn-reset or example-no-5xx (default: the client's).
      --max-retries <n>   (go-v1) Config.MaxRetries, or the --retryer's NumMaxRetries (default 3).
      --service <name>    (go-v1) generic, dynamodb, ec2, kinesis or sts (default generic).
      -h, --help          Show help information.

    EXAMPLES:
      conform ask go.v1.evaluate '{"request":{"error":{"type":"errors.New","text":"EOF"}},"retryer":{"kind":"default","numMaxRetries":3}}'
      conform ask js.v2.calculateRetryDelay '{"retryCount":2,"retryDelayOptions":{"base":100}}' --json
      conform ask go-v1 --error-text 'RequestError: send request failed caused by: Post "https://kinesis.ap-northeast-1.amazonaws.com/": read tcp 169.254.0.1:55638->3.113.218.4:443: read: connection reset by peer'

    EXIT STATUS: 0 answered, 1 the server refused the question (the error is printed), 64 usage error.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var json = false
    var errorText: String?
    var question = GoErrorTextQuestion(text: "")
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--json": json = true
      case "--error-text": errorText = try readParams(try scanner.value(for: option))
      case "--status": question.statusCode = try integer(&scanner, option)
      case "--retry-count": question.retryCount = try integer(&scanner, option)
      case "--retryer": question.retryerKind = try scanner.value(for: option)
      case "--max-retries": question.maxRetries = try integer(&scanner, option)
      case "--service": question.service = try scanner.value(for: option)
      default: throw UsageError("unknown option \(option)")
      }
    }
    if let errorText {
      guard scanner.positionals == ["go-v1"] else {
        throw UsageError("--error-text is asked as: conform ask go-v1 --error-text <text>")
      }
      question.text = errorText
      switch GoErrorTextAsker.ask(question) {
      case .failure(.unreadable(let reason)):
        console.err("Error: \(reason)\n")
        return .failure
      case .failure(.server(let error)):
        console.err(AskText.error(error))
        return .failure
      case .success(let answer):
        if json {
          console.out(JSONWriter.encodeString(answer.json) + "\n")
        } else {
          console.out(AskText.render(answer))
        }
        return .success
      }
    }
    if scanner.positionals.first == "go-v1" { throw UsageError("go-v1 is asked with --error-text <text>") }
    guard scanner.positionals.count == 2 else {
      throw UsageError(
        scanner.positionals.isEmpty ? "a method and its params are needed" : "expected <method> <params>")
    }
    let method = scanner.positionals[0]
    let paramsText = try readParams(scanner.positionals[1])
    let params: JSON
    do {
      params = try JSONParser.parse(Array(paramsText.utf8), maxDepth: ServerLimits.defaults.maxJSONDepth)
    } catch {
      console.err(AskText.error(.parseError(error)))
      return .failure
    }
    switch Asker.ask(method: method, params: params) {
    case .failure(let error):
      console.err(AskText.error(error))
      return .failure
    case .success(let answer):
      if json {
        console.out(JSONWriter.encodeString(answer.result) + "\n")
      } else {
        console.out(AskText.render(answer))
      }
      return .success
    }
  }

  static func integer(_ scanner: inout ArgumentScanner, _ option: String) throws(UsageError) -> Int {
    let text = try scanner.value(for: option)
    guard let value = Int(text) else { throw UsageError("\(option) needs an integer, not \"\(text)\"") }
    return value
  }

  /// PARAMS as text: itself, the content of `@file`, or standard input for `-`.
  static func readParams(_ argument: String) throws(UsageError) -> String {
    if argument == "-" {
      return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    if argument.hasPrefix("@") {
      let path = String(argument.dropFirst())
      guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read \(path)") }
      return String(decoding: data, as: UTF8.self)
    }
    return argument
  }
}
