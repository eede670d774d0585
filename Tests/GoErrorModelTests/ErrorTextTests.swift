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

import GoErrorModel
import Testing

/// `Error()` text, `Temporary()` and `Timeout()` of the Go error model. Expected strings were printed by
/// Go 1.19.8 running aws-sdk-go v1.55.6.
@Suite struct ErrorTextTests {
  static let eof = GoError.plain("EOF")

  @Test func awsErrorWithoutAndWithCause() throws {
    #expect(
      try GoError.aws(AWSBaseError(code: "Throttling", message: "Rate exceeded")).errorText()
        == "Throttling: Rate exceeded")
    let wrapped = GoError.aws(AWSBaseError(code: "RequestError", message: "send request failed", errs: [Self.eof]))
    #expect(try wrapped.errorText() == "RequestError: send request failed\ncaused by: EOF")
  }

  @Test func requestFailurePrintsStatusAndRequestID() throws {
    let failure = GoError.requestFailure(
      AWSBaseError(code: "InternalFailure", message: "oops"), statusCode: -1, requestID: "abc")
    #expect(try failure.errorText() == "InternalFailure: oops\n\tstatus code: -1, request id: abc")
  }

  @Test func batchPrintsEveryError() throws {
    let batch = GoError.aws(AWSBaseError(code: "X", message: "m", errs: [.plain("a"), .plain("b")]))
    #expect(try batch.errorText() == "X: m\ncaused by: a\nb")
  }

  @Test func requestFailureAroundBatchPrintsTheDerivedBatch() throws {
    let inner = AWSBaseError(
      code: "X", message: "m", errs: [.aws(AWSBaseError(code: "A", message: "ma")), .plain("b"), .plain("c")])
    let failure = GoError.requestFailure(inner, statusCode: 500, requestID: "r")
    #expect(try failure.errorText() == "X: m\n\tstatus code: 500, request id: r\ncaused by: A: ma\ncaused by: b\nc")
  }

  @Test func nilElementOfABatchPanics() {
    let batch = GoError.aws(AWSBaseError(code: "X", message: "m", errs: [nil, .plain("b")]))
    #expect(throws: GoPanic.nilDereference) { try batch.errorText() }
  }

  @Test func urlErrorQuotesLikeGo119() throws {
    let url = "https://ex\u{E4}mple.com/\u{A0}\u{200B}\u{FEFF}\t\n\u{7F}\"\\\u{1F600}\u{1FAE0}"
    let error = GoError.url(op: "Get", url: url, err: .errno(try #require(GoErrno(name: "ECONNREFUSED"))))
    #expect(
      try error.errorText()
        == "Get \"https://ex\u{E4}mple.com/\\u00a0\\u200b\\ufeff\\t\\n\\x7f\\\"\\\\\u{1F600}\\U0001fae0\": connection refused"
    )
    #expect(error.temporary == false)
    #expect(error.timeout == false)
  }

  @Test func urlErrorWithNilOrPanickingErr() throws {
    #expect(try GoError.url(op: "Post", url: "u", err: nil).errorText() == "Post \"u\": %!s(<nil>)")
    let panicking = GoError.url(op: "Post", url: "u", err: .op(GoOpError(op: "read", net: "tcp", err: nil)))
    #expect(
      try panicking.errorText()
        == "Post \"u\": %!s(PANIC=Error method: runtime error: invalid memory address or nil pointer dereference)")
  }

  @Test func opErrorLayouts() throws {
    let reset = GoError.syscall(syscall: "read", err: .errno(try #require(GoErrno(name: "ECONNRESET"))))
    let full = GoError.op(
      GoOpError(
        op: "read", net: "tcp6", source: GoTCPAddr(parsing: "2001:DB8:0:0:1:0:0:1", port: 443),
        addr: GoTCPAddr(parsing: "::ffff:1.2.3.4", port: 0), err: reset))
    #expect(try full.errorText() == "read tcp6 [2001:db8::1:0:0:1]:443->1.2.3.4:0: read: connection reset by peer")
    let addrOnly = GoError.op(
      GoOpError(op: "dial", net: "", addr: GoTCPAddr(parsing: "10.0.0.1", port: 80), err: .errno(GoErrno(number: 200))))
    #expect(try addrOnly.errorText() == "dial 10.0.0.1:80: errno 200")
    #expect(throws: GoPanic.nilDereference) { try GoError.op(GoOpError(op: "read", net: "tcp", err: nil)).errorText() }
  }

  @Test func dnsError() throws {
    let dns = GoError.dns(GoDNSError(err: "no such host", name: "h", server: "10.0.0.2:53"))
    #expect(try dns.errorText() == "lookup h on 10.0.0.2:53: no such host")
    #expect(dns.temporary == false)
  }

  @Test func temporaryAndTimeoutAnswers() throws {
    let timedOut = try #require(GoErrno(name: "ETIMEDOUT"))
    let reset = try #require(GoErrno(name: "ECONNRESET"))
    // Through *os.SyscallError, OpError asks the errno.
    let viaSyscall = GoError.op(
      GoOpError(op: "read", net: "tcp", err: .syscall(syscall: "read", err: .errno(timedOut))))
    #expect(viaSyscall.temporary == true)
    #expect(viaSyscall.timeout == true)
    // accept with a bare ECONNRESET is temporary; through a SyscallError it is not.
    #expect(GoError.op(GoOpError(op: "accept", net: "tcp", err: .errno(reset))).temporary == true)
    #expect(
      GoError.op(GoOpError(op: "accept", net: "tcp", err: .syscall(syscall: "accept4", err: .errno(reset)))).temporary
        == false)
    // Types without the methods.
    #expect(GoError.syscall(syscall: "read", err: .errno(reset)).temporary == nil)
    #expect(GoError.aws(AWSBaseError(code: "X", message: "")).temporary == nil)
    #expect(GoError.contextCanceled.temporary == nil)
    #expect(GoError.contextDeadlineExceeded.temporary == true)
    #expect(GoError.netErrClosed.temporary == false)
    #expect(GoError.opaque(text: "x", temporary: true).temporary == true)
    #expect(GoError.opaque(text: "x", temporary: nil).temporary == nil)
  }
}
