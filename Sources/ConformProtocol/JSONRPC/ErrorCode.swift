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

/// A JSON-RPC 2.0 error code: the standard ones and this server's, in -32000...-32099.
public struct ErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
  /// The integer code.
  public let rawValue: Int

  /// Creates a code.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// The line is not JSON (or not UTF-8).
  public static let parseError = ErrorCode(rawValue: -32700)
  /// The JSON is not a JSON-RPC 2.0 request.
  public static let invalidRequest = ErrorCode(rawValue: -32600)
  /// No such method.
  public static let methodNotFound = ErrorCode(rawValue: -32601)
  /// A parameter is missing, of the wrong type, or out of range; `data.path` names it.
  public static let invalidParams = ErrorCode(rawValue: -32602)
  /// A bug in the server.
  public static let internalError = ErrorCode(rawValue: -32603)
  /// The request supplied fewer random values than the SDK consumed (`data.kind: "random-exhausted"`).
  public static let randomExhausted = ErrorCode(rawValue: -32001)
  /// A protective limit of the server was exceeded (`data.kind: "limit-exceeded"`, `data.limit` names it).
  public static let limitExceeded = ErrorCode(rawValue: -32002)
  /// A request arrived after `shutdown` (`data.kind: "shutting-down"`).
  public static let shuttingDown = ErrorCode(rawValue: -32003)

  /// The code as text.
  public var description: String { String(rawValue) }
}
