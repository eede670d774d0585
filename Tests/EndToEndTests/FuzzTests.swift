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
import Foundation
import Testing

/// Throws 110,000 malformed, truncated, mutated, deeply nested, huge-number, invalid-UTF-8 and wrongly typed
/// messages at one `conform serve` process (seeded, so a failure reproduces), and checks that it never
/// crashes, answers every request exactly once with a well-formed response, and still answers a valid request
/// correctly at the end.
@Suite struct FuzzTests {
  static let maxLineBytes = 8192

  /// Valid requests of every method, the raw material of the mutations.
  static let templates: [String] = [
    #"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":{"type":"url.Error","op":"Get","url":"https://h/","err":{"type":"net.OpError","op":"read","net":"tcp","source":{"ip":"10.0.0.1","port":5},"addr":{"ip":"::1","port":443},"err":{"type":"os.SyscallError","syscall":"read","err":{"type":"syscall.Errno","name":"ECONNRESET"}}}}}}"#,
    #"{"jsonrpc":"2.0","id":"e","method":"go.v1.evaluate","params":{"request":{"error":{"type":"awserr.requestFailure","code":"Throttling","message":"m","statusCode":429,"requestID":"r","orig":[{"type":"errors.New","text":"a"}]},"statusCode":429,"headers":{"Retry-After":["5"]},"retryCount":3},"retryer":{"kind":"default","numMaxRetries":3,"minRetryDelay":"1000"},"random":["1","9223372036854775807","5"]}}"#,
    #"{"jsonrpc":"2.0","id":3,"method":"go.v1.simulate","params":{"attempts":[{"error":{"type":"awserr","code":"RequestError","message":"x","orig":{"type":"net.DNSError","err":"no such host","name":"h","isTimeout":true}},"statusCode":500},{"error":null,"statusCode":200}],"service":"dynamodb","random":["7","8","9","10"]}}"#,
    #"{"jsonrpc":"2.0","id":4,"method":"js.v2.calculateRetryDelay","params":{"retryCount":{"f64":"0x3ff8000000000000"},"retryDelayOptions":{"base":100,"customBackoff":{"returns":[1,{"undefined":true}]}},"random":[0.25]}}"#,
    #"{"jsonrpc":"2.0","id":5,"method":"js.v2.classify","params":{"service":"s3","error":{"code":301,"statusCode":301,"region":"eu-west-1"},"request":{"operation":"copyObject","region":"us-east-1"}}}"#,
    #"{"jsonrpc":"2.0","id":6,"method":"js.v2.simulate","params":{"service":"dynamodb","config":{"maxRetries":"2","retryDelayOptions":{"base":"100"}},"attempts":[{"status":301,"headers":{"location":"http://x"}},{"networkError":{"code":"ECONNRESET","message":"m","errno":-104}},{"status":200}],"random":[0.5,0.5,0.5]}}"#,
    #"{"jsonrpc":"2.0","id":7,"method":"js.v2.handleRequestWithRetries","params":{"options":{"maxRetries":3},"attempts":[{"status":503,"headers":{"retry-after":"2"}},{"networkError":{"code":"TimeoutError"}}],"random":[0.1,0.2,0.3]}}"#,
    #"[{"jsonrpc":"2.0","id":8,"method":"initialize"},{"jsonrpc":"2.0","method":"go.v1.classify","params":{"error":null}}]"#,
    #"{"jsonrpc":"2.0","method":"js.v2.classify","params":{"service":"generic","error":{}}}"#,
    #"{"jsonrpc":"2.0","id":null,"method":"rpc.discover"}"#,
  ]

  static let rawInjections: [String] = [
    "1e400", "-1e400", "123456789012345678901234567890", "1e-400", "-0", "0.0000000000000000000000001", "NaN",
    "Infinity", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"\\uZZZZ\"", "\u{1F600}", "[]", "{}", "null",
    "\"" + String(repeating: "a", count: 3000) + "\"", String(repeating: "[", count: 300), "{\"type\":\"awserr\"}",
    "{\"f64\":\"0x7ff8000000000001\"}", "{\"undefined\":false}", "{\"returns\":[]}", "9223372036854775808",
    "-9223372036854775809", "\"9223372036854775808\"", "\"-1\"",
  ]

  static let invalidBytes: [[UInt8]] = [
    [0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x00], [0x0D],
  ]

