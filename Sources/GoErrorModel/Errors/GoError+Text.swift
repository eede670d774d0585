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
      let extra = "status code: \(statusCode), request id: \(requestID)"
      let orig = try base.origErr.map { (error) throws(GoPanic) in try error.errorText() }
      return sprintError(code: base.code, message: base.message, extra: extra, orig: orig)
    case .url(let op, let url, let err):
      // url.Error.Error (net/url/url.go): fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err).
      return op + " " + GoStrconv.quote(url) + ": " + GoError.formatPercentS(err)
    case .op(let op):
      // net.OpError.Error (net/net.go).
      var text = op.op
      if !op.net.isEmpty { text += " " + op.net }
      if let source = op.source { text += " " + source.text }
      if let addr = op.addr {
        text += op.source != nil ? "->" : " "
        text += addr.text
      }
      guard let err = op.err else { throw .nilDereference }
      return text + ": " + (try err.errorText())
    case .syscall(let name, let err):
      // os.SyscallError.Error (os/error.go): e.Syscall + ": " + e.Err.Error().
      guard let err else { throw .nilDereference }
      return name + ": " + (try err.errorText())
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
    case .plain(let text), .opaque(let text, _):
      return text
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
  var text = code + ": " + message
  if !extra.isEmpty { text += "\n\t" + extra }
  if let orig { text += "\ncaused by: " + orig }
  return text
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
