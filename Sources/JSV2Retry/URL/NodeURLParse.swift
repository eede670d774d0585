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

/// Node 20's legacy `url.parse(url)` (`lib/url.js` of Node v20.20.2, `Url.prototype.parse`), with
/// `parseQueryString` and `slashesDenoteHost` false as `AWS.util.urlParse` calls it (`lib/util.js:59-61`).
///
/// Works on UTF-16 code units, as the JavaScript does, lone surrogates included. The fields are the string
/// properties of the `Url` object; `nil` is `null`. `href` is not kept, but `Url.prototype.format`, which
/// `parse` ends with, runs: it throws on an `auth` that ends in a surrogate (see `formatThrows`).
public struct NodeURL: Sendable, Equatable {
  /// `protocol`, lower-cased, with its colon.
  public var scheme: String?
  /// `slashes`.
  public var slashes = false
  /// `auth`, percent-decoded.
  public var auth: JSString?
  /// `host`: hostname and port.
  public var host: JSString?
  /// `port`: the digits after the last colon of the host.
  public var port: JSString?
  /// `hostname`.
  public var hostname: JSString?
  /// `hash`.
  public var hash: JSString?
  /// `search`, with its `?`.
  public var search: JSString?
  /// `query`, without the `?`.
  public var query: JSString?
  /// `pathname`.
  public var pathname: JSString?
  /// `path`: pathname and search.
  public var path: JSString?

  /// Creates an empty result (every field `null`).
  public init() {}
}

/// `url.parse`.
public enum NodeURLParser {
  /// Parses `url` as Node 20's `url.parse(url)` does, or throws what it throws.
  public static func parse(_ url: JSString) throws(JSThrow) -> NodeURL {
    var parser = Parser(url.utf16)
    return try parser.run()
  }

  /// `ERR_INVALID_URL` (`lib/internal/errors.js`): `TypeError [ERR_INVALID_URL]: Invalid URL`.
  static let invalidURL = JSThrow(name: "TypeError", message: "Invalid URL", code: "ERR_INVALID_URL")

  /// `URIError: URI malformed`, from `decodeURIComponent`.
  static let uriMalformed = JSThrow(name: "URIError", message: "URI malformed")

  /// `ERR_INVALID_URI` (`lib/internal/errors.js`): `URIError [ERR_INVALID_URI]: URI malformed`, from the
  /// `encodeStr` of `lib/internal/querystring.js`.
  static let invalidURI = JSThrow(name: "URIError", message: "URI malformed", code: "ERR_INVALID_URI")

  struct Parser {
    typealias Units = [UInt16]
    let url: Units
    var result = NodeURL()

    init(_ url: Units) { self.url = url }

    static func units(_ text: String) -> Units { Array(text.utf16) }
    static func string(_ units: some Collection<UInt16>) -> JSString { JSString(utf16: units) }
    /// The text of an ASCII run (a protocol).
    static func text(_ units: some Collection<UInt16>) -> String { String(decoding: units, as: UTF16.self) }

