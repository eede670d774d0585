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

/// One listed attempt of a call: what the layers below the retry middleware do.
public struct GoV2Attempt: Sendable, Equatable {
  /// Where the error comes from, and so how it is wrapped on its way up.
  public enum Layer: String, Sendable, Equatable, CaseIterable {
    /// The HTTP client returns the error: `ClientHandler` wraps it as `*RequestSendError` (or
    /// `*smithy.CanceledError` when the context is done) and `ResponseErrorWrapper` as `*awshttp.ResponseError`
    /// around the response (the empty dummy, status 0, unless one is given).
    case transport
    /// The response arrives and the operation's deserializer returns the error, which `ResponseErrorWrapper`
    /// wraps with that response and request id.
    case deserialize
    /// The layers below the retry middleware return the error itself, with no response.
    case raw
  }

  /// The error, or nil for a success.
  public var error: GoError?
  /// The response status, or nil for none (a transport failure's dummy response has 0).
  public var statusCode: Int?
  /// The response headers, added with `Header.Add` in order.
  public var header: GoHeader
  /// The request id `ResponseErrorWrapper` reads from the metadata.
  public var requestID: String
  /// How long the HTTP round trip takes on the virtual clock, ns (>= 0).
  public var latency: Int64
  /// Whether the call's context is cancelled during this attempt.
  public var cancel: Bool
  /// Where the error comes from.
  public var layer: Layer

  /// Creates an attempt; the layer defaults to `deserialize` with a status, `transport` without.
  public init(
    error: GoError?, statusCode: Int? = nil, header: GoHeader = GoHeader(), requestID: String = "", latency: Int64 = 0,
    cancel: Bool = false, layer: Layer? = nil
  ) {
    self.error = error
    self.statusCode = statusCode
    self.header = header
    self.requestID = requestID
    self.latency = latency
    self.cancel = cancel
    self.layer = layer ?? (statusCode == nil ? .transport : .deserialize)
  }

  /// The response the client returns (nil for `raw`): the given one, or `ClientHandler`'s empty dummy
  /// (`smithy-go transport/http/client.go:93-100`).
  var response: GoHTTPResponse? {
    if layer == .raw { return nil }
    guard let statusCode else {
      return error == nil ? GoHTTPResponse(statusCode: 200, header: header) : GoHTTPResponse(statusCode: 0)
    }
    return GoHTTPResponse(statusCode: statusCode, header: header)
  }

  /// The error as the retry middleware receives it (`client.go:101-110`; `response_error_middleware.go:31-55`).
  func wrappedError(contextDone: Bool) -> GoError? {
    guard let error else { return nil }
    switch layer {
    case .raw:
      return error
    case .transport:
      let sent = contextDone ? GoError(.canceled(err: .contextCanceled)) : GoError(.requestSend(err: error))
      return .awsResponse(response ?? GoHTTPResponse(statusCode: 0), requestID: requestID, err: sent)
    case .deserialize:
      return .awsResponse(response ?? GoHTTPResponse(statusCode: 0), requestID: requestID, err: error)
    }
  }
}

/// One call (operation) through the session's retryer.
public struct GoV2Call: Sendable, Equatable {
  /// The listed attempts; when the SDK makes more, the last one repeats.
  public var attempts: [GoV2Attempt]
  /// The long-polling flag of the context (`internalcontext.SetIsLongPolling`); nil: set when the call's flag
  /// is on and the client's service lists the operation (`GoV2Service.isLongPoll`).
  public var longPoll: Bool?
  /// The clock at the call's start, Unix ns; nil continues from where the previous call left it.
  public var startNs: Int64?
  /// `AWS_NEW_RETRIES_2026 == "true"` during this call; nil keeps the session's flag.
  public var newRetries2026: Bool?
  /// The `*smithy.OperationError` the caller sees around the retry middleware's error, if given.
  public var operation: (service: String, name: String)?

  /// Creates a call.
  public init(
    attempts: [GoV2Attempt], longPoll: Bool? = nil, startNs: Int64? = nil, newRetries2026: Bool? = nil,
    operation: (service: String, name: String)? = nil
  ) {
    self.attempts = attempts
    self.longPoll = longPoll
    self.startNs = startNs
    self.newRetries2026 = newRetries2026
    self.operation = operation
  }

  /// Calls are equal when their fields are.
  public static func == (lhs: GoV2Call, rhs: GoV2Call) -> Bool {
    lhs.attempts == rhs.attempts && lhs.longPoll == rhs.longPoll && lhs.startNs == rhs.startNs
      && lhs.newRetries2026 == rhs.newRetries2026 && lhs.operation?.service == rhs.operation?.service
      && lhs.operation?.name == rhs.operation?.name
  }
}
