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

public import GoErrorModel

/// One reading of a Go `Error()` text: an error tree that prints exactly that text, and the assumption it makes.
public struct GoErrorReading: Sendable {
  /// The tree.
  public var error: GoError
  /// What must be true of the program for this reading: the types along the chain.
  public var assumption: String
  /// How far the reading departs from what Go's standard library and the SDK build (a plain error where a
  /// structured one parses, an awserr code that is not an AWS code, an `*net.OpError` inside another, ...): 0 for
  /// the usual shape; readings are listed by it.
  public var unlikeliness: Int
}

/// Parses the `Error()` formats of the Go error model back into every error tree that prints exactly the given
/// text: awserr (`CODE: MESSAGE`, `\n\tstatus code: N, request id: ID`, `\ncaused by: ...`), `*url.Error`
/// (`Op "URL": err`), `*net.OpError` (`op net src->addr: err`), `*os.SyscallError` (`syscall: err`), errno texts,
/// `*net.DNSError` (`lookup name on server: err`), the context errors and `net.ErrClosed`; at every level also a
/// plain error (`errors.New`, no `Temporary()`) and a type of its own whose `Temporary()` says true or false.
/// Each reading is checked by printing it with the model's own `Error()`; those that differ are dropped.
public enum GoErrorTextParser {
  /// Every reading of `text`, the most structured first, and the parts that looked like a Go format but did not
  /// parse as one (each a sentence naming the part).
  public static func readings(of text: String) -> (readings: [GoErrorReading], unread: [String]) {
    var parser = Parser()
    let found = parser.parse(text, depth: 0)
    var unique: [GoErrorReading] = []
    for reading in found where (try? reading.error.errorText()) == text {
      if !unique.contains(where: { $0.error == reading.error }) { unique.append(reading) }
    }
    return (
      unique.enumerated().sorted { ($0.element.unlikeliness, $0.offset) < ($1.element.unlikeliness, $1.offset) }.map(
        \.element), parser.unread
    )
  }

  struct Parser {
    var unread: [String] = []
    static let maxDepth = 16

    mutating func parse(_ text: String, depth: Int) -> [GoErrorReading] {
      var readings: [GoErrorReading] = []
      if depth < Self.maxDepth {
        readings += aws(text, depth: depth)
        readings += url(text, depth: depth)
        readings += op(text, depth: depth)
        readings += syscall(text, depth: depth)
        readings += dns(text)
        readings += constants(text)
      }
      let shown = GoStrconv.quote(text.count > 48 ? String(text.prefix(45)) + "..." : text)
      readings.append(
        GoErrorReading(
          error: .plain(text), assumption: "errors.New(\(shown)) or another type without Temporary()", unlikeliness: 10)
      )
      readings.append(
        GoErrorReading(
          error: .opaque(text: text, temporary: true), assumption: "another type with Temporary() true, text \(shown)",
          unlikeliness: 12))
      readings.append(
        GoErrorReading(
          error: .opaque(text: text, temporary: false),
          assumption: "another type with Temporary() false, text \(shown)",
          unlikeliness: 12))
      return readings
    }

    /// `CODE: MESSAGE[\n\tstatus code: N, request id: ID][\ncaused by: ORIG]`.
    mutating func aws(_ text: String, depth: Int) -> [GoErrorReading] {
      guard let colon = text.firstRange(of: ": ") else { return [] }
      let code = String(text[..<colon.lowerBound])
      guard !code.isEmpty, !code.contains(where: \.isWhitespace) else { return [] }
      var rest = String(text[colon.upperBound...])
      var origText: String?
      if let caused = rest.firstRange(of: "\ncaused by: ") {
        origText = String(rest[caused.upperBound...])
        rest = String(rest[..<caused.lowerBound])
      }
      var failure: (status: Int, requestID: String)?
      var message = rest
      if let tab = rest.firstRange(of: "\n\tstatus code: ") {
        let extra = rest[tab.upperBound...]
        if let comma = extra.firstRange(of: ", request id: "), let status = Int(extra[..<comma.lowerBound]) {
          failure = (status, String(extra[comma.upperBound...]))
          message = String(rest[..<tab.lowerBound])
        } else {
          unread.append(
            "\"\(rest[tab.lowerBound...].dropFirst(2))\" looks like an awserr.RequestFailure's status line but is not \"status code: N, request id: ID\""
          )
        }
      }
      let origs: [GoErrorReading?] = origText.map { parse($0, depth: depth + 1).map(Optional.some) } ?? [nil]
      // AWS error codes are CamelCase identifiers.
      let codeLike = code.first?.isUppercase == true && code.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
      return origs.map { orig in
        let base = AWSBaseError(code: code, message: message, errs: orig.map { [$0.error] } ?? [])
        let cause = orig.map { " → " + $0.assumption } ?? ""
        let unlikeliness = (codeLike ? 0 : 6) + (orig?.unlikeliness ?? 0)
        if let failure {
          return GoErrorReading(
            error: .requestFailure(base, statusCode: failure.status, requestID: failure.requestID),
            assumption: "awserr.RequestFailure \(code) (status \(failure.status))\(cause)", unlikeliness: unlikeliness)
        }
        return GoErrorReading(error: .aws(base), assumption: "awserr \(code)\(cause)", unlikeliness: unlikeliness)
      }
    }

