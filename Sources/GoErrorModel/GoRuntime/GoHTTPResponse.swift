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

/// The part of an `*http.Response` that the retry code reads: the status and the header map.
public struct GoHTTPResponse: Sendable, Equatable {
  /// `StatusCode`.
  public var statusCode: Int
  /// `Header`, keys exactly as stored.
  public var header: GoHeader

  /// Creates a response.
  public init(statusCode: Int, header: GoHeader = GoHeader()) {
    self.statusCode = statusCode
    self.header = header
  }
}

/// An `http.Header` map built with `Header.Add` for each key and value in order: keys are canonicalised on the
/// way in (`net/textproto.CanonicalMIMEHeaderKey`), so `retry-after` and `RETRY-AFTER` land on `Retry-After`.
///
/// This is how the real-SDK harness built its requests; a key that is not a valid header token (a space, a
/// non-ASCII byte) is stored unchanged and never matches.
public struct GoHeader: Sendable, Equatable {
  /// One key and its values, as given.
  public struct Entry: Sendable, Equatable {
    /// The key as given.
    public var key: String
    /// The values, in order.
    public var values: [String]

    /// Creates an entry.
    public init(key: String, values: [String]) {
      self.key = key
      self.values = values
    }
  }

  /// The entries in the order they were added.
  public var entries: [Entry]

  /// Creates a header map.
  public init(_ entries: [Entry] = []) {
    self.entries = entries
  }

  /// `Header.Get(key)` (`net/textproto/header.go` `MIMEHeader.Get`): the first value stored under the
  /// canonical form of `key`, or `""`. Each stored key is compared with that form in place, never copied.
  public func get(_ key: String) -> String {
    let canonical = GoHeader.canonicalMIMEHeaderKey(key)
    for entry in entries where GoHeader.canonicalForm(of: entry.key, is: canonical) {
      if let first = entry.values.first { return first }
    }
    return ""
  }

  /// `textproto.CanonicalMIMEHeaderKey` (Go 1.19, `net/textproto/reader.go:628-699`): upper-case the first
  /// letter and every letter after a dash, lower-case the rest; a key with a byte outside the HTTP token set,
  /// or one already canonical, is returned unchanged (and not copied).
  package static func canonicalMIMEHeaderKey(_ key: String) -> String {
    if canonicalForm(of: key, is: key) { return key }
    var bytes = Array(key.utf8)
    var upper = true
    for index in bytes.indices {
      bytes[index] = canonicalByte(bytes[index], upper: upper)
      upper = bytes[index] == UInt8(ascii: "-")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `canonicalMIMEHeaderKey(key)` is `canonical` byte for byte, without building it. Canonicalising
  /// changes only the case of ASCII letters, so the lengths match.
  package static func canonicalForm(of key: String, is canonical: String) -> Bool {
    let bytes = key.utf8
    guard bytes.count == canonical.utf8.count else { return false }
    // A key with a non-token byte is its own canonical form (reader.go:633-635, 669-675).
    guard bytes.allSatisfy(isTokenByte) else { return GoBytes.equal(key, canonical) }
    var upper = true
    for (byte, expected) in zip(bytes, canonical.utf8) {
      let canonicalByte = canonicalByte(byte, upper: upper)
      guard canonicalByte == expected else { return false }
      upper = canonicalByte == UInt8(ascii: "-")
    }
    return true
  }

  /// One byte of a token key canonicalised (`reader.go:683-687`): upper-cased at the start of a word,
  /// lower-cased elsewhere.
  @inline(__always)
  static func canonicalByte(_ byte: UInt8, upper: Bool) -> UInt8 {
    if upper, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return byte - 32 }
    if !upper, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte + 32 }
    return byte
  }

  /// RFC 7230 `tchar` (`validHeaderFieldByte`, `net/textproto/reader.go:657-659` and `isTokenTable`,
  /// 753-833): letters, digits and ``!#$%&'*+-.^_`|~``.
  static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"),
      UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
      UInt8(ascii: "|"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
