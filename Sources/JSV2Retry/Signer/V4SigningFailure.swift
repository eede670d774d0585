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

public import JSValueModel

/// Where `AWS.Signers.V4.addAuthorization` fails for a request's endpoint (`lib/signers/v4.js`), before any
/// hashing: `SIGN` stores the exception as the response's error (`lib/event_listeners.js:335-336`).
public enum V4SigningFailure {
  /// The exception signing a request with this endpoint's `path` and `Host` header throws, or nil when it signs.
  ///
  /// `canonicalString()` (`lib/signers/v4.js:117-128`) first takes `this.request.pathname()`,
  /// `this.path.split('?', 1)[0]` (`lib/http.js:141`), which throws on a `null` path; `AWS.util.uriEscapePath`
  /// then runs `encodeURIComponent` on it (`lib/util.js:40`), which throws `URIError: URI malformed` on a lone
  /// surrogate; so does the query's `uriEscape` in `this.request.search()` (`lib/http.js:147-154`); last,
  /// `canonicalHeaders()` rejects a `Host` header that is `null` (`lib/signers/v4.js:144-145`).
  public static func failure(for endpoint: AWSEndpoint) -> JSThrow? {
    guard let path = endpoint.path else {
      return JSThrow(name: "TypeError", message: "Cannot read properties of null (reading 'split')")
    }
    let units = path.utf16
    let question = units.firstIndex(of: 0x3F)
    if JSString.hasLoneSurrogate(units[..<(question ?? units.endIndex)]) {
      return NodeURLParser.uriMalformed
    }
    if let question {
      // var query = this.path.split('?', 2)[1]
      let rest = units[(question + 1)...]
      let query = rest[..<(rest.firstIndex(of: 0x3F) ?? rest.endIndex)]
      if queryKeepsLoneSurrogate(query) { return NodeURLParser.uriMalformed }
    }
    if endpoint.host == nil {
      // throw AWS.util.error(new Error('Header ' + key + ' contains invalid value'), {code: 'InvalidHeader'})
      return JSThrow(name: "Error", message: "Header host contains invalid value", code: "InvalidHeader")
    }
    return nil
  }

  /// Whether `querystring.parse(query)` (Node 20's `lib/querystring.js`, which `AWS.util.queryStringParse`
  /// calls) gives a key or value with a lone surrogate, which `queryParamsToString` then hands to
  /// `encodeURIComponent`. The first 1000 `&`-separated pairs count (`maxKeys`); each splits at its first `=`.
  /// A part with a `%XX` escape is decoded: by `decodeURIComponent`, which keeps lone surrogates, or, when that
  /// throws, by `unescapeBuffer(s).toString()`, which truncates every code unit to a byte and leaves none.
  static func queryKeepsLoneSurrogate(_ query: ArraySlice<UInt16>) -> Bool {
    guard !query.isEmpty else { return false }
    for pair in query.split(separator: 0x26, omittingEmptySubsequences: false).prefix(1000) {
      let equals = pair.firstIndex(of: 0x3D)
      let parts = [pair[..<(equals ?? pair.endIndex)], equals.map { pair[($0 + 1)...] } ?? []]
      for part in parts where JSString.hasLoneSurrogate(part) {
        if hasHexEscape(part), NodeURLParser.Parser.decodeURIComponent(part) == nil { continue }
        return true
      }
    }
    return false
  }

  /// `/%[0-9A-Fa-f]{2}/`: what makes `querystring.parse` decode a key or value.
  static func hasHexEscape(_ part: ArraySlice<UInt16>) -> Bool {
    func isHex(_ unit: UInt16) -> Bool { NodeURLParser.Parser.hexValue(unit) != nil }
    var i = part.startIndex
    while i + 2 < part.endIndex {
      if part[i] == 0x25, isHex(part[i + 1]), isHex(part[i + 2]) { return true }
      i += 1
    }
    return false
  }

  /// The error object `SIGN` stores: the exception itself, so its own `code` only (a `TypeError` has none).
  static func errorObject(_ thrown: JSThrow) -> JSErrorObject {
    JSErrorObject(
      code: thrown.code.map { .string(JSString($0)) } ?? .undefined, message: .string(JSString(thrown.message)))
  }
}