    /// `Op "URL": err` (`%s %q: %s`).
    mutating func url(_ text: String, depth: Int) -> [GoErrorReading] {
      guard let space = text.firstIndex(of: " "), text[text.index(after: space)...].hasPrefix("\"") else { return [] }
      let op = String(text[..<space])
      guard !op.isEmpty, !op.contains(":") else { return [] }
      let quoted = text[text.index(after: space)...]
      guard let (url, end) = GoQuoted.unquotePrefix(quoted) else {
        unread.append("\(quoted.prefix(60)) looks like the quoted URL of a *url.Error but has no valid closing quote")
        return []
      }
      guard quoted[end...].hasPrefix(": ") else {
        unread.append("the quoted URL of a *url.Error must be followed by \": \" (after \(quoted[..<end].suffix(40)))")
        return []
      }
      let errText = String(quoted[quoted.index(end, offsetBy: 2)...])
      var readings: [GoErrorReading] = []
      if errText == "%!s(<nil>)" {
        readings.append(
          GoErrorReading(
            error: .url(op: op, url: url, err: nil), assumption: "*url.Error with a nil Err", unlikeliness: 0))
      }
      for inner in parse(errText, depth: depth + 1) {
        let nested = if case .url = inner.error.kind { 4 } else { 0 }
        readings.append(
          GoErrorReading(
            error: .url(op: op, url: url, err: inner.error), assumption: "*url.Error → \(inner.assumption)",
            unlikeliness: inner.unlikeliness + nested))
      }
      return readings
    }

    /// `op[ net][ source->addr | addr]: err`.
    mutating func op(_ text: String, depth: Int) -> [GoErrorReading] {
      guard let colon = text.firstRange(of: ": ") else { return [] }
      let words = text[..<colon.lowerBound].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      guard let op = words.first, !op.isEmpty, words.count <= 3 else { return [] }
      var shapes: [(net: String, source: GoTCPAddr?, addr: GoTCPAddr?)] = []
      switch words.count {
      case 1:
        shapes.append(("", nil, nil))
      case 2:
        shapes.append((words[1], nil, nil))
        shapes += addressShapes(net: "", words[1])
      default:
        let found = addressShapes(net: words[1], words[2])
        shapes += found
        if found.isEmpty, words[2].contains(":") {
          unread.append(
            "\"\(words[2])\" looks like the address of a *net.OpError but net.ParseIP and the port do not read it")
        }
      }
      guard !shapes.isEmpty else { return [] }
      let inner = parse(String(text[colon.upperBound...]), depth: depth + 1)
      var readings: [GoErrorReading] = []
      for shape in shapes {
        for err in inner {
          // The net package sets Net, and wraps *os.SyscallError, errnos and its own errors, not *net.OpError.
          var unlikeliness = err.unlikeliness + (shape.net.isEmpty ? 3 : 0)
          switch err.error.kind {
          case .op, .aws, .requestFailure, .url: unlikeliness += 4
          default: break
          }
          readings.append(
            GoErrorReading(
              error: .op(GoOpError(op: op, net: shape.net, source: shape.source, addr: shape.addr, err: err.error)),
              assumption: "*net.OpError → \(err.assumption)", unlikeliness: unlikeliness))
        }
      }
      return readings
    }

    /// The address fields `word` can print: `source->addr`, or one address that is either `Addr` or (with no
    /// `Addr`) `Source`, which print alike.
    func addressShapes(net: String, _ word: String) -> [(net: String, source: GoTCPAddr?, addr: GoTCPAddr?)] {
      guard let pair = addresses(word) else { return [] }
      if pair.source != nil { return [(net, pair.source, pair.addr)] }
      return [(net, nil, pair.addr), (net, pair.addr, nil)]
    }

    /// `source->addr` or `addr`, each `host:port` with an IP `net.ParseIP` reads (or none).
    func addresses(_ word: String) -> (source: GoTCPAddr?, addr: GoTCPAddr)? {
      if let arrow = word.firstRange(of: "->") {
        guard let source = address(String(word[..<arrow.lowerBound])),
          let addr = address(String(word[arrow.upperBound...]))
        else { return nil }
        return (source, addr)
      }
      return address(word).map { (nil, $0) }
    }

    func address(_ text: String) -> GoTCPAddr? {
      guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else { return nil }
      var host = String(text[..<colon])
      if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
      guard let addr = GoTCPAddr(parsing: host, port: port), addr.text == text else { return nil }
      return addr
    }

