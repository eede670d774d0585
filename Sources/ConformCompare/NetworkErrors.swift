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
import ConformProtocol

/// The network failures as the two runtimes report them: Go 1.19's `net/http` (one tree for both Go profiles) and
/// Node 20's `net`/`dns` errors (one object for both JS profiles). `spec/compare.md` lists them side by side.
enum NetworkErrors {
  typealias Failure = CompareScenario.NetworkFailure

  static func address(_ address: (ip: String, port: Int)) -> JSON {
    Encode.object(["ip": .string(address.ip), "port": Encode.int(address.port)])
  }

  static func errno(_ name: String) -> JSON {
    Encode.object(["type": .string("syscall.Errno"), "name": .string(name)])
  }

  /// `&net.OpError{Op, Net: "tcp", Source, Addr, Err: &os.SyscallError{Syscall, Err: errno}}`.
  static func opError(_ op: String, source: Bool, syscall: String, errno name: String) -> JSON {
    Encode.object([
      "type": .string("net.OpError"), "op": .string(op), "net": .string("tcp"),
      "source": source ? address(CompareScenario.local) : .null, "addr": address(CompareScenario.remote),
      "err": Encode.object(["type": .string("os.SyscallError"), "syscall": .string(syscall), "err": errno(name)]),
    ])
  }

  /// What `http.Client.Do` returns (`*url.Error{Op: "Post", URL, Err}`, `net/http/client.go` `uerr`), with the
  /// transport's error inside: a read or write on the connection (`*net.OpError` with both addresses), a dial
  /// (`*net.OpError` "dial" without a source: `connect` refused or timed out, or the DNS lookup), or `io.EOF` when
  /// the connection closed before a response.
  static func go(_ failure: Failure) -> JSON {
    let inner: JSON
    switch failure {
    case .resetOnRead: inner = opError("read", source: true, syscall: "read", errno: "ECONNRESET")
    case .resetOnWrite: inner = opError("write", source: true, syscall: "write", errno: "ECONNRESET")
    case .brokenPipe: inner = opError("write", source: true, syscall: "write", errno: "EPIPE")
    case .closed: inner = Encode.object(["type": .string("errors.New"), "text": .string("EOF")])
    case .refused: inner = opError("dial", source: false, syscall: "connect", errno: "ECONNREFUSED")
    case .timeout: inner = opError("dial", source: false, syscall: "connect", errno: "ETIMEDOUT")
    case .dns:
      inner = Encode.object([
        "type": .string("net.OpError"), "op": .string("dial"), "net": .string("tcp"), "source": .null, "addr": .null,
        "err": Encode.object([
          "type": .string("net.DNSError"), "err": .string("no such host"), "name": .string(CompareScenario.host),
          "server": .string(""), "isTimeout": .bool(false), "isTemporary": .bool(false), "isNotFound": .bool(true),
        ]),
      ])
    }
    return Encode.object([
      "type": .string("url.Error"), "op": .string("Post"), "url": .string("https://\(CompareScenario.host)/"),
      "err": inner,
    ])
  }

  /// The error Node 20 emits on the request: `message`, `code`, `errno` (libuv's negative number), `syscall`;
  /// "socket hang up" (`code` ECONNRESET, no `errno`) when the connection closes before a response.
  static func node(_ failure: Failure) -> (message: String, code: String, errno: Int?) {
    let remote = "\(CompareScenario.remote.ip):\(CompareScenario.remote.port)"
    switch failure {
    case .resetOnRead: return ("read ECONNRESET", "ECONNRESET", -104)
    case .resetOnWrite: return ("write ECONNRESET", "ECONNRESET", -104)
    case .brokenPipe: return ("write EPIPE", "EPIPE", -32)
    case .closed: return ("socket hang up", "ECONNRESET", nil)
    case .refused: return ("connect ECONNREFUSED \(remote)", "ECONNREFUSED", -111)
    case .timeout: return ("connect ETIMEDOUT \(remote)", "ETIMEDOUT", -110)
    case .dns: return ("getaddrinfo ENOTFOUND \(CompareScenario.host)", "ENOTFOUND", -3008)
    }
  }
}
