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

/// The server keeps every id it can read: error answers to lines it cannot parse or hold carry the id their
/// bytes show, string ids come back exactly as sent, `exit` with an id is answered, and a long line costs
/// time linear in its length.
@Suite struct ServeIDTests {
  /// The response lines `conform serve arguments` writes for `lines`, as raw text.
  static func serve(_ lines: [[UInt8]], _ arguments: [String] = []) throws -> (ConformBinary.Output, [String]) {
    var input: [UInt8] = []
    for line in lines { input += line + [0x0A] }
    let output = try ConformBinary.run(["serve"] + arguments, input: Data(input))
    return (output, output.lines.map(String.init))
  }

  static func id(_ line: String) throws -> JSON? {
    try JSONParser.parse(line).objectValue?["id"]
  }

  static func code(_ line: String) throws -> Int64? {
    try JSONParser.parse(line).objectValue?["error"]?.objectValue?["code"]?.int64Value
  }

  @Test func errorAnswersKeepTheIdsTheirLinesShow() throws {
    let tooLong =
      Array(#"{"jsonrpc":"2.0","id":"long-1","method":"go.v1.classify","params":{"pad":""#.utf8)
      + Array(repeating: UInt8(ascii: "x"), count: 10_000) + Array(#""}}"#.utf8)
    let tooDeep =
      Array(#"{"jsonrpc":"2.0","id":17,"method":"go.v1.classify","params":{"error":null,"x":"#.utf8)
      + Array(repeating: UInt8(ascii: "["), count: 100) + Array(repeating: UInt8(ascii: "]"), count: 100)
      + Array("}}".utf8)
    let badUTF8 =
      Array(
        #"{"jsonrpc":"2.0","id":"utf","method":"go.v1.classify","params":{"error":{"type":"errors.New","text":""#.utf8)
      + [0xFF, 0xFE] + Array(#""}}}"#.utf8)
    let unreadable = Array(#"{"jsonrpc":"2.0","id":[1],"method":"x","params":{"#.utf8)
    let (output, lines) = try Self.serve([tooLong, tooDeep, badUTF8, unreadable], ["--max-line-bytes", "4096"])
    #expect(output.status == 0)
    #expect(lines.count == 4)
    #expect(try Self.code(lines[0]) == -32002)
    #expect(try Self.id(lines[0]) == .string("long-1"))
    #expect(try Self.code(lines[1]) == -32002)
    #expect(try Self.id(lines[1]) == .number(JSONNumber(Int64(17))))
    #expect(try Self.code(lines[2]) == -32700)
    #expect(try Self.id(lines[2]) == .string("utf"))
    #expect(try Self.id(lines[3]) == .null, "an id that is not a string, number or null cannot be read")
  }

  @Test func stringIdsComeBackExactlyAsSent() throws {
    let request = #"{"jsonrpc":"2.0","id":"\ud800-\u00e9","method":"go.v1.classify","params":{"error":null}}"#
    let broken = #"{"jsonrpc":"2.0","id":"\udc00","method":"go.v1.classify","params":{"error":"#
    let (_, lines) = try Self.serve([Array(request.utf8), Array(broken.utf8)])
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix(#"{"id":"\ud800-\u00e9","jsonrpc":"2.0","result":"#), "\(lines[0])")
    #expect(lines[1].contains(#""id":"\udc00""#), "\(lines[1])")
  }

  @Test func batchIdsWithLoneSurrogatesComeBackExactlyAsSent() throws {
    let batch =
      #"[{"jsonrpc":"2.0","id":"\uD800x","method":"go.v1.classify","params":{"error":null}},"#
      + #" {"jsonrpc":"2.0","id":"\u00e9","method":"go.v1.classify","params":{"error":null}},"#
      + #"{"jsonrpc":"2.0","id":"a\udc00","method":"nope"}]"#
    let (_, lines) = try Self.serve([Array(batch.utf8)])
    #expect(lines.count == 1)
    #expect(lines[0].hasPrefix(#"[{"id":"\uD800x","jsonrpc":"2.0","result":"#), "\(lines[0])")
    #expect(lines[0].contains(#"{"id":"é","jsonrpc":"2.0","result":"#), "\(lines[0])")
    #expect(lines[0].contains(#""id":"a\udc00""#), "\(lines[0])")
  }

  /// A JS profile sees a lone surrogate as Node does and writes it back as the same escape; a Go profile reads
  /// it as U+FFFD, as Go's encoding/json does.
  @Test func loneSurrogatesReachTheProfilesAsTheirSDKsSeeThem() throws {
    let js =
      #"{"jsonrpc":"2.0","id":1,"method":"js.v2.simulate","params":{"service":"generic","#
      + #""config":{"maxRetries":0},"attempts":[{"status":500,"errorCode":"ns#A\ud800"}],"random":[]}}"#
    let go =
      #"{"jsonrpc":"2.0","id":2,"method":"go.v1.classify","params":{"error":{"type":"errors.New","#
      + #""text":"\ud800"}}}"#
    let goFFFD =
      #"{"jsonrpc":"2.0","id":2,"method":"go.v1.classify","params":{"error":{"type":"errors.New","#
      + #""text":"\ufffd"}}}"#
    let (_, lines) = try Self.serve([Array(js.utf8), Array(go.utf8), Array(goFFFD.utf8)])
    #expect(lines.count == 3)
    #expect(lines[0].contains(#""code":"A\ud800""#), "\(lines[0])")
    #expect(lines[1] == lines[2])
  }

  @Test func exitWithAnIdIsAnsweredBeforeTheServerEnds() throws {
    let shutdown = Array(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#.utf8)
    let exit = Array(#"{"jsonrpc":"2.0","id":"bye","method":"exit"}"#.utf8)
    let (output, lines) = try Self.serve([shutdown, exit])
    #expect(output.status == 0)
    #expect(lines == [#"{"id":1,"jsonrpc":"2.0","result":null}"#, #"{"id":"bye","jsonrpc":"2.0","result":null}"#])
  }

  /// A 48 MiB line is answered, with its id. (That its cost is linear is `LineReaderTests.aLongLineIsSearchedOnce`,
  /// which counts the bytes searched; timing it here made a test that failed on a loaded machine.)
  @Test func aLongLineIsAnswered() throws {
    let line =
      Array(#"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":null,"pad":""#.utf8)
      + Array(repeating: UInt8(ascii: "x"), count: 48 << 20) + Array(#""}}"#.utf8)
    let (output, lines) = try Self.serve([line], ["--max-line-bytes", String(1 << 30)])
    #expect(output.status == 0)
    #expect(lines.count == 1)
    #expect(try Self.id(lines.first ?? "") == .number(JSONNumber(Int64(1))))
  }
}
