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
import Foundation
import Testing

/// `conform serve` as a foreign test suite uses it: a process, lines in, lines out.
@Suite struct ServeEndToEndTests {
  static func request(_ id: Int, _ method: String, _ params: String = "{}") -> String {
    #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
  }

  @Test func answersInOrderAndExitsCleanlyOnEOF() throws {
    let input =
      [
        Self.request(1, "initialize", #"{"protocolVersion":"1"}"#),
        Self.request(
          2, "go.v1.evaluate",
          #"{"request":{"error":{"type":"awserr","code":"Throttling","message":""},"statusCode":400,"retryCount":0},"retryer":{"kind":"default","numMaxRetries":3},"random":["0"]}"#
        ),
        Self.request(3, "js.v2.calculateRetryDelay", #"{"retryCount":2,"random":[0.5]}"#),
      ].joined(separator: "\n") + "\n"
    let output = try ConformBinary.run(["serve"], input: Data(input.utf8))
    #expect(output.status == 0)
    let responses = try output.lines.map { try JSONParser.parse(String($0)) }
    #expect(responses.count == 3)
    #expect(responses.map { $0.objectValue?["id"]?.int64Value } == [1, 2, 3])
    let rules = responses[1].objectValue?["result"]?.objectValue?["retryRules"]?.objectValue
    #expect(rules?["delayNs"] == .string("500000000"))
    #expect(responses[2].objectValue?["result"]?.objectValue?["delay"] == .number(JSONNumber(Int64(200))))
  }

  @Test func shutdownThenExitIsStatusZeroAndExitAloneIsOne() throws {
    let clean = try ConformBinary.run(
      ["serve"], input: Data((Self.request(1, "shutdown") + "\n" + #"{"jsonrpc":"2.0","method":"exit"}"# + "\n").utf8))
    #expect(clean.status == 0)
    #expect(clean.lines.count == 1)
    let abrupt = try ConformBinary.run(["serve"], input: Data((#"{"jsonrpc":"2.0","method":"exit"}"# + "\n").utf8))
    #expect(abrupt.status == 1)
    #expect(abrupt.lines.isEmpty)
  }

  /// A lifecycle method inside a batch of buffered lines that would otherwise be answered in parallel ends the
  /// server at that line, whether its name is spelled plainly or with JSON escapes.
  @Test(arguments: [("shutdown", "exit"), (#"\u0073hutdown"#, #"\u0065xit"#)])
  func lifecycleNamesTakeEffectInsideABatch(shutdown: String, exit: String) throws {
    let classify = { (id: Int) in Self.request(id, "go.v1.classify", #"{"error":null}"#) }
    var lines = (1...50).map(classify)
    lines.append(#"{"jsonrpc":"2.0","id":51,"method":"\#(shutdown)"}"#)
    lines += (52...99).map(classify)
    lines.append(#"{"jsonrpc":"2.0","method":"\#(exit)"}"#)
    lines += (101...200).map(classify)
    let output = try ConformBinary.run(["serve"], input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(output.status == 0)
    let responses = try output.lines.map { try JSONParser.parse(String($0)) }
    #expect(responses.map { $0.objectValue?["id"]?.int64Value } == (1...99).map { Int64($0) })
    let refused = responses[51].objectValue?["error"]?.objectValue?["code"]?.int64Value
    #expect(refused == -32003, "requests after shutdown are refused")
  }

  /// The deepest inputs the largest accepted limits let through are answered, several at once on worker
  /// threads, by this (debug) build; a limit above its ceiling is a usage error.
  @Test func limitsAtTheirCeilingsAreSafe() throws {
    var chain = #"{"type":"errors.New","text":"x"}"#
    for level in 1..<250 {
      chain =
        level % 2 == 0
        ? #"{"type":"url.Error","op":"Get","url":"u","err":\#(chain)}"#
        : #"{"type":"awserr","code":"C","message":"m","orig":\#(chain)}"#
    }
    let evaluate = Self.request(
      1, "go.v1.evaluate",
      #"{"request":{"error":\#(chain),"retryCount":0},"retryer":{"kind":"default","numMaxRetries":3},"random":["1","2"]}"#
    )
    let nesting = String(repeating: "[", count: 995) + String(repeating: "]", count: 995)
    // Strict params: the deepest JSON the parser takes, under a member no method declares, is answered -32602.
    let classify = Self.request(2, "go.v1.classify", #"{"error":null,"unused":\#(nesting)}"#)
    let input = Array(repeating: evaluate, count: 4) + Array(repeating: classify, count: 4)
    let output = try ConformBinary.run(
      ["serve", "--max-error-chain-depth", "250", "--max-json-depth", "1000"],
      input: Data((input.joined(separator: "\n") + "\n").utf8))
    #expect(output.status == 0)
    let responses = try output.lines.map { try JSONParser.parse(String($0)) }
    #expect(responses.count == 8)
    #expect(responses.prefix(4).allSatisfy { $0.objectValue?["result"] != nil })
    #expect(
      responses.suffix(4).allSatisfy {
        $0.objectValue?["error"]?.objectValue?["data"]?.objectValue?["path"] == .string("params.unused")
      })
    let above = try ConformBinary.run(["serve", "--max-json-depth", "1001"])
    #expect(above.status == 64)
    #expect(above.stderr.contains("--max-json-depth needs an integer from 1 to 1000"))
  }

  @Test func longLinesAreAnsweredAndSkipped() throws {
    let long = Self.request(
      1, "go.v1.classify", #"{"error":{"type":"errors.New","text":""# + String(repeating: "x", count: 10_000) + #""}}"#)
    let input = long + "\n" + Self.request(2, "go.v1.classify", #"{"error":null}"#) + "\n"
    let output = try ConformBinary.run(["serve", "--max-line-bytes", "4096"], input: Data(input.utf8))
    let responses = try output.lines.map { try JSONParser.parse(String($0)) }
    #expect(responses.count == 2)
    let error = responses[0].objectValue?["error"]?.objectValue
    #expect(error?["code"]?.int64Value == -32002)
    #expect(error?["data"]?.objectValue?["limit"] == .string("maxLineBytes"))
    #expect(responses[1].objectValue?["id"]?.int64Value == 2)
  }

  /// `serve --echo`, the benchmark's baseline, writes every line back through the same reader and writer: CR
  /// before a newline trimmed, a final line without a newline completed, an over-long line dropped.
  @Test func echoWritesEveryLineBack() throws {
    let input = "a\nbb\r\n\n" + String(repeating: "x", count: 5000) + "\nccc"
    let output = try ConformBinary.run(["serve", "--echo", "--max-line-bytes", "4096"], input: Data(input.utf8))
    #expect(output.status == 0)
    #expect(output.text == "a\nbb\n\nccc\n")
  }

  @Test func closedStdoutEndsQuietly() throws {
    let process = Process()
    process.executableURL = ConformBinary.url
    process.arguments = ["serve"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    try stdout.fileHandleForReading.close()
    let line = Data((Self.request(1, "go.v1.classify", #"{"error":null}"#) + "\n").utf8)
    for _ in 0..<200 { try? stdin.fileHandleForWriting.write(contentsOf: line) }
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
  }
}
