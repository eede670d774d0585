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

/// A JSON-RPC request id: a string, a number (echoed as the value it parses to) or `null`.
public enum RequestID: Sendable, Equatable {
  /// A string id.
  case string(String)
  /// A string id with a lone surrogate escape such as `"\ud800"`: the exact JSON token as sent, quotes
  /// included, echoed byte for byte (escapes as they were spelled).
  case rawString([UInt8])
  /// A number id, kept as parsed so that it is echoed unchanged.
  case number(JSONNumber)
  /// `null` (also used in replies when the id could not be read).
  case null

  /// The id as JSON (a raw string token as the string it decodes to, lone surrogates kept).
  public var json: JSON {
    switch self {
    case .string(let text): .string(text)
    case .rawString(let token): (try? JSONParser.parse(token)) ?? .null
    case .number(let number): .number(number)
    case .null: .null
    }
  }

  /// Writes the id as JSON text: a raw string token exactly as it was sent.
  public func write(to writer: inout JSONWriter) {
    switch self {
    case .rawString(let token): token.withUnsafeBytes { writer.writeRawBytes($0) }
    default: writer.write(json)
    }
  }
}
