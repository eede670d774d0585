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

extension GoError {
  /// `Error()`, exactly as Go 1.19 prints it, or the panic Go raises while printing it.
  public func errorText() throws(GoPanic) -> String {
    try text.get()
  }

  /// Prints `Error()` for a value of `kind` whose inner values already carry their texts.
  static func render(_ kind: Kind) throws(GoPanic) -> String {
    switch kind {
    case .aws(let base):
      // baseError.Error (aws/awserr/types.go:65-72): every wrapped error, joined by "\n".
      if base.errs.isEmpty {
        return sprintError(code: base.code, message: base.message, extra: "", orig: nil)
      }
      return sprintError(code: base.code, message: base.message, extra: "", orig: try errorList(base.errs))
    case .requestFailure(let base, let statusCode, let requestID):
      // requestError.Error (types.go:146-150) prints OrigErr(), which for a batch is the derived batch.
      let extra = joined("status code: ", String(statusCode), ", request id: ", requestID)
      let orig = try base.origErr.map { (error) throws(GoPanic) in try error.errorText() }
      return sprintError(code: base.code, message: base.message, extra: extra, orig: orig)
    case .url(let op, let url, let err, let release):
      // url.Error.Error (net/url/url.go): fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err).
      return joined(op, " ", GoStrconv.quote(url, release: release), ": ", GoError.formatPercentS(err))
    case .op(let op):
      // net.OpError.Error (net/net.go).
      guard let err = op.err else { throw .nilDereference }
      let errText = try err.errorText()
      // The addresses' texts are written into this one in place (`withTextBytes`), not built as `String`s.
      return op.source.withTextBytes { source in
        op.addr.withTextBytes { addr in
          joined(
            .string(op.op), .string(op.net.isEmpty ? "" : " "), .string(op.net), .string(op.source == nil ? "" : " "),
            .bytes(source), .string(op.addr == nil ? "" : op.source != nil ? "->" : " "), .bytes(addr),
            .string(": "), .string(errText))
        }
      }
    case .syscall(let name, let err):
      // os.SyscallError.Error (os/error.go): e.Syscall + ": " + e.Err.Error().
      guard let err else { throw .nilDereference }
      return joined(name, ": ", try err.errorText())
    case .errno(let errno):
      return errno.message
    case .dns(let dns):
      // net.DNSError.Error (net/net.go).
      var text = "lookup " + dns.name
      if !dns.server.isEmpty { text += " on " + dns.server }
      return text + ": " + dns.err
    case .contextCanceled:
      return "context canceled"
    case .contextDeadlineExceeded:
      return "context deadline exceeded"
    case .netErrClosed:
      return "use of closed network connection"
    case .plain(let text), .opaque(let text, _, _), .retryable(let text, _, _):
      return text
    case .requestSend(let err):
      return "request send failed, " + formatPercentV(err)
    case .smithyResponse(let response, let err):
      return "http response error StatusCode: \(response.statusCode), " + formatPercentV(err)
    case .awsResponse(let embedded, let requestID):
      guard case .smithyResponse(let response, let err) = embedded.kind else { throw .nilDereference }
      return "https response error StatusCode: \(response.statusCode), RequestID: " + requestID + ", "
        + formatPercentV(err)
    case .operation(let service, let operation, let err):
      return "operation error " + service + ": " + operation + ", " + formatPercentV(err)
    case .canceled(let err), .rateLimitCanceled(let err):
      return "canceled, " + formatPercentV(err)
    case .deserialization(let err, _):
      // smithy-go errors.go: the bare message when Err is nil.
      guard let err else { return "deserialization failed" }
      return "deserialization failed, " + formatPercentV(err)
    case .apiError(let code, let message, _):
      return "api error " + code + ": " + message
    case .maxAttempts(let attempt, let err):
      return "exceeded maximum number of attempts, \(attempt), " + formatPercentV(err)
    case .quotaExceeded(let available, let requested):
      return "retry quota exceeded, \(available) available, \(requested) requested"
    case .requestCanceled(let err):
      return "request canceled, " + formatPercentV(err)
    case .clockSkew(let err):
      return "Probable clock skew error: " + formatPercentV(err)
    case .join(let errs):
      // joinError.Error (errors/join.go): the texts joined by "\n"; a panic is not caught.
      var text = ""
      for (index, err) in errs.enumerated() {
        if index > 0 { text += "\n" }
        text += try err.errorText()
      }
      return text
    case .errorf(let prefix, let verb, let suffix, let err):
      // fmt.Errorf: %w prints its operand as %v does; a nil operand is "<nil>" for %v, "%!w(<nil>)" for %w.
      if err == nil, verb == .w { return prefix + "%!w(<nil>)" + suffix }
      return prefix + formatPercentV(err) + suffix
    }
  }

