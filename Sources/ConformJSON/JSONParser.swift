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

/// Strict RFC 8259 JSON parser producing `JSON` values.
///
/// - Any JSON value is accepted at top level; whitespace is space, tab, LF and CR only;
///   anything but whitespace after the value is `trailingData`; a UTF-8 BOM is an unexpected byte.
/// - Strings must be well-formed UTF-8. A string value with a lone UTF-16 surrogate escape (a high one
///   not followed by a low-surrogate escape, or a low one alone) is kept losslessly as
///   `JSON.utf16String`, the code units JavaScript's `JSON.parse` gives (a following non-low `\u` escape
///   is a unit of its own); its `stringValue` is what Go's encoding/json decodes, each lone surrogate
///   U+FFFD. An object key decodes that way too: keys are always `String`.
/// - Numbers are correctly rounded to binary64 (ties to even); a literal that rounds to infinity is
///   `numberOutOfRange`; underflow gives a signed zero.
/// - Arrays/objects nested deeper than `maxDepth` throw `tooDeep`. Parsing (like writing and
///   releasing a value) recurses once per nesting level: about 100–150 bytes of stack per level
///   in release builds and about 1.7 KB in debug builds, so keep `maxDepth` moderate (the default
///   128 is safe on any thread stack).
public enum JSONParser {
  /// Parses one JSON document from raw UTF-8 bytes. Member names found in `keys` reuse its `String`s (the same
  /// bytes, without creating a string per key).
  public static func parse(
    _ bytes: UnsafeRawBufferPointer, maxDepth: Int = 128, keys: JSONKeyTable? = nil
  ) throws(JSONParseError) -> JSON {
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      throw JSONParseError(offset: 0, reason: .unexpectedEnd)
    }
    var reader = JSONReader(
      base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count, maxDepth: maxDepth, keys: keys)
    return try reader.parseDocument()
  }

  /// Parses one JSON document from a byte array.
  public static func parse(_ bytes: [UInt8], maxDepth: Int = 128) throws(JSONParseError) -> JSON {
    let result: Result<JSON, JSONParseError> = bytes.withUnsafeBytes { raw in
      do throws(JSONParseError) {
        return .success(try parse(raw, maxDepth: maxDepth))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses one JSON document from a String's UTF-8 bytes.
  public static func parse(_ text: String, maxDepth: Int = 128) throws(JSONParseError) -> JSON {
    var text = text
    let result: Result<JSON, JSONParseError> = text.withUTF8 { buffer in
      do throws(JSONParseError) {
        return .success(try parse(UnsafeRawBufferPointer(buffer), maxDepth: maxDepth))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}
