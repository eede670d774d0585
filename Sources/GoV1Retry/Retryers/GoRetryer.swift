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
public import RetryCore

/// A `request.Retryer` implementation: the SDK's own two and the two found in the field.
public struct GoRetryer: Sendable, Equatable {
  /// Which Go type this is.
  public enum Kind: String, Sendable, CaseIterable {
    /// `client.DefaultRetryer`.
    case `default` = "default"
    /// `client.NoOpRetryer` (`aws/client/no_op_retryer.go`).
    case noOp = "no-op"
    /// The blog-post retryer: a `case temporary` check on the top-level error, then `DefaultRetryer`.
    case seedReadConnReset = "seed-read-conn-reset"
    /// The SDK repository's `example/aws/request/customRetryer`: no retries for any 5xx status.
    case exampleNo5xx = "example-no-5xx"
  }

  /// The Go type.
  public var kind: Kind
  /// The embedded (or only) `DefaultRetryer` fields; ignored for `noOp`.
  public var base: DefaultRetryer

  /// Creates a retryer.
  public init(kind: Kind, base: DefaultRetryer = DefaultRetryer()) {
    self.kind = kind
    self.base = base
  }

  /// `MaxRetries()`.
  public var maxRetries: Int {
    kind == .noOp ? 0 : base.maxRetries
  }

  /// `ShouldRetry(r)`.
  public func shouldRetry(_ request: GoRequest, trace: Trace? = nil) throws(GoPanic) -> Bool {
    switch kind {
    case .default:
      return try base.shouldRetry(request, trace: trace)
    case .noOp:
      trace?.record("NoOpRetryer.ShouldRetry", GoSource.noOpRetryer(20), "never retries", false)
      return false
    case .seedReadConnReset:
      // switch req.Error.(type) { case temporary: if strings.Contains(req.Error.Error(), "read: connection reset") ...
      if let error = request.error, error.temporary != nil {
        if GoBytes.contains(try error.errorText(), "read: connection reset") {
          trace?.record(
            "seedRetryer.temporaryReadReset", GoSource.seedRetryer,
            "top-level \(error.goTypeName) has Temporary() and its text contains \"read: connection reset\"", true)
          return true
        }
        trace?.record(
          "seedRetryer.noReadReset", GoSource.seedRetryer,
          "top-level \(error.goTypeName) has Temporary() but no \"read: connection reset\": delegate")
      } else {
        trace?.record(
          "seedRetryer.notTemporary", GoSource.seedRetryer,
          "top-level \(request.error?.goTypeName ?? "nil") has no Temporary() method: case temporary does not match, delegate"
        )
      }
      return try base.shouldRetry(request, trace: trace)
    case .exampleNo5xx:
      guard let response = request.httpResponse else {
        trace?.record(
          "exampleRetryer.nilResponse", GoSource.exampleRetryer(72), "req.HTTPResponse is nil: StatusCode panics")
        throw .nilDereference
      }
      if response.statusCode >= 500 {
        trace?.record(
          "exampleRetryer.5xx", GoSource.exampleRetryer(72), "status \(response.statusCode) >= 500", false)
        return false
      }
      trace?.record("exampleRetryer.delegate", GoSource.exampleRetryer(78), "status below 500: DefaultRetryer decides")
      return try base.shouldRetry(request, trace: trace)
    }
  }

  /// `RetryRules(r)`: the embedded `DefaultRetryer`'s, or 0 for `NoOpRetryer`.
  public func retryRules(_ request: GoRequest, random: inout GoRand, trace: Trace? = nil) throws(GoFault) -> Int64 {
    if kind == .noOp {
      trace?.record("NoOpRetryer.RetryRules", GoSource.noOpRetryer(27), "always 0")
      return 0
    }
    return try base.retryRules(request, random: &random, trace: trace)
  }
}
