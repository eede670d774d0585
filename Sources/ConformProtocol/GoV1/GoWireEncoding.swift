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

public import ConformJSON
public import GoErrorModel
public import GoV1Retry

/// Encoders from the Go v1 model to the wire form of `spec/go-v1.md`: the inverse of `GoWire`'s decoders
/// (`GoWire.goError(GoWireEncoding.error(e)) == e`).
public enum GoWireEncoding {
  /// A Go error tree in go-v1's wire form (nil is `null`), or nil when the tree holds a type go-v1's wire does not
  /// have (the go-v2 and smithy types).
  public static func error(_ error: GoError?) -> JSON? {
    guard let error else { return .null }
    var object = JSONObject()
    switch error.kind {
    case .aws(let base):
      object.append("type", .string("awserr"))
      guard append(base, to: &object) else { return nil }
    case .requestFailure(let base, let statusCode, let requestID):
      object.append("type", .string("awserr.requestFailure"))
      guard append(base, to: &object) else { return nil }
      object.append("statusCode", Encode.int(statusCode))
      object.append("requestID", .string(requestID))
    case .url(let op, let url, let err, _):
      object.append("type", .string("url.Error"))
      object.append("op", .string(op))
      object.append("url", .string(url))
      guard let inner = self.error(err) else { return nil }
      object.append("err", inner)
    case .op(let op):
      object.append("type", .string("net.OpError"))
      object.append("op", .string(op.op))
      object.append("net", .string(op.net))
      if let source = op.source { object.append("source", address(source)) }
      if let addr = op.addr { object.append("addr", address(addr)) }
      guard let inner = self.error(op.err) else { return nil }
      object.append("err", inner)
    case .syscall(let name, let err):
      object.append("type", .string("os.SyscallError"))
      object.append("syscall", .string(name))
      guard let inner = self.error(err) else { return nil }
      object.append("err", inner)
    case .errno(let errno):
      object.append("type", .string("syscall.Errno"))
      if let name = errno.name {
        object.append("name", .string(name))
      } else {
        object.append("number", Encode.int(errno.number))
      }
    case .dns(let dns):
      object.append("type", .string("net.DNSError"))
      object.append("err", .string(dns.err))
      object.append("name", .string(dns.name))
      object.append("server", .string(dns.server))
      object.append("isTimeout", .bool(dns.isTimeout))
      object.append("isTemporary", .bool(dns.isTemporary))
      object.append("isNotFound", .bool(dns.isNotFound))
    case .contextCanceled: object.append("type", .string("context.Canceled"))
    case .contextDeadlineExceeded: object.append("type", .string("context.DeadlineExceeded"))
    case .netErrClosed: object.append("type", .string("net.ErrClosed"))
    case .plain(let text):
      object.append("type", .string("errors.New"))
      object.append("text", .string(text))
    case .opaque(let text, let temporary, _):
      object.append("type", .string("opaque"))
      object.append("text", .string(text))
      if let temporary { object.append("temporary", .bool(temporary)) }
    default:
      return nil
    }
    return .object(object)
  }

  static func append(_ base: AWSBaseError, to object: inout JSONObject) -> Bool {
    object.append("code", .string(base.code))
    object.append("message", .string(base.message))
    let errs = base.errs.map(error)
    guard !errs.contains(where: { $0 == nil }) else { return false }
    switch errs.count {
    case 0: break
    case 1: object.append("orig", errs[0] ?? .null)
    default: object.append("orig", .array(errs.map { $0 ?? .null }))
    }
    return true
  }

  /// `{"ip", "port"}`: the host part of the address's text, without brackets.
  static func address(_ addr: GoTCPAddr) -> JSON {
    var host = addr.ip == nil ? "" : String(addr.text.dropLast(String(addr.port).count + 1))
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return Encode.object(["ip": .string(host), "port": Encode.int(addr.port)])
  }

  /// A retryer: its kind and every `DefaultRetryer` field.
  public static func retryer(_ retryer: GoRetryer) -> JSON {
    Encode.object([
      "kind": .string(retryer.kind.rawValue), "numMaxRetries": Encode.int(retryer.base.numMaxRetries),
      "minRetryDelay": Encode.int64(retryer.base.minRetryDelay),
      "minThrottleDelay": Encode.int64(retryer.base.minThrottleDelay),
      "maxRetryDelay": Encode.int64(retryer.base.maxRetryDelay),
      "maxThrottleDelay": Encode.int64(retryer.base.maxThrottleDelay),
    ])
  }
}