  @Test(.timeLimit(.minutes(5)))
  func serverSurvivesHostileInput() throws {
    var random = FuzzRandom(state: 0x5EED_F00D)
    var lines: [[UInt8]] = []
    lines.reserveCapacity(110_001)
    for _ in 0..<110_000 { lines.append(Self.hostileLine(&random)) }
    let final =
      #"{"jsonrpc":"2.0","id":"final","method":"js.v2.calculateRetryDelay","params":{"retryCount":3,"random":[1]}}"#
    lines.append(Array(final.utf8))

    var input: [UInt8] = []
    for line in lines {
      input.append(contentsOf: line)
      input.append(UInt8(ascii: "\n"))
    }
    let expected = lines.map(Self.expectedAnswer)
    let output = try ConformBinary.run(
      ["serve", "--max-line-bytes", String(Self.maxLineBytes), "--max-json-depth", "64"], input: Data(input))
    #expect(output.status == 0, "the server did not exit normally: \(output.stderr.suffix(500))")

    let answers = output.lines
    let wanted = expected.filter { $0 != .none }
    #expect(answers.count == wanted.count, "expected \(wanted.count) answer lines, got \(answers.count)")
    var checked = 0
    for (answer, expectation) in zip(answers, wanted) {
      guard let json = try? JSONParser.parse(String(answer)) else {
        Issue.record("not JSON: \(answer.prefix(200))")
        continue
      }
      switch expectation {
      case .none:
        break
      case .single(let id):
        Self.checkResponse(json, id: id)
      case .unparsed(let line):
        Self.checkResponse(json, id: nil)
        let id = json.objectValue?["id"] ?? .null
        #expect(id == .null || Self.idTokens(in: line).contains(id), "id \(id) is not one the line shows")
      case .batch(let ids):
        let elements = json.arrayValue ?? []
        #expect(elements.count == ids.count, "batch answer size")
        for (element, id) in zip(elements, ids) { Self.checkResponse(element, id: id) }
      }
      checked += 1
    }
    #expect(checked == wanted.count)
    let last = try JSONParser.parse(String(answers.last ?? ""))
    #expect(last.objectValue?["id"] == .string("final"))
    #expect(last.objectValue?["result"]?.objectValue?["delay"] == .number(JSONNumber(Int64(800))))
  }

  /// What the server must answer to one line.
  enum Expected: Equatable {
    case none
    case single(JSON?)
    case batch([JSON?])
    /// One error answer to a line that cannot be parsed (or is too long): its id is null or one the line's
    /// bytes show after an `"id":` key.
    case unparsed([UInt8])
  }

