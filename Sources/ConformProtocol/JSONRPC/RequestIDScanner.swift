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

/// Reads the `id` of a request from its raw bytes without parsing the rest: for lines the parser rejects
/// (invalid UTF-8 inside `params`, nesting deeper than the limit, a truncated tail) and for the first bytes of
/// a line too long to hold. JSON-RPC 2.0 answers `id: null` only when the id itself cannot be read.
///
/// The scan walks the top-level object's members in order, skipping each value without building it (nested
/// values by counting brackets, iteratively, so depth costs nothing), and stops at the first byte that breaks
/// the object's syntax or at the end of the bytes. The id is the last `id` member read completely before that
/// point (the parser, too, keeps the last of duplicate members); a member of another type than string, number
/// or null makes it unreadable. Time is linear in the bytes scanned.
public enum RequestIDScanner {
  /// The id of the request in `bytes`, or nil when none can be read.
  public static func scan(_ bytes: UnsafeRawBufferPointer) -> RequestID? {
    var cursor = Cursor(bytes: bytes)
    cursor.skipWhitespace()
    guard cursor.take(UInt8(ascii: "{")) else { return nil }
    var id: RequestID?? = nil
    while true {
      cursor.skipWhitespace()
      guard let keyRange = cursor.stringToken() else { return id ?? nil }
      cursor.skipWhitespace()
      guard cursor.take(UInt8(ascii: ":")) else { return id ?? nil }
      cursor.skipWhitespace()
      if isIDKey(UnsafeRawBufferPointer(rebasing: bytes[keyRange])) {
        guard let value = cursor.valueToken() else { return id ?? nil }
        id = .some(readID(UnsafeRawBufferPointer(rebasing: bytes[value])))
      } else {
        guard cursor.skipValue() else { return id ?? nil }
      }
      cursor.skipWhitespace()
      if cursor.take(UInt8(ascii: ",")) { continue }
      return id ?? nil
    }
  }

  /// Whether a key token (with its quotes) is `"id"`, spelled plainly or with escapes.
  static func isIDKey(_ token: UnsafeRawBufferPointer) -> Bool {
    if token.elementsEqual(#""id""#.utf8) { return true }
    guard token.contains(UInt8(ascii: "\\")), case .string(let key)? = try? JSONParser.parse(token) else {
      return false
    }
    return key == "id"
  }

  /// The id a complete value token stands for; nil (unreadable) for a value that is not a valid string,
  /// number or null.
  static func readID(_ token: UnsafeRawBufferPointer) -> RequestID? {
    guard let value = try? JSONParser.parse(token, maxDepth: 1) else { return nil }
    switch value {
    case .null: return .null
    case .number(let number): return .number(number)
    case .string(let text): return .string(text)
    case .utf16String: return .rawString(Array(token))
    default: return nil
    }
  }

  /// The byte ranges of the elements of the array `bytes` holds (a batch), or nil when it is not one.
  public static func elementRanges(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>]? {
    var cursor = Cursor(bytes: bytes)
    cursor.skipWhitespace()
    guard cursor.take(UInt8(ascii: "[")) else { return nil }
    var ranges: [Range<Int>] = []
    while true {
      cursor.skipWhitespace()
      guard let range = cursor.valueToken() else { return nil }
      ranges.append(range)
      cursor.skipWhitespace()
      if cursor.take(UInt8(ascii: ",")) { continue }
      return cursor.take(UInt8(ascii: "]")) ? ranges : nil
    }
  }

  /// A position in the bytes.
  struct Cursor {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) {
      self.bytes = bytes
    }

    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard position < bytes.count, bytes[position] == byte else { return false }
      position += 1
      return true
    }

    /// A complete string token (quotes included) at the cursor, or nil.
    mutating func stringToken() -> Range<Int>? {
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
      let start = position
      var index = position + 1
      while index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "\\"): index += 2
        case UInt8(ascii: "\""):
          position = index + 1
          return start..<position
        default: index += 1
        }
      }
      return nil
    }

    /// A complete scalar or container token at the cursor, or nil.
    mutating func valueToken() -> Range<Int>? {
      let start = position
      guard skipValue() else { return nil }
      return start..<position
    }

    /// Skips one value; false when it is cut off or does not start like a value.
    mutating func skipValue() -> Bool {
      guard position < bytes.count else { return false }
      switch bytes[position] {
      case UInt8(ascii: "\""):
        return stringToken() != nil
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        var depth = 0
        while position < bytes.count {
          switch bytes[position] {
          case UInt8(ascii: "\""):
            guard stringToken() != nil else { return false }
            continue
          case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
          case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth == 0 {
              position += 1
              return true
            }
          default: break
          }
          position += 1
        }
        return false
      default:
        // A number or a literal: up to the next delimiter, which must be there (a cut-off number is unreadable).
        let start = position
        while position < bytes.count {
          switch bytes[position] {
          case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D:
            return position > start
          default: position += 1
          }
        }
        return false
      }
    }
  }
}