    mutating func run() throws(JSThrow) -> NodeURL {
      var (rest, hasHash, hasAt) = trimmed()
      // Fast path: a simple path (lib/url.js simplePathPattern).
      if !hasHash, !hasAt, let (pathname, search) = Self.simplePath(rest) {
        result.path = Self.string(rest)
        result.pathname = Self.string(pathname)
        if let search, !search.isEmpty {
          result.search = Self.string(search)
          result.query = Self.string(search.dropFirst())
        }
        return result
      }
      // protocolPattern = /^[a-z0-9.+-]+:/i
      var proto: Units?
      var lowerProto: Units?
      if let colon = Self.protocolEnd(rest) {
        let found = Units(rest[..<colon])
        proto = found
        lowerProto = found.map(Self.asciiLower)
        result.scheme = Self.text(lowerProto!)
        rest = Units(rest[colon...])
      }
      let lower = lowerProto.map(Self.text)
      var slashes = false
      if proto != nil || Self.hostPattern(rest) {
        slashes = rest.count >= 2 && rest[0] == slash && rest[1] == slash
        if slashes, !(proto != nil && Self.hostless.contains(lower!)) {
          rest = Units(rest[2...])
          result.slashes = true
        }
      }
      let hostless = lower.map { Self.hostless.contains($0) } ?? false
      if !hostless, slashes || (proto != nil && !Self.slashed.contains(Self.text(proto!))) {
        try parseHost(&rest)
      }
      if !(lower.map { Self.unsafe.contains($0) } ?? false) {
        rest = Self.autoEscape(rest)
      }
      var questionIdx = -1
      var hashIdx = -1
      for (i, code) in rest.enumerated() {
        if code == hashMark {
          result.hash = Self.string(rest[i...])
          hashIdx = i
          break
        } else if code == question, questionIdx == -1 {
          questionIdx = i
        }
      }
      if questionIdx != -1 {
        let end = hashIdx == -1 ? rest.count : hashIdx
        result.search = Self.string(rest[questionIdx..<end])
        result.query = Self.string(rest[(questionIdx + 1)..<end])
      }
      let useQuestion = questionIdx != -1 && (hashIdx == -1 || questionIdx < hashIdx)
      let firstIdx = useQuestion ? questionIdx : hashIdx
      if firstIdx == -1 {
        if !rest.isEmpty { result.pathname = Self.string(rest) }
      } else if firstIdx > 0 {
        result.pathname = Self.string(rest[..<firstIdx])
      }
      if let lower, Self.slashed.contains(lower), !(result.hostname ?? "").isEmpty, (result.pathname ?? "").isEmpty {
        result.pathname = "/"
      }
      let pathname = result.pathname ?? ""
      let search = result.search ?? ""
      if !pathname.isEmpty || !search.isEmpty { result.path = pathname + search }
      // this.href = this.format() (lib/url.js): format encodes auth with encodeStr.
      if let auth = result.auth, Self.formatThrows(auth: auth.utf16) { throw NodeURLParser.invalidURI }
      return result
    }

    /// Whether `Url.prototype.format` throws on `auth`: `encodeStr` (`lib/internal/querystring.js`) takes any
    /// surrogate code unit as the first half of a pair and the next unit, whatever it is, as the second; a
    /// surrogate that is the last unit has none and throws `ERR_INVALID_URI`.
    static func formatThrows(auth: [UInt16]) -> Bool {
      var i = 0
      while i < auth.count {
        if auth[i] & 0xF800 == 0xD800 {
          if i + 1 == auth.count { return true }
          i += 1
        }
        i += 1
      }
      return false
    }

    /// The leading/trailing whitespace trim and the backslash conversion before the first `?` or `#`.
    func trimmed() -> (rest: Units, hasHash: Bool, hasAt: Bool) {
      var hasHash = false
      var hasAt = false
      var start = -1
      var end = -1
      var rest: Units = []
      var lastPos = 0
      var inWs = false
      var split = false
      for i in url.indices {
        let code = url[i]
        let isWs = code < 33 || code == 0xA0 || code == 0xFEFF
        if start == -1 {
          if isWs { continue }
          lastPos = i
          start = i
        } else if inWs {
          if !isWs {
            end = -1
            inWs = false
          }
        } else if isWs {
          end = i
          inWs = true
        }
        if !split {
          switch code {
          case at: hasAt = true
          case hashMark:
            hasHash = true
            split = true
          case question: split = true
          case backslash:
            if i - lastPos > 0 { rest += url[lastPos..<i] }
            rest.append(slash)
            lastPos = i + 1
          default: break
          }
        } else if !hasHash, code == hashMark {
          hasHash = true
        }
      }
      if start != -1 {
        if lastPos == start {
          rest = end == -1 ? Units(url[start...]) : Units(url[start..<end])
        } else if end == -1, lastPos < url.count {
          rest += url[lastPos...]
        } else if end != -1, lastPos < end {
          rest += url[lastPos..<end]
        }
      }
      return (rest, hasHash, hasAt)
    }