  /// What `fmt` prints for an error operand of `%v`: `<nil>` for nil, and `%!v(PANIC=Error method: ...)`
  /// when `Error()` panics (`fmt/print.go` `printArg`, `catchPanic`).
  static func formatPercentV(_ error: GoError?) -> String {
    guard let error else { return "<nil>" }
    do {
      return try error.errorText()
    } catch {
      return "%!v(PANIC=Error method: \(error.message))"
    }
  }

  /// What `fmt` prints for an error operand of `%s`: `%!s(<nil>)` for nil, and
  /// `%!s(PANIC=Error method: ...)` when `Error()` panics (`fmt/print.go` `catchPanic`).
  static func formatPercentS(_ error: GoError?) -> String {
    guard let error else { return "%!s(<nil>)" }
    do {
      return try error.errorText()
    } catch {
      return "%!s(PANIC=Error method: \(error.message))"
    }
  }
}

/// `awserr.SprintError` (`aws/awserr/types.go:12-21`).
private func sprintError(code: String, message: String, extra: String, orig: String?) -> String {
  switch (extra.isEmpty, orig) {
  case (true, nil): return joined(code, ": ", message)
  case (true, let orig?): return joined(code, ": ", message, "\ncaused by: ", orig)
  case (false, nil): return joined(code, ": ", message, "\n\t", extra)
  case (false, let orig?): return joined(code, ": ", message, "\n\t", extra, "\ncaused by: ", orig)
  }
}

/// The parts one after the other, in one string allocated at its final size (a chain of `+` allocates and
/// copies once per operator).
func joined(_ parts: String...) -> String {
  var count = 0
  for part in parts { count += part.utf8.count }
  return String(unsafeUninitializedCapacity: count) { out in
    var offset = 0
    for part in parts { offset += copyUTF8(part, to: UnsafeMutableBufferPointer(rebasing: out[offset...])) }
    return offset
  }
}

/// A part of a `joined` text: a string, or bytes that are valid UTF-8.
enum TextPart {
  case string(String)
  case bytes(UnsafeBufferPointer<UInt8>)
}

/// `joined` of strings and bytes.
func joined(_ parts: TextPart...) -> String {
  var count = 0
  for part in parts {
    switch part {
    case .string(let string): count += string.utf8.count
    case .bytes(let bytes): count += bytes.count
    }
  }
  return String(unsafeUninitializedCapacity: count) { out in
    var offset = 0
    for part in parts {
      let rest = UnsafeMutableBufferPointer(rebasing: out[offset...])
      switch part {
      case .string(let string): offset += copyUTF8(string, to: rest)
      case .bytes(let bytes): offset += rest.initialize(fromContentsOf: bytes)
      }
    }
    return offset
  }
}

/// Copies the UTF-8 of `string` to the start of `out` (room for all of it) and returns the count copied.
private func copyUTF8(_ string: String, to out: UnsafeMutableBufferPointer<UInt8>) -> Int {
  // The number of bytes copied, or nil when the string has no contiguous UTF-8 (then byte by byte).
  if let copied = string.utf8.withContiguousStorageIfAvailable({ out.initialize(fromContentsOf: $0) }) {
    return copied
  }
  var offset = 0
  for byte in string.utf8 {
    out[offset] = byte
    offset += 1
  }
  return offset
}

extension GoTCPAddr? {
  /// Calls `body` with the UTF-8 of `(*TCPAddr).String()`, or no bytes for nil: a dotted IPv4 address written
  /// into a buffer on the stack, any other through `GoTCPAddr.text`.
  func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard let addr = self else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: GoNet.maxIPv4AddrLength) { buffer in
      GoNet.writeIPv4Addr(ip: addr.ip, port: addr.port, into: buffer).map {
        body(UnsafeBufferPointer(rebasing: buffer[..<$0]))
      }
    }
    if let written { return written }
    let text = addr.text
    return text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
  }
}

/// `errorList.Error()` (`aws/awserr/types.go:206-220`): each error's text, joined by `"\n"`.
private func errorList(_ errors: [GoError?]) throws(GoPanic) -> String {
  var text = ""
  for (index, error) in errors.enumerated() {
    guard let error else { throw .nilDereference }
    text += try error.errorText()
    if index + 1 < errors.count { text += "\n" }
  }
  return text
}
