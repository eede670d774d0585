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
public import ConformProtocol

/// The JSON-RPC 2.0 layer: one request line in, at most one response line out, no I/O of its own.
///
/// It parses with the server's limits, handles batches and notifications, validates the request object,
/// serves `shutdown` and `exit`, and calls everything else through the protocol layer's `MethodTable`.
public struct RequestDispatcher: Sendable {
  /// Where the server is in its lifecycle.
  public enum State: Equatable, Sendable {
    /// Serving requests.
    case running
    /// `shutdown` was received: only `exit` is accepted.
    case shutDown
    /// `exit` was received: the process should end with this status (0 after `shutdown`, else 1).
    case exited(status: Int32)
  }

  /// The lifecycle state.
  public private(set) var state: State = .running
  private let table: MethodTable
  private var context: MethodContext { table.context }

  /// Creates a dispatcher with the given limits.
  public init(limits: ServerLimits = .defaults, methods: [String: MethodDefinition] = ConformMethods.byName) {
    table = MethodTable(limits: limits, methods: methods)
  }

  /// Handles one line (without its newline). Returns the response line, or nil when nothing is to be sent
  /// (a notification, a batch of notifications, or a blank line).
  ///
  /// A line that cannot be parsed (not JSON, invalid UTF-8, nested too deeply) is answered with the id its
  /// bytes still show (`RequestIDScanner`), and with `null` only when the id itself cannot be read.
  public mutating func handle(line: UnsafeRawBufferPointer) -> [UInt8]? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    let json: JSON
    do {
      json = try JSONParser.parse(line, maxDepth: context.limits.maxJSONDepth, keys: table.keys)
    } catch {
      let id = RequestIDScanner.scan(line) ?? .null
      if case .tooDeep = error.reason {
        return Self.response(
          id: id,
          error: .limitExceeded(
            "maxJSONDepth", value: context.limits.maxJSONDepth, "the request nests JSON deeper than allowed"))
      }
      return Self.response(id: id, error: .parseError(error))
    }
    if case .array(let elements) = json {
      guard !elements.isEmpty else {
        return Self.response(id: .null, error: .invalidRequest("an empty batch"))
      }
      // Each element's own bytes, for a string id with a lone surrogate (echoed as spelled); found only then.
      let hasRawID = elements.contains { if case .utf16String? = $0["id"] { true } else { false } }
      let ranges =
        hasRawID ? RequestIDScanner.elementRanges(line).flatMap { $0.count == elements.count ? $0 : nil } : nil
      var batch: [UInt8] = []
      for (index, element) in elements.enumerated() {
        let own = ranges.map { UnsafeRawBufferPointer(rebasing: line[$0[index]]) }
        guard let response = handle(request: element, line: own) else { continue }
        batch.append(batch.isEmpty ? UInt8(ascii: "[") : UInt8(ascii: ","))
        batch.append(contentsOf: response)
      }
      guard !batch.isEmpty else { return nil }
      batch.append(UInt8(ascii: "]"))
      return batch
    }
    return handle(request: json, line: line)
  }

  /// The answer for a line longer than `maxLineBytes`, with the id its first bytes (`prefix`) show, if any.
  public func lineTooLong(length: Int, prefix: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0))
    -> [UInt8]
  {
    Self.response(
      id: RequestIDScanner.scan(prefix) ?? .null,
      error: .limitExceeded(
        "maxLineBytes", value: context.limits.maxLineBytes, "a request line of \(length) bytes was skipped"))
  }

  /// One request object: its response line, or nil for a notification. `line` is the request's own bytes (its
  /// line, or its element of a batch): a string id with a lone surrogate is echoed from its raw token.
  private mutating func handle(request json: JSON, line: UnsafeRawBufferPointer?) -> [UInt8]? {
    guard case .object(let request) = json else {
      return Self.response(id: .null, error: .invalidRequest("a request must be an object, found \(json.kindName)"))
    }
    // The id, when it can be read; a notification has none.
    let id: RequestID?
    switch request["id"] {
    case nil: id = nil
    case .null?: id = .null
    case .string(let text)?: id = .string(text)
    case .utf16String(let units)?:
      if let line, let exact = RequestIDScanner.scan(line) {
        id = exact
      } else {
        id = .rawString(JSONWriter.encode(.utf16String(units)))
      }
    case .number(let number)?: id = .number(number)
    case let other?:
      return Self.response(
        id: .null, error: .invalidRequest("id must be a string, a number or null, found \(other.kindName)"))
    }
    guard case .string(let version)? = request["jsonrpc"], version == "2.0" else {
      return Self.response(id: id ?? .null, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
    }
    guard let method = request["method"]?.stringValue else {
      return Self.response(id: id ?? .null, error: .invalidRequest("\"method\" must be a string"))
    }
    // Only a request with more members than the ones just read can have an unknown one.
    let readMembers = 2 + (id == nil ? 0 : 1) + (request["params"] == nil ? 0 : 1)
    if request.members.count > readMembers,
      let unknown = Self.unknownEnvelopeMember(request, declared: table.params(of: method))
    {
      // Like a params error: answered when the request has an id, silent for a notification.
      return reply(id, error: .invalidRequest(unknown))
    }
    let params = request["params"]
    if let params {
      switch params {
      case .object: break
      case .array:
        return reply(
          id, error: .invalidParams(InvalidValue("params must be an object (by-name); arrays are not supported")))
      default:
        return Self.response(id: id ?? .null, error: .invalidRequest("\"params\" must be an object or an array"))
      }
    }
    switch state {
    case .exited:
      return nil
    case .shutDown where method != "exit":
      return reply(
        id,
        error: ResponseError(.shuttingDown, kind: "shutting-down", "The server is shutting down; only exit is accepted")
      )
    default:
      break
    }
    switch method {
    case "shutdown":
      state = .shutDown
      return reply(id, result: .null)
    case "exit":
      // Answered (when it has an id) before the server ends, so a client waiting for it is not left waiting.
      state = .exited(status: state == .shutDown ? 0 : 1)
      return reply(id, result: .null)
    default:
      switch table.call(method: method, params: params) {
      case .success(let result): return reply(id, result: result)
      case .failure(let error): return reply(id, error: error)
      }
    }
  }

  /// The request object's members are `jsonrpc`, `id`, `method` and `params` (JSON-RPC 2.0 section 4): anything
  /// else is an error naming it, pointing into `params` when the method declares a member of that name.
  static func unknownEnvelopeMember(_ request: JSONObject, declared: @autoclosure () -> [WireField]?) -> String? {
    for member in request.members where !envelopeMembers.contains(where: { WireStrictness.sameName($0, member.key) }) {
      var text = "unknown member \"\(member.key)\" of the request object"
      let known = envelopeMembers
      let names = (declared() ?? []).map(\.name)
      if let param = WireStrictness.suggestion(for: member.key, among: names) {
        text += "; did you mean params.\(param)?"
      } else if let close = WireStrictness.suggestion(for: member.key, among: known) {
        text += "; did you mean \"\(close)\"?"
      }
      return text
    }
    return nil
  }

  /// The members of a JSON-RPC 2.0 request object.
  static let envelopeMembers = ["jsonrpc", "id", "method", "params"]

  private func reply(_ id: RequestID?, result: JSON) -> [UInt8]? {
    guard let id else { return nil }
    // Room for typical answers (a go.v1.evaluate answer with a four-level error text is about 560 bytes), so
    // that the result is written in one pass, without measuring it first (`JSONWriter.emit`).
    var writer = JSONWriter(reservingCapacity: 1024)
    writer.writeRaw(#"{"id":"#)
    id.write(to: &writer)
    writer.writeRaw(#","jsonrpc":"2.0","result":"#)
    writer.write(result)
    writer.writeRaw("}")
    return writer.bytes
  }

  private func reply(_ id: RequestID?, error: ResponseError) -> [UInt8]? {
    guard let id else { return nil }
    return Self.response(id: id, error: error)
  }

  /// `{"error":...,"id":...,"jsonrpc":"2.0"}`, members in the sorted order every response uses.
  private static func response(id: RequestID, error: ResponseError) -> [UInt8] {
    var writer = JSONWriter(reservingCapacity: 256)
    writer.writeRaw(#"{"error":"#)
    writer.write(error.json)
    writer.writeRaw(#","id":"#)
    id.write(to: &writer)
    writer.writeRaw(#","jsonrpc":"2.0"}"#)
    return writer.bytes
  }
}