    /// `syscall: err`.
    mutating func syscall(_ text: String, depth: Int) -> [GoErrorReading] {
      guard let colon = text.firstRange(of: ": ") else { return [] }
      let name = String(text[..<colon.lowerBound])
      guard !name.isEmpty, !name.contains(" ") else { return [] }
      return parse(String(text[colon.upperBound...]), depth: depth + 1).map { inner in
        // os.NewSyscallError wraps an errno.
        let unlikeliness = if case .errno = inner.error.kind { 0 } else { 4 }
        return GoErrorReading(
          error: .syscall(syscall: name, err: inner.error), assumption: "*os.SyscallError → \(inner.assumption)",
          unlikeliness: inner.unlikeliness + unlikeliness)
      }
    }

    /// `lookup NAME[ on SERVER]: ERR`; the flags are not in the text, so each combination that changes
    /// `Temporary()`/`Timeout()` is a reading.
    mutating func dns(_ text: String) -> [GoErrorReading] {
      guard text.hasPrefix("lookup "), let colon = text.firstRange(of: ": ") else { return [] }
      let head = text[text.index(text.startIndex, offsetBy: 7)..<colon.lowerBound]
      var names = [(String(head), "")]
      if let on = head.firstRange(of: " on ") {
        names = [(String(head[..<on.lowerBound]), String(head[on.upperBound...]))]
      }
      let err = String(text[colon.upperBound...])
      var readings: [GoErrorReading] = []
      for (name, server) in names {
        for (timeout, temporary) in [(false, false), (true, false), (false, true), (true, true)] {
          readings.append(
            GoErrorReading(
              error: .dns(
                GoDNSError(
                  err: err, name: name, server: server, isTimeout: timeout, isTemporary: temporary,
                  isNotFound: err == "no such host")),
              assumption: "*net.DNSError (IsTimeout \(timeout), IsTemporary \(temporary))",
              unlikeliness: timeout || temporary ? 1 : 0))
        }
      }
      return readings
    }

    /// The standard-library values and errno texts.
    func constants(_ text: String) -> [GoErrorReading] {
      switch text {
      case "context canceled":
        return [GoErrorReading(error: .contextCanceled, assumption: "context.Canceled", unlikeliness: 0)]
      case "context deadline exceeded":
        return [
          GoErrorReading(error: .contextDeadlineExceeded, assumption: "context.DeadlineExceeded", unlikeliness: 0)
        ]
      case "use of closed network connection":
        return [GoErrorReading(error: .netErrClosed, assumption: "net.ErrClosed", unlikeliness: 0)]
      default:
        return GoErrnoNames.errnos(withMessage: text).map { errno in
          GoErrorReading(
            error: .errno(errno), assumption: "syscall.\(errno.name ?? "Errno(\(errno.number))")", unlikeliness: 0)
        }
      }
    }
  }
}

/// The errnos whose `Error()` is a given text.
enum GoErrnoNames {
  static let byMessage: [String: [GoErrno]] = {
    var table: [String: [GoErrno]] = [:]
    for number in 0..<256 {
      let errno = GoErrno(number: number)
      table[errno.message, default: []].append(errno)
    }
    return table
  }()

  static func errnos(withMessage text: String) -> [GoErrno] {
    if let found = byMessage[text] { return found }
    if text.hasPrefix("errno "), let number = Int(text.dropFirst(6)), GoErrno(number: number).message == text {
      return [GoErrno(number: number)]
    }
    return []
  }
}

/// Go's `strconv.Unquote` for the double-quoted literal at the start of a text.
enum GoQuoted {
  /// The string a `"..."` literal at the start of `text` stands for, and the index after its closing quote.
  static func unquotePrefix(_ text: Substring) -> (String, String.Index)? {
    var scalars = text.unicodeScalars[...]
    guard scalars.first == "\"" else { return nil }
    scalars = scalars.dropFirst()
    var bytes: [UInt8] = []
    func hex(_ count: Int) -> UInt32? {
      guard scalars.count >= count else { return nil }
      let digits = String(String.UnicodeScalarView(scalars.prefix(count)))
      scalars = scalars.dropFirst(count)
      return UInt32(digits, radix: 16)
    }
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "\"":
        return (String(decoding: bytes, as: UTF8.self), scalars.startIndex)
      case "\\":
        guard let escape = scalars.popFirst() else { return nil }
        switch escape {
        case "a": bytes.append(7)
        case "b": bytes.append(8)
        case "f": bytes.append(12)
        case "n": bytes.append(10)
        case "r": bytes.append(13)
        case "t": bytes.append(9)
        case "v": bytes.append(11)
        case "\\": bytes.append(92)
        case "\"": bytes.append(34)
        case "x":
          guard let value = hex(2) else { return nil }
          bytes.append(UInt8(value))
        case "u", "U":
          guard let value = hex(escape == "u" ? 4 : 8), let decoded = Unicode.Scalar(value) else { return nil }
          bytes += Array(String(decoded).utf8)
        default:
          return nil
        }
      default:
        bytes += Array(String(scalar).utf8)
      }
    }
    return nil
  }
}
