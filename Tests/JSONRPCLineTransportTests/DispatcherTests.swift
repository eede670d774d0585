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
import ConformProtocol
import JSONRPCLineTransport
import Testing

/// JSON-RPC 2.0 behaviour of the dispatcher: ids, notifications, batches, errors with paths, limits, lifecycle.
@Suite struct DispatcherTests {
  /// Sends `line` and parses the answer (nil when there is none).
  static func send(_ line: String, _ dispatcher: inout RequestDispatcher) throws -> JSON? {
    let bytes = Array(line.utf8)
    let answer = bytes.withUnsafeBytes { dispatcher.handle(line: $0) }
    return try answer.map { try JSONParser.parse($0) }
  }

  static func send(_ line: String, limits: ServerLimits = .defaults) throws -> JSON? {
    var dispatcher = RequestDispatcher(limits: limits)
    return try send(line, &dispatcher)
  }

  static func error(_ response: JSON?) -> (code: Int64?, kind: String?, path: String?) {
    let error = response?.objectValue?["error"]?.objectValue
    let data = error?["data"]?.objectValue
    return (error?["code"]?.int64Value, data?["kind"]?.stringValue, data?["path"]?.stringValue)
  }

  @Test func idsAreEchoed() throws {
    for id in ["7", "\"seven\"", "null", "1.5", "-0"] {
      let response = try Self.send(#"{"jsonrpc":"2.0","id":\#(id),"method":"go.v1.classify","params":{"error":null}}"#)
      let expected = try JSONParser.parse(id)
      #expect(response?.objectValue?["id"] == expected, "id \(id)")
      #expect(response?.objectValue?["result"]?.objectValue?["isErrorRetryable"] == .bool(false))
    }
  }

  @Test func notificationsGetNoAnswerEvenWhenTheyFail() throws {
    #expect(try Self.send(#"{"jsonrpc":"2.0","method":"go.v1.classify","params":{"error":null}}"#) == nil)
    #expect(try Self.send(#"{"jsonrpc":"2.0","method":"no.such.method"}"#) == nil)
    #expect(try Self.send(#"{"jsonrpc":"2.0","method":"go.v1.classify","params":{}}"#) == nil)
  }

  @Test func batches() throws {
    let batch = try Self.send(
      #"[{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":null}},"#
        + #"{"jsonrpc":"2.0","method":"go.v1.classify","params":{"error":null}},5,"#
        + #"{"jsonrpc":"2.0","id":"x","method":"nope"}]"#)
    let responses = try #require(batch?.arrayValue)
    #expect(responses.count == 3)
    #expect(responses[0].objectValue?["id"] == .number(JSONNumber(Int64(1))))
    #expect(Self.error(responses[1]).code == -32600)
    #expect(Self.error(responses[2]).code == -32601)
    #expect(try Self.send(#"[{"jsonrpc":"2.0","method":"go.v1.classify","params":{"error":null}}]"#) == nil)
    #expect(Self.error(try Self.send("[]")).code == -32600)
  }

  @Test func parseAndRequestErrors() throws {
    // The id of a line that is not JSON is kept when its bytes show it, and null only when they do not.
    let parse = try Self.send(#"{"jsonrpc":"2.0","id":1,"#)
    #expect(Self.error(parse).code == -32700)
    #expect(parse?.objectValue?["id"] == .number(JSONNumber(Int64(1))))
    let cutID = try Self.send(#"{"jsonrpc":"2.0","id":12"#)
    #expect(cutID?.objectValue?["id"] == .null, "a number cut off at the end of the line is not an id")
    let objectID = try Self.send(#"{"jsonrpc":"2.0","id":{"a":1},"method":"x","params":{"#)
    #expect(objectID?.objectValue?["id"] == .null)
    #expect(Self.error(try Self.send("\u{FF}")).code == -32700)
    #expect(Self.error(try Self.send(#"{"jsonrpc":"1.0","id":1,"method":"x"}"#)).code == -32600)
    #expect(Self.error(try Self.send(#"{"jsonrpc":"2.0","id":1,"method":5}"#)).code == -32600)
    #expect(Self.error(try Self.send(#"{"jsonrpc":"2.0","id":{},"method":"x"}"#)).code == -32600)
    #expect(
      Self.error(try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":"x"}"#)).code == -32600)
    #expect(
      Self.error(try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":[null]}"#)).code == -32602)
    #expect(Self.error(try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"nope"}"#)).code == -32601)
    #expect(try Self.send("  ") == nil)
  }

  @Test func invalidParamsNameTheField() throws {
    let response = try Self.send(
      #"{"jsonrpc":"2.0","id":1,"method":"go.v1.evaluate","params":{"request":{"error":{"type":"awserr","code":"X","#
        + #""orig":{"type":"bogus"}}},"retryer":{"kind":"default"}}}"#)
    let error = Self.error(response)
    #expect(error.code == -32602)
    #expect(error.kind == "invalid-params")
    #expect(error.path == "params.request.error.orig.type")
    let random = Self.error(
      try Self.send(
        #"{"jsonrpc":"2.0","id":1,"method":"js.v2.calculateRetryDelay","params":{"retryCount":1,"random":[0.5,2]}}"#))
    #expect(random.path == "params.random[1]")
    let missing = Self.error(
      try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"go.v1.evaluate","params":{"retryer":{"kind":"default"}}}"#))
    #expect(missing.path == "params.request")
  }

  @Test func runningOutOfRandomValues() throws {
    let response = try Self.send(
      #"{"jsonrpc":"2.0","id":1,"method":"js.v2.calculateRetryDelay","params":{"retryCount":1,"random":[]}}"#)
    #expect(Self.error(response).code == -32001)
    #expect(Self.error(response).kind == "random-exhausted")
  }

  @Test func limits() throws {
    var limits = ServerLimits.defaults
    limits.maxJSONDepth = 8
    limits.maxErrorChainDepth = 2
    limits.maxAttempts = 5
    let deep = try Self.send(String(repeating: "[", count: 20) + String(repeating: "]", count: 20), limits: limits)
    #expect(Self.error(deep).code == -32002)
    #expect(deep?.objectValue?["error"]?.objectValue?["data"]?.objectValue?["limit"] == .string("maxJSONDepth"))
    let chain = try Self.send(
      #"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":{"type":"url.Error","err":"#
        + #"{"type":"url.Error","err":{"type":"errors.New","text":"x"}}}}}"#, limits: limits)
    #expect(Self.error(chain).code == -32602)
    #expect(Self.error(chain).path == "params.error.err.err")
    let attempts = try Self.send(
      #"{"jsonrpc":"2.0","id":1,"method":"js.v2.simulate","params":{"service":"generic","config":{"maxRetries":"#
        + #"{"f64":"0x7ff0000000000000"},"retryDelayOptions":{"customBackoff":{"returns":[0]}}},"attempts":[{"status":500}]}}"#,
      limits: limits)
    #expect(Self.error(attempts).code == -32002)
    let dispatcher = RequestDispatcher(limits: limits)
    let tooLong = try JSONParser.parse(dispatcher.lineTooLong(length: 5_000_000))
    #expect(Self.error(tooLong).code == -32002)
  }

  /// Element i of a batch is i + 1 OrigErr() calls away, so batch lengths count towards the chain depth (a
  /// long batch would otherwise make classification recurse once per element).
  @Test func batchElementsCountTowardsTheChainDepth() throws {
    func classify(batchOf count: Int) throws -> JSON? {
      let element = #"{"type":"awserr","code":"C","message":""}"#
      let batch = Array(repeating: element, count: count).joined(separator: ",")
      return try Self.send(
        #"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":{"type":"awserr","code":"X","message":"","orig":[\#(batch)]}}}"#
      )
    }
    let limit = ServerLimits.defaults.maxErrorChainDepth
    #expect(try classify(batchOf: limit - 1)?.objectValue?["result"] != nil)
    let tooLong = try classify(batchOf: limit)
    #expect(Self.error(tooLong).code == -32602)
    #expect(Self.error(tooLong).path == "params.error.orig[\(limit - 1)]")
  }

  @Test func lifecycle() throws {
    var dispatcher = RequestDispatcher()
    let initialize = try Self.send(
      #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"1"}}"#, &dispatcher)
    let result = try #require(initialize?.objectValue?["result"]?.objectValue)
    #expect(result["protocolVersion"] == .string("1"))
    #expect(
      result["profiles"]?.arrayValue?.compactMap { $0.objectValue?["name"]?.stringValue } == [
        "go-v1", "go-v2", "js-v2", "js-v3",
      ])
    let unsupported = try Self.send(
      #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"9"}}"#, &dispatcher)
    #expect(Self.error(unsupported).code == -32602)
    #expect(
      try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#, &dispatcher)?.objectValue?["result"] == .null)
    #expect(
      Self.error(
        try Self.send(#"{"jsonrpc":"2.0","id":2,"method":"go.v1.classify","params":{"error":null}}"#, &dispatcher)
      ).code == -32003)
    #expect(try Self.send(#"{"jsonrpc":"2.0","method":"exit"}"#, &dispatcher) == nil)
    #expect(dispatcher.state == .exited(status: 0))
    var abrupt = RequestDispatcher()
    _ = try Self.send(#"{"jsonrpc":"2.0","method":"exit"}"#, &abrupt)
    #expect(abrupt.state == .exited(status: 1))
  }

  @Test func discoverDescribesEveryMethod() throws {
    let response = try Self.send(#"{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}"#)
    let document = try #require(response?.objectValue?["result"]?.objectValue)
    #expect(document["openrpc"] == .string("1.2.6"))
    let names = Set((document["methods"]?.arrayValue ?? []).compactMap { $0.objectValue?["name"]?.stringValue })
    for method in ConformMethods.all.map(\.name) + ["shutdown", "exit"] {
      #expect(names.contains(method), "\(method) missing from rpc.discover")
    }
  }
}