    /// The host section: auth, host, port, hostname validation and IDNA (`lib/url.js` parse, host branch).
    mutating func parseHost(_ rest: inout Units) throws(JSThrow) {
      var hostEnd = -1
      var atSign = -1
      var nonHost = -1
      var i = 0
      while i < rest.count {
        switch rest[i] {
        case 0x09, 0x0A, 0x0D:
          rest.remove(at: i)
          i -= 1
        case 0x20, 0x22, 0x25, 0x27, 0x3B, 0x3C, 0x3E, backslash, 0x5E, 0x60, 0x7B, 0x7C, 0x7D:
          if nonHost == -1 { nonHost = i }
        case hashMark, slash, question:
          if nonHost == -1 { nonHost = i }
          hostEnd = i
        case at:
          atSign = i
          nonHost = -1
        default: break
        }
        i += 1
        if hostEnd != -1 { break }
      }
      var start = 0
      if atSign != -1 {
        guard let auth = Self.decodeURIComponent(rest[..<atSign]) else { throw NodeURLParser.uriMalformed }
        result.auth = auth
        start = atSign + 1
      }
      var host: Units
      if nonHost == -1 {
        host = Units(rest[start...])
        rest = []
      } else {
        host = Units(rest[start..<max(start, nonHost)])
        rest = Units(rest[nonHost...])
      }
      // parseHost: portPattern = /:[0-9]*$/
      var hostname: Units = []
      var digitsStart = host.count
      while digitsStart > 0, (0x30...0x39).contains(host[digitsStart - 1]) { digitsStart -= 1 }
      if digitsStart > 0, host[digitsStart - 1] == colon {
        if digitsStart < host.count { result.port = Self.string(host[digitsStart...]) }
        host = Units(host[..<(digitsStart - 1)])
      }
      hostname = host
      let ipv6 = hostname.first == 0x5B && hostname.last == 0x5D
      if !ipv6 {
        // getHostname: the first / \ # ? : ends the host name; the rest moves into the path.
        if let bad = hostname.firstIndex(where: { [slash, backslash, hashMark, question, colon].contains($0) }) {
          rest = [slash] + hostname[bad...] + rest
          hostname = Units(hostname[..<bad])
        }
      }
      if hostname.count > 255 {
        hostname = []
      } else {
        hostname = NodeDomainToASCII.toLowerCase(hostname)
      }
      if !hostname.isEmpty {
        if ipv6 {
          if hostname.contains(where: { Self.forbiddenIPv6.contains($0) }) { throw NodeURLParser.invalidURL }
        } else {
          hostname = NodeDomainToASCII.toASCII(hostname)
          if hostname.isEmpty || hostname.contains(where: { Self.forbidden.contains($0) }) {
            throw NodeURLParser.invalidURL
          }
        }
      }
      let portPart = result.port.map { ":" + $0 } ?? ""
      result.host = Self.string(hostname) + portPart
      if ipv6 {
        hostname = Units(hostname.dropFirst().dropLast())
        if rest.first != slash { rest = [slash] + rest }
      }
      result.hostname = Self.string(hostname)
    }

    /// `simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/`: the pathname and the search (with `?`).
    static func simplePath(_ rest: Units) -> (Units.SubSequence, Units.SubSequence?)? {
      guard rest.first == slash else { return nil }
      var i = 1
      if rest.count > 1, rest[1] == slash { i = 2 }
      if i < rest.count, rest[i] == slash { return nil }
      while i < rest.count, rest[i] != question, !isRegExpSpace(rest[i]) { i += 1 }
      let pathname = rest[..<i]
      if i == rest.count { return (pathname, nil) }
      guard rest[i] == question else { return nil }
      if rest[i...].contains(where: isRegExpSpace) { return nil }
      return (pathname, rest[i...])
    }

    /// The end of `/^[a-z0-9.+-]+:/i` (the index of the colon plus one), if it matches.
    static func protocolEnd(_ rest: Units) -> Int? {
      var i = 0
      while i < rest.count {
        let c = asciiLower(rest[i])
        if (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) || c == 0x2E || c == 0x2B || c == 0x2D {
          i += 1
          continue
        }
        return c == colon && i > 0 ? i + 1 : nil
      }
      return nil
    }

    /// `hostPattern = /^\/\/[^@/]+@[^@/]+/`.
    static func hostPattern(_ rest: Units) -> Bool {
      guard rest.count >= 2, rest[0] == slash, rest[1] == slash else { return false }
      var i = 2
      while i < rest.count, rest[i] != at, rest[i] != slash { i += 1 }
      guard i > 2, i < rest.count, rest[i] == at else { return false }
      return i + 1 < rest.count && rest[i + 1] != at && rest[i + 1] != slash
    }

