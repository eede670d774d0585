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
import GoErrorModel
import Testing

/// Error texts read back into trees: every tree of the checked-in go-v1 vectors whose shape the parser covers
/// is among the readings of its own text, and every reading prints exactly that text.
@Suite struct GoErrorTextParserTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The error trees of the go-v1 vector files (classify's error, evaluate's request.error, simulate's attempts).
  static func vectorTrees() throws -> [GoError] {
    var trees: [GoError] = []
    let directory = root.appendingPathComponent("vectors/go-v1")
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
      let data = try Data(contentsOf: directory.appendingPathComponent(name))
      var cases: [JSON] = []
      if name.hasSuffix(".jsonl") {
        for line in data.split(separator: UInt8(ascii: "\n")).dropFirst() {
          cases.append(try JSONParser.parse(Array(line)))
        }
      } else {
        cases = try JSONParser.parse(Array(data)).objectValue?["cases"]?.arrayValue ?? []
      }
      for vector in cases {
        let params = vector.objectValue?["params"]?.objectValue
        var found = [params?["error"], params?["request"]?.objectValue?["error"]]
        found += (params?["attempts"]?.arrayValue ?? []).map { $0.objectValue?["error"] }
        for case let json? in found {
          if case let tree? = try? GoWire.goError(json, depthLimit: 32) { trees.append(tree) }
        }
      }
    }
    return trees
  }

  /// Whether the parser reads this shape: single causes (no batches), no nil or panicking causes, awserr codes
  /// without white space, and texts free of the separators the formats use inside free text.
  static func covered(_ error: GoError) -> Bool {
    func free(_ text: String) -> Bool { !text.contains("\ncaused by: ") && !text.contains("\n\tstatus code: ") }
    switch error.kind {
    case .aws(let base), .requestFailure(let base, _, _):
      guard base.errs.count <= 1, !base.code.isEmpty, !base.code.contains(where: \.isWhitespace),
        !base.code.contains(": "), free(base.message), !base.message.contains("\n")
      else { return false }
      return base.errs.first.map { $0.map(covered) ?? false } ?? true
    case .url(let op, _, let err, _):
      guard !op.isEmpty, !op.contains(" "), !op.contains(":") else { return false }
      return err.map(covered) ?? true
    case .op(let op):
      guard !op.op.isEmpty, !op.op.contains(" "), !op.op.contains(":"), !op.net.contains(" "), !op.net.contains(":"),
        let err = op.err
      else { return false }
      return covered(err)
    case .syscall(let name, let err):
      guard !name.isEmpty, !name.contains(" "), !name.contains(":"), let err else { return false }
      return covered(err)
    case .dns(let dns):
      return !dns.name.contains(" on ") && !dns.name.contains(": ") && !dns.server.contains(": ")
    default:
      return true
    }
  }

  /// The tree with what its text cannot tell and no answer reads made canonical: a type without `Temporary()`
  /// is `errors.New`, and a DNS error's `IsNotFound` (which neither `Temporary()` nor `Timeout()` reads) follows
  /// its text.
  static func normalized(_ error: GoError?) -> GoError? {
    guard let error else { return nil }
    switch error.kind {
    case .opaque(let text, nil, nil): return .plain(text)
    case .dns(var dns):
      dns.isNotFound = dns.err == "no such host"
      return .dns(dns)
    case .aws(let base):
      return .aws(AWSBaseError(code: base.code, message: base.message, errs: base.errs.map(normalized)))
    case .requestFailure(let base, let status, let id):
      return .requestFailure(
        AWSBaseError(code: base.code, message: base.message, errs: base.errs.map(normalized)), statusCode: status,
        requestID: id)
    case .url(let op, let url, let err, _): return .url(op: op, url: url, err: normalized(err))
    case .op(var op):
      op.err = normalized(op.err)
      return .op(op)
    case .syscall(let name, let err): return .syscall(syscall: name, err: normalized(err))
    default: return error
    }
  }

  @Test func vectorTreesAreAmongTheReadingsOfTheirText() throws {
    let trees = try Self.vectorTrees()
    var checked = 0
    var missing: [String] = []
    for tree in trees {
      guard let text = try? tree.errorText(), !text.isEmpty else { continue }
      let readings = GoErrorTextParser.readings(of: text).readings
      for reading in readings { #expect((try? reading.error.errorText()) == text) }
      guard Self.covered(tree) else { continue }
      checked += 1
      let expected = Self.normalized(tree)
      if !readings.contains(where: { $0.error == expected }) { missing.append(text) }
    }
    #expect(checked > 5000, "only \(checked) trees checked")
    #expect(missing.isEmpty, "\(missing.count) of \(checked) not read back, e.g. \(missing.prefix(8))")
  }

  @Test func theKinesisLineReadsAsTheNetPackagesChainFirst() throws {
    let text =
      "RequestError: send request failed\ncaused by: Post \"https://kinesis.ap-northeast-1.amazonaws.com/\": read tcp 169.254.0.1:55638->3.113.218.4:443: read: connection reset by peer"
    let first = try #require(GoErrorTextParser.readings(of: text).readings.first)
    let source = try #require(GoTCPAddr(parsing: "169.254.0.1", port: 55638))
    let addr = try #require(GoTCPAddr(parsing: "3.113.218.4", port: 443))
    let expected = GoError.aws(
      AWSBaseError(
        code: "RequestError", message: "send request failed",
        errs: [
          .url(
            op: "Post", url: "https://kinesis.ap-northeast-1.amazonaws.com/",
            err: .op(
              GoOpError(
                op: "read", net: "tcp", source: source, addr: addr,
                err: .syscall(syscall: "read", err: .errno(try #require(GoErrno(name: "ECONNRESET")))))))
        ]))
    #expect(first.error == expected)
    #expect(first.unlikeliness == 0)
  }

  @Test func malformedPartsAreNamed() {
    let quote = GoErrorTextParser.readings(of: "Post \"https://x: EOF")
    #expect(quote.unread.contains { $0.contains("no valid closing quote") })
    #expect(quote.readings.contains { $0.error == .plain("Post \"https://x: EOF") })
    let address = GoErrorTextParser.readings(of: "dial tcp 300.1.1.1:443: connection refused")
    #expect(address.unread.contains { $0.contains("\"300.1.1.1:443\"") })
  }

  @Test func everyAnswerGroupIsDistinctAndComplete() throws {
    let question = GoErrorTextQuestion(text: "read tcp 10.0.0.1:1234->10.0.0.2:443: i/o timeout")
    guard case .success(let answer) = GoErrorTextAsker.ask(question) else {
      Issue.record("no answer")
      return
    }
    let results = answer.groups.map(\.answer.result)
    for (index, result) in results.enumerated() { #expect(!results[(index + 1)...].contains(result)) }
    let readings = GoErrorTextParser.readings(of: question.text).readings.count
    #expect(answer.groups.reduce(0) { $0 + $1.readings.count } == readings)
    #expect(answer.groups.count >= 2)
  }
}
