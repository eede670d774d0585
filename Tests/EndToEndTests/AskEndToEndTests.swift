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
import Foundation
import Testing

/// `conform ask` through the built binary: the person's answer, `--json` against `serve`'s bytes, delay ranges,
/// params from a file and from stdin, the server's errors with exit status 1, and help.
@Suite struct AskEndToEndTests {
  static let kinesisTree =
    #"{"type":"awserr","code":"RequestError","message":"send request failed","orig":{"type":"url.Error","op":"Post","url":"https://kinesis.ap-northeast-1.amazonaws.com/","err":{"type":"net.OpError","op":"read","net":"tcp","source":{"ip":"169.254.0.1","port":55638},"addr":{"ip":"3.113.218.4","port":443},"err":{"type":"os.SyscallError","syscall":"read","err":{"type":"syscall.Errno","name":"ECONNRESET"}}}}}"#

  /// The `result` bytes of `serve`'s answer to one request (the writer sorts members, so `result` is last).
  static func serveResult(_ method: String, _ params: String) throws -> String {
    let request = #"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":\#(params)}"# + "\n"
    let line = try ConformBinary.run(["serve"], input: Data(request.utf8)).text
    let prefix = #"{"id":1,"jsonrpc":"2.0","result":"#
    try #require(line.hasPrefix(prefix), "\(line)")
    return String(line.dropFirst(prefix.count).dropLast(2))
  }

