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

/// A JSON-RPC error object: `{code, message, data}`, where `data.kind` is a stable discriminator.
public struct ResponseError: Error, Sendable, Equatable {
  /// The code.
  public var code: ErrorCode
  /// One concise sentence.
  public var message: String
  /// `data`: always an object with at least `kind`.
  public var data: JSONObject

  /// Creates an error; `kind` and `extra` members make up `data`.
  public init(_ code: ErrorCode, kind: String, _ message: String, _ extra: KeyValuePairs<String, JSON> = [:]) {
    self.code = code
    self.message = message
    var data = JSONObject()
    data.append("kind", .string(kind))
    for (key, value) in extra { data.append(key, value) }
    self.data = data
  }

  /// `data.kind`.
  public var kind: String {
    if case .string(let kind)? = data["kind"] { return kind }
    return ""
  }

  /// `-32700`: the line could not be parsed.
  public static func parseError(_ error: JSONParseError) -> ResponseError {
    ResponseError(
      .parseError, kind: "parse-error", "Parse error: \(error.description)",
      ["offset": Encode.int(error.offset), "reason": .string(error.description)])
  }

  /// `-32600`: not a JSON-RPC 2.0 request.
  public static func invalidRequest(_ reason: String) -> ResponseError {
    ResponseError(.invalidRequest, kind: "invalid-request", "Invalid request: \(reason)", ["reason": .string(reason)])
  }

  /// `-32601`.
  public static func methodNotFound(_ name: String) -> ResponseError {
    ResponseError(.methodNotFound, kind: "method-not-found", "Method not found: \(name)", ["method": .string(name)])
  }

  /// `-32602`, naming the offending field as a path such as `params.request.error.orig.type`.
  public static func invalidParams(_ error: InvalidValue) -> ResponseError {
    let path = error.pathText(root: "params")
    return ResponseError(
      .invalidParams, kind: "invalid-params", "Invalid params: \(path): \(error.reason)",
      ["path": .string(path), "reason": .string(error.reason)])
  }

  /// `-32001`: the SDK needed more random values than `params.random` holds.
  public static func randomExhausted(available: Int) -> ResponseError {
    ResponseError(
      .randomExhausted, kind: "random-exhausted",
      "The SDK consumed all \(available) random value(s) in params.random and needed another",
      ["available": Encode.int(available), "path": .string("params.random")])
  }

  /// `-32002`: a protective limit.
  public static func limitExceeded(_ limit: String, value: Int, _ what: String) -> ResponseError {
    ResponseError(
      .limitExceeded, kind: "limit-exceeded", "Limit exceeded: \(what) (\(limit) is \(value))",
      ["limit": .string(limit), "value": Encode.int(value)])
  }

  /// The error object as JSON.
  public var json: JSON {
    Encode.object(["code": Encode.int(code.rawValue), "data": .object(data), "message": .string(message)])
  }
}