    /// `autoEscapeStr`: `\t \n \r space " ' < > \ ^ ` { | }` percent-encoded.
    static func autoEscape(_ rest: Units) -> Units {
      var out: Units = []
      out.reserveCapacity(rest.count)
      for code in rest {
        if let escaped = autoEscaped[code] { out += escaped } else { out.append(code) }
      }
      return out
    }

    static let autoEscaped: [UInt16: Units] = [
      0x09: units("%09"), 0x0A: units("%0A"), 0x0D: units("%0D"), 0x20: units("%20"), 0x22: units("%22"),
      0x27: units("%27"), 0x3C: units("%3C"), 0x3E: units("%3E"), 0x5C: units("%5C"), 0x5E: units("%5E"),
      0x60: units("%60"), 0x7B: units("%7B"), 0x7C: units("%7C"), 0x7D: units("%7D"),
    ]

    /// `forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/`.
    static let forbidden: Set<UInt16> = Set(units("\0\t\n\r #%/:<>?@[\\]^|"))
    /// `forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/`.
    static let forbiddenIPv6: Set<UInt16> = Set(units("\0\t\n\r #%/<>?@\\^|"))

    /// `hostlessProtocol`, `slashedProtocol` and `unsafeProtocol` of `lib/internal/url.js`.
    static let hostless: Set<String> = ["javascript", "javascript:"]
    static let unsafe: Set<String> = ["javascript", "javascript:"]
    static let slashed: Set<String> = [
      "http", "http:", "https", "https:", "ftp", "ftp:", "gopher", "gopher:", "file", "file:", "ws", "ws:", "wss",
      "wss:",
    ]

    /// `\s` of a JavaScript regular expression (WhiteSpace and LineTerminator).
    static func isRegExpSpace(_ code: UInt16) -> Bool {
      switch code {
      case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
      default: false
      }
    }

    static func asciiLower(_ code: UInt16) -> UInt16 { (0x41...0x5A).contains(code) ? code + 0x20 : code }

    /// `decodeURIComponent`: nil where it throws `URIError` (a `%` not followed by two hex digits, or escapes
    /// that are not well-formed UTF-8: overlong, surrogate, above U+10FFFF, truncated).
    static func decodeURIComponent(_ text: Units.SubSequence) -> JSString? {
      var out: Units = []
      var i = text.startIndex
      func hexByte(_ at: Int) -> UInt8? {
        guard at + 2 < text.endIndex, text[at] == percent, let high = hexValue(text[at + 1]),
          let low = hexValue(text[at + 2])
        else { return nil }
        return high << 4 | low
      }
      while i < text.endIndex {
        guard text[i] == percent else {
          out.append(text[i])
          i += 1
          continue
        }
        guard i + 2 < text.endIndex, let first = hexByte(i) else { return nil }
        i += 3
        if first < 0x80 {
          out.append(UInt16(first))
          continue
        }
        let count: Int
        var scalar: UInt32
        switch first {
        case 0xC0...0xDF: (count, scalar) = (1, UInt32(first & 0x1F))
        case 0xE0...0xEF: (count, scalar) = (2, UInt32(first & 0x0F))
        case 0xF0...0xF7: (count, scalar) = (3, UInt32(first & 0x07))
        default: return nil
        }
        for _ in 0..<count {
          guard i + 2 < text.endIndex, let next = hexByte(i), next & 0xC0 == 0x80 else { return nil }
          scalar = scalar << 6 | UInt32(next & 0x3F)
          i += 3
        }
        let minimum: UInt32 = count == 1 ? 0x80 : count == 2 ? 0x800 : 0x10000
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar),
          let unicode = Unicode.Scalar(scalar)
        else { return nil }
        out += Array(String(Character(unicode)).utf16)
      }
      return string(out)
    }

    static func hexValue(_ code: UInt16) -> UInt8? {
      switch code {
      case 0x30...0x39: UInt8(code - 0x30)
      case 0x41...0x46: UInt8(code - 0x41 + 10)
      case 0x61...0x66: UInt8(code - 0x61 + 10)
      default: nil
      }
    }
  }
}

private let slash: UInt16 = 0x2F
private let backslash: UInt16 = 0x5C
private let hashMark: UInt16 = 0x23
private let question: UInt16 = 0x3F
private let at: UInt16 = 0x40
private let colon: UInt16 = 0x3A
private let percent: UInt16 = 0x25