  @Test func jsonIsServesResultByteForByte() throws {
    let questions = [
      (
        "go.v1.evaluate",
        #"{"request":{"error":\#(Self.kinesisTree)},"retryer":{"kind":"default","numMaxRetries":3},"random":["12345"]}"#
      ),
      ("go.v1.classify", #"{"error":\#(Self.kinesisTree),"explain":true}"#),
      ("go.v1.simulate", #"{"attempts":[{"error":{"type":"errors.New","text":"EOF"}}],"random":["1","2","3"]}"#),
      ("js.v2.calculateRetryDelay", #"{"retryCount":2,"random":[0.25]}"#),
      ("js.v2.simulate", #"{"service":"dynamodb","attempts":[{"status":500},{"status":200}],"random":[0.5]}"#),
    ]
    for (method, params) in questions {
      let ask = try ConformBinary.run(["ask", method, params, "--json"])
      #expect(ask.status == 0, "\(ask.stderr)")
      #expect(ask.text == (try Self.serveResult(method, params)) + "\n", "\(method)")
    }
  }

  @Test func aPersonGetsTheDecisionTheDelayAndTheRules() throws {
    let ask = try ConformBinary.run([
      "ask", "go.v1.evaluate",
      #"{"request":{"error":\#(Self.kinesisTree)},"retryer":{"kind":"default","numMaxRetries":3}}"#,
    ])
    #expect(ask.status == 0)
    #expect(ask.text.contains("Decision: not retried. retryer.ShouldRetry(r) is false"))
    #expect(ask.text.contains("from 30 ms (30000000 ns) to 59.999999 ms (59999999 ns)"))
    #expect(ask.text.contains("(aws/request/connection_reset_error.go:8)"))
    #expect(ask.text.contains("Why:"))
  }

  @Test func delayRangesWithoutRandom() throws {
    let evaluate = try ConformBinary.run([
      "ask", "go.v1.evaluate",
      #"{"request":{"error":{"type":"errors.New","text":"EOF"}},"retryer":{"kind":"default","numMaxRetries":3}}"#,
      "--json",
    ])
    let range = try JSONParser.parse(Array(evaluate.stdout)).objectValue?["delayRange"]?.objectValue
    #expect(range?["min"] == .string("30000000"))
    #expect(range?["max"] == .string("59999999"))
    #expect(range?["maxRandom"] == .array([.string("29999999")]))
    let simulate = try ConformBinary.run([
      "ask", "go.v1.simulate", #"{"attempts":[{"error":{"type":"errors.New","text":"EOF"}}],"maxRetries":2}"#, "--json",
    ])
    let attempts = try JSONParser.parse(Array(simulate.stdout)).objectValue?["attempts"]?.arrayValue ?? []
    #expect(attempts.count == 3)
    #expect(attempts[1].objectValue?["delayRange"]?.objectValue?["max"] == .string("119999998"))
    let js = try ConformBinary.run(["ask", "js.v2.calculateRetryDelay", #"{"retryCount":0}"#, "--json"])
    let jsRange = try JSONParser.parse(Array(js.stdout)).objectValue?["delayRange"]?.objectValue
    #expect(jsRange?["min"]?.numberValue?.double == 0)
    #expect(jsRange?["max"]?.numberValue?.double == 0.9999999999999998 * 100)
  }

  @Test func jsCallDelayRangesPerAttempt() throws {
    let params = #"{"service":"dynamodb","attempts":[{"status":500},{"status":500},{"status":200}]}"#
    let json = try ConformBinary.run(["ask", "js.v2.simulate", params, "--json"])
    #expect(json.status == 0, "\(json.stderr)")
    let result = try JSONParser.parse(Array(json.stdout)).objectValue
    #expect(result?["delays"] == nil)
    #expect(result?["attempts"] == .number(JSONNumber(3)))
    let ranges = result?["delayRanges"]?.arrayValue ?? []
    #expect(ranges.count == 2)
    // DynamoDB's base 50: retry 1 is Math.random() * (2 * 50).
    let second = ranges.last?.objectValue
    #expect(second?["min"]?.numberValue?.double == 0)
    #expect(second?["max"]?.numberValue?.double == 0.9999999999999998 * 100)
    #expect(second?["stops"] == .null)
    // The largest bound's draws, given to serve, give that delay.
    let maxRandom = try #require(second?["maxRandom"]?.arrayValue?.first?.numberValue?.double)
    let replay = try Self.serveResult(
      "js.v2.simulate",
      #"{"service":"dynamodb","attempts":[{"status":500},{"status":500},{"status":200}],"random":[0,\#(maxRandom)]}"#)
    let delays = try JSONParser.parse(Array(replay.utf8)).objectValue?["delays"]?.arrayValue
    #expect(delays?.last == second?["max"])

    let text = try ConformBinary.run(["ask", "js.v2.simulate", params])
    #expect(text.text.contains("Delay 2 (before attempt 3): from 0 ms to 99.99999999999997 ms"))

    // A negative base: only the draw 0 retries, every other draw ends the call.
    let negative =
      #"{"service":"generic","config":{"maxRetries":1,"retryDelayOptions":{"base":-1}},"attempts":[{"status":500}]}"#
    let fork = try ConformBinary.run(["ask", "js.v2.simulate", negative])
    #expect(fork.text.contains("The call forks here"), "\(fork.text)")
    #expect(fork.text.contains("The call ends here for Math.random() in [2.220446049250313e-16, 0.9999999999999998]"))
    let forkJSON = try ConformBinary.run(["ask", "js.v2.simulate", negative, "--json"])
    let stops = try JSONParser.parse(Array(forkJSON.stdout)).objectValue?["delayRanges"]?.arrayValue?.first?
      .objectValue?["stops"]?.objectValue
    #expect(stops?["min"]?.numberValue?.double == -0.9999999999999998)

    let metadata = try ConformBinary.run([
      "ask", "js.v2.handleRequestWithRetries",
      #"{"options":{"maxRetries":1},"attempts":[{"status":500,"headers":{"retry-after":"1"}},{"status":400}]}"#,
      "--json",
    ])
    let metadataRange = try JSONParser.parse(Array(metadata.stdout)).objectValue?["delayRanges"]?.arrayValue?.first?
      .objectValue
    #expect(metadataRange?["min"]?.numberValue?.double == 1000)
    #expect(metadataRange?["max"]?.numberValue?.double == 1000 + 0.9999999999999998 * 100)
  }

  @Test func paramsFromAFileAndFromStdin() throws {
    let params = #"{"retryCount":1,"random":[0.5]}"#
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ask-\(UUID().uuidString).json")
    try params.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let fromFile = try ConformBinary.run(["ask", "js.v2.calculateRetryDelay", "@" + file.path, "--json"])
    let fromStdin = try ConformBinary.run(
      ["ask", "js.v2.calculateRetryDelay", "-", "--json"], input: Data(params.utf8))
    #expect(fromFile.text == #"{"backoffCalls":[],"delay":100,"draws":1}"# + "\n")
    #expect(fromStdin.text == fromFile.text)
  }

  @Test func errorsAreTheServersWithStatusOne() throws {
    let typo = try ConformBinary.run(["ask", "js.v2.calculateRetryDelay", #"{"retryDelayOptions":{"bsae":1}}"#])
    #expect(typo.status == 1)
    #expect(
      typo.stderr == "Error: Invalid params: params.retryDelayOptions.bsae: unknown member; did you mean \"base\"?\n")
    let unknown = try ConformBinary.run(["ask", "go.v1.evaluat", "{}"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("Method not found: go.v1.evaluat"))
    let notJSON = try ConformBinary.run(["ask", "go.v1.classify", "{error"])
    #expect(notJSON.status == 1)
    #expect(notJSON.stderr.hasPrefix("Error: Parse error"))
    let usage = try ConformBinary.run(["ask", "go.v1.classify"])
    #expect(usage.status == 64)
    let help = try ConformBinary.run(["ask", "--help"])
    #expect(help.status == 0)
    #expect(help.text.contains("USAGE: conform ask"))
  }

  static let kinesisLog =
    #"RequestError: send request failed caused by: Post "https://kinesis.ap-northeast-1.amazonaws.com/": read tcp 169.254.0.1:55638->3.113.218.4:443: read: connection reset by peer"#

  @Test func goErrorTextsAnswerPerOutcome() throws {
    let ask = try ConformBinary.run(["ask", "go-v1", "--error-text", Self.kinesisLog])
    #expect(ask.status == 0, "\(ask.stderr)")
    #expect(ask.text.contains("they give 2 different answer(s)"))
    #expect(
      ask.text.contains(
        "1. If the error is awserr RequestError → *url.Error → *net.OpError → *os.SyscallError → syscall.ECONNRESET"))
    #expect(ask.text.contains("Decision: not retried."))
    #expect(ask.text.contains("2. If the error is awserr RequestError → *url.Error → errors.New("))
    #expect(ask.text.contains("Decision: retried."))

    let json = try ConformBinary.run(["ask", "go-v1", "--error-text", Self.kinesisLog, "--json"])
    let candidates = try JSONParser.parse(Array(json.stdout)).objectValue?["candidates"]?.arrayValue ?? []
    #expect(candidates.count == 2)
    for candidate in candidates {
      let object = candidate.objectValue
      let shouldRetry = object?["result"]?.objectValue?["shouldRetry"]
      #expect(shouldRetry != nil)
      #expect(object?["errorText"]?.stringValue?.contains("\ncaused by: Post") == true)
      // The candidate's tree, asked directly, gives the same result bytes.
      let tree = AskText.compact(object?["error"] ?? .null)
      let direct = try ConformBinary.run([
        "ask", "go.v1.evaluate",
        #"{"request":{"error":\#(tree),"retryCount":0},"retryer":{"kind":"default","numMaxRetries":3}}"#, "--json",
      ])
      #expect(direct.text == AskText.compact(object?["result"] ?? .null) + "\n")
    }

    let throttled = try ConformBinary.run([
      "ask", "go-v1", "--error-text", "ThrottlingException: Rate exceeded\n\tstatus code: 400, request id: abc",
      "--status", "400", "--retry-count", "2", "--service", "dynamodb", "--json",
    ])
    let first = try JSONParser.parse(Array(throttled.stdout)).objectValue?["candidates"]?.arrayValue?.first?.objectValue
    #expect(first?["error"]?.objectValue?["type"] == .string("awserr.requestFailure"))
    #expect(first?["result"]?.objectValue?["maxRetries"] == .number(JSONNumber(Int64(10))))
    #expect(first?["result"]?.objectValue?["delayRange"]?.objectValue?["min"] == .string("2000000000"))

    let unknownService = try ConformBinary.run(["ask", "go-v1", "--error-text", "EOF", "--service", "dynamo"])
    #expect(unknownService.status == 1)
    #expect(unknownService.stderr.contains("unknown service \"dynamo\""))
    let malformed = try ConformBinary.run(["ask", "go-v1", "--error-text", #"Post "https://x: EOF"#])
    #expect(malformed.status == 0)
    #expect(malformed.text.contains("no valid closing quote"))
  }
}