  /// The values that follow an `"id"` key and its colon (whitespace allowed around it) anywhere in `line`, each
  /// read up to the next delimiter.
  static func idTokens(in line: [UInt8]) -> [JSON] {
    let key = Array(#""id""#.utf8)
    let whitespace: [UInt8] = [0x20, 0x09, 0x0D]
    var values: [JSON] = []
    var index = 0
    while index + key.count <= line.count {
      defer { index += 1 }
      guard line[index..<index + key.count].elementsEqual(key) else { continue }
      var start = index + key.count
      while start < line.count, whitespace.contains(line[start]) { start += 1 }
      guard start < line.count, line[start] == UInt8(ascii: ":") else { continue }
      start += 1
      while start < line.count, whitespace.contains(line[start]) { start += 1 }
      var end = start
      if end < line.count, line[end] == UInt8(ascii: "\"") {
        end += 1
        while end < line.count, line[end] != UInt8(ascii: "\"") { end += line[end] == UInt8(ascii: "\\") ? 2 : 1 }
        end = min(end + 1, line.count)
      } else {
        let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")] + whitespace
        while end < line.count, !delimiters.contains(line[end]) { end += 1 }
      }
      if let value = try? JSONParser.parse(Array(line[start..<end])) { values.append(value) }
    }
    return values
  }

  static func checkResponse(_ json: JSON, id: JSON?) {
    guard let object = json.objectValue else {
      Issue.record("a response that is not an object")
      return
    }
    #expect(object["jsonrpc"] == .string("2.0"))
    if let id { #expect(object["id"] == id, "id \(String(describing: object["id"])) instead of \(id)") }
    let hasResult = object["result"] != nil
    let error = object["error"]?.objectValue
    #expect(hasResult != (error != nil), "exactly one of result and error")
    if let error {
      #expect(error["code"]?.int64Value != nil)
      #expect(error["message"]?.stringValue != nil)
      #expect(error["data"]?.objectValue?["kind"]?.stringValue != nil)
    }
  }

  /// The JSON-RPC 2.0 rules, applied independently of the server.
  static func expectedAnswer(_ line: [UInt8]) -> Expected {
    if line.count > maxLineBytes { return .unparsed(line) }
    var content = line
    if content.last == 0x0D { content.removeLast() }
    if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .none }
    guard let json = try? JSONParser.parse(content, maxDepth: 64) else { return .unparsed(content) }
    if case .array(let elements) = json {
      if elements.isEmpty { return .single(.null) }
      let ids = elements.compactMap(answerID)
      return ids.isEmpty ? .none : .batch(ids)
    }
    return answerID(json).map(Expected.single) ?? .none
  }

  /// The id an answer to this request carries, or nil when no answer is due (a well-formed notification).
  static func answerID(_ json: JSON) -> JSON?? {
    guard let object = json.objectValue else { return .some(.null) }
    let validVersion = object["jsonrpc"] == .string("2.0")
    let validMethod = object["method"]?.stringValue != nil
    let validParams: Bool
    switch object["params"] {
    case nil, .object?, .array?: validParams = true
    default: validParams = false
    }
    guard let id = object["id"] else {
      return validVersion && validMethod && validParams ? nil : .some(.null)
    }
    // A readable id is echoed even when the rest of the request is invalid; anything else is answered with null.
    switch id {
    case .string, .number, .null: return .some(id)
    default: return .some(.null)
    }
  }

  static func hostileLine(_ random: inout FuzzRandom) -> [UInt8] {
    var bytes = Array(random.pick(templates).utf8)
    switch random.below(12) {
    case 0:
      bytes = Array(bytes.prefix(random.below(bytes.count)))
    case 1:
      for _ in 0..<random.int(1...4) {
        var value = UInt8(truncatingIfNeeded: random.next())
        if value == 0x0A { value = 0x20 }
        bytes[random.below(bytes.count)] = value
      }
    case 2:
      bytes.insert(contentsOf: random.pick(invalidBytes), at: random.below(bytes.count + 1))
    case 3:
      let start = random.below(bytes.count)
      bytes.removeSubrange(start..<min(bytes.count, start + random.int(1...20)))
    case 4:
      let depth = random.int(1...2000)
      let open = random.below(2) == 0 ? "[" : "{\"a\":"
      let close = open == "[" ? "]" : "}"
      bytes = Array((String(repeating: open, count: depth) + "0" + String(repeating: close, count: depth)).utf8)
    case 5...8:
      bytes = replaceValue(in: bytes, &random)
    case 9:
      bytes = Array(random.pick(rawInjections).utf8)
    case 10:
      bytes += Array(String(repeating: " ", count: random.below(maxLineBytes)).utf8)
      bytes += Array("x".utf8)
    default:
      break
    }
    return bytes.map { $0 == 0x0A ? 0x20 : $0 }
  }

  /// Replaces one value inside the request with a value of another type or a hostile literal.
  static func replaceValue(in bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
    guard let json = try? JSONParser.parse(bytes) else { return bytes }
    var paths: [[String]] = []
    collectPaths(json, [], &paths)
    guard !paths.isEmpty else { return bytes }
    let path = random.pick(paths)
    let marker = "\u{1}MARK\u{1}"
    let replaced = replacing(json, path[...], with: .string(marker))
    let text = String(decoding: JSONWriter.encode(replaced), as: UTF8.self)
    return Array(text.replacingOccurrences(of: "\"\(marker)\"", with: random.pick(rawInjections)).utf8)
  }

  static func collectPaths(_ json: JSON, _ path: [String], _ paths: inout [[String]]) {
    paths.append(path)
    if case .object(let object) = json {
      for member in object.members { collectPaths(member.value, path + [member.key], &paths) }
    }
  }

  static func replacing(_ json: JSON, _ path: ArraySlice<String>, with value: JSON) -> JSON {
    guard let key = path.first, case .object(var object) = json else { return value }
    for index in object.members.indices where object.members[index].key == key {
      object.members[index].value = replacing(object.members[index].value, path.dropFirst(), with: value)
    }
    return .object(object)
  }
}

/// The fuzzer's own choices, drawn from the generator behind `conform generate`.
struct FuzzRandom {
  var source: SplitMix64

  init(state: UInt64) { source = SplitMix64(state: state) }

  mutating func next() -> UInt64 { source.next() }
  mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : source.below(n) }
  mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
  mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}
