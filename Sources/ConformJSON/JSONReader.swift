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

/// The recursive-descent parser state over one contiguous UTF-8 buffer.
internal struct JSONReader {
  /// First byte of the input.
  let base: UnsafePointer<UInt8>
  /// Number of input bytes.
  let count: Int
  /// Largest allowed nesting of arrays/objects.
  let maxDepth: Int
  /// Offset of the next unread byte.
  var pos: Int = 0
  /// Current nesting of arrays/objects.
  var depth: Int = 0
  /// Reused buffer for strings that contain escapes.
  var scratch: [UInt8] = []
  /// Member names whose `String`s are reused, if any.
  let keys: JSONKeyTable?

  init(base: UnsafePointer<UInt8>, count: Int, maxDepth: Int, keys: JSONKeyTable? = nil) {
    self.base = base
    self.count = count
    self.maxDepth = maxDepth
    self.keys = keys
  }

  @inline(__always)
  func fail(_ reason: JSONParseError.Reason, at offset: Int) -> JSONParseError {
    return JSONParseError(offset: offset, reason: reason)
  }

  /// Parses a single value followed only by whitespace.
  mutating func parseDocument() throws(JSONParseError) -> JSON {
    let value = try parseValue()
    skipWhitespace()
    if pos != count { throw fail(.trailingData, at: pos) }
    return value
  }

  @inline(__always)
  mutating func skipWhitespace() {
    while pos < count {
      let c = base[pos]
      // space 0x20, tab 0x09, LF 0x0A, CR 0x0D
      if c > 0x20 || (UInt64(0x1_0000_2600) >> UInt64(c)) & 1 == 0 { return }
      pos += 1
    }
  }

  /// Parses any value starting at the next non-whitespace byte.
  mutating func parseValue() throws(JSONParseError) -> JSON {
    skipWhitespace()
    guard pos < count else { throw fail(.unexpectedEnd, at: pos) }
    let c = base[pos]
    switch c {
    case UInt8(ascii: "\""):
      return try parseStringValue()
    case UInt8(ascii: "{"):
      return try parseObject()
    case UInt8(ascii: "["):
      return try parseArray()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try parseNumber())
    case UInt8(ascii: "t"):
      try expectLiteral(0x6575_7274, length: 4)  // "true"
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral(0x65_736c_6166, length: 5)  // "false"
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral(0x6c6c_756e, length: 4)  // "null"
      return .null
    default:
      throw fail(.unexpectedByte(c), at: pos)
    }
  }

  /// Consumes a keyword given as little-endian packed ASCII bytes.
  @inline(__always)
  mutating func expectLiteral(_ packed: UInt64, length: Int) throws(JSONParseError) {
    var i = 0
    while i < length {
      let p = pos + i
      guard p < count else { throw fail(.unexpectedEnd, at: p) }
      let want = UInt8(truncatingIfNeeded: packed >> UInt64(8 * i))
      let c = base[p]
      if c != want { throw fail(.unexpectedByte(c), at: p) }
      i += 1
    }
    pos += length
  }

  @inline(__always)
  mutating func enterContainer() throws(JSONParseError) {
    depth += 1
    if depth > maxDepth { throw fail(.tooDeep(limit: maxDepth), at: pos) }
    pos += 1
  }

  /// Parses an array; `pos` is at '['.
  mutating func parseArray() throws(JSONParseError) -> JSON {
    try enterContainer()
    skipWhitespace()
    if pos < count && base[pos] == UInt8(ascii: "]") {
      pos += 1
      depth -= 1
      return .array([])
    }
    var items: [JSON] = []
    items.reserveCapacity(4)
    while true {
      items.append(try parseValue())
      skipWhitespace()
      guard pos < count else { throw fail(.unexpectedEnd, at: pos) }
      let c = base[pos]
      pos += 1
      if c == UInt8(ascii: ",") { continue }
      if c == UInt8(ascii: "]") { break }
      throw fail(.unexpectedByte(c), at: pos - 1)
    }
    depth -= 1
    return .array(items)
  }

  /// Parses an object; `pos` is at '{'.
  mutating func parseObject() throws(JSONParseError) -> JSON {
    try enterContainer()
    skipWhitespace()
    if pos < count && base[pos] == UInt8(ascii: "}") {
      pos += 1
      depth -= 1
      return .object(JSONObject())
    }
    var members: [JSONObject.Member] = []
    members.reserveCapacity(8)  // requests' objects have up to 6 or 7 members: one allocation, no regrowth
    while true {
      skipWhitespace()
      guard pos < count else { throw fail(.unexpectedEnd, at: pos) }
      let q = base[pos]
      if q != UInt8(ascii: "\"") { throw fail(.unexpectedByte(q), at: pos) }
      let (key, keyPrefix) = try parseKey()
      skipWhitespace()
      guard pos < count else { throw fail(.unexpectedEnd, at: pos) }
      let colon = base[pos]
      if colon != UInt8(ascii: ":") { throw fail(.unexpectedByte(colon), at: pos) }
      pos += 1
      let value = try parseValue()
      members.append(JSONObject.Member(key: key, value: value, keyPrefix: keyPrefix))
      skipWhitespace()
      guard pos < count else { throw fail(.unexpectedEnd, at: pos) }
      let c = base[pos]
      pos += 1
      if c == UInt8(ascii: ",") { continue }
      if c == UInt8(ascii: "}") { break }
      throw fail(.unexpectedByte(c), at: pos - 1)
    }
    depth -= 1
    return .object(JSONObject(members))
  }

  /// Parses a member name (`pos` is at its opening quote) and its `UTF8Bytes.prefix`, taken from the input: a
  /// name without escapes that `keys` holds is its `String` there, any other is created as `parseStringValue` does (a lone surrogate
  /// in a name is U+FFFD).
  mutating func parseKey() throws(JSONParseError) -> (key: String, prefix: UInt64) {
    let start = pos + 1
    let stop = try scanPlain(from: start)
    guard base[stop] == UInt8(ascii: "\"") else {
      let key = try parseEscapedString(start: start, firstEscape: stop, keepingLoneSurrogates: false).stringValue!
      return (key, UTF8Bytes.prefix(key))
    }
    pos = stop + 1
    let bytes = UnsafeBufferPointer(start: base + start, count: stop - start)
    let prefix = UTF8Bytes.prefix(bytes)
    if let known = keys?.name(bytes, prefix: prefix) { return (known, prefix) }
    return (JSONReader.makeString(bytes), prefix)
  }
}
