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

/// One profile-neutral scenario: what the server or the network does on each attempt, and the few settings every
/// profile shares. Each profile maps it to its own SDK's error shape (`CompareProfile`, `spec/compare.md`).
public struct CompareScenario: Sendable, Equatable {
  /// How an attempt fails.
  public enum Failure: Sendable, Equatable {
    /// An error response of a JSON-protocol service: HTTP `status` with the body `{"__type": code, "message"}`
    /// (without a code: `{"message"}`).
    case response(status: Int, code: String?)
    /// A failure below HTTP: no response at all.
    case network(NetworkFailure)
  }

  /// A failure of the connection, as the operating system reports it.
  public enum NetworkFailure: String, Sendable, Equatable, CaseIterable {
    /// The peer resets the connection while the client reads the response: `ECONNRESET` from `read`.
    case resetOnRead = "reset-on-read"
    /// The peer resets the connection while the client writes the request: `ECONNRESET` from `write`.
    case resetOnWrite = "reset-on-write"
    /// Writing to a connection the peer has closed: `EPIPE` from `write`.
    case brokenPipe = "broken-pipe"
    /// The peer closes the connection before any response (end of file; Node's "socket hang up").
    case closed
    /// Nothing listens on the port: `ECONNREFUSED` from `connect`.
    case refused
    /// The connection attempt times out: `ETIMEDOUT` from `connect`.
    case timeout
    /// The host name does not resolve: no such host (`getaddrinfo ENOTFOUND` in Node).
    case dns
  }

  /// The retry mode of the profiles that have two (go-v2, js-v3): `AWS_NEW_RETRIES_2026`.
  public enum Mode: String, Sendable, Equatable, CaseIterable {
    /// The SDKs' default behaviour.
    case legacy
    /// `AWS_NEW_RETRIES_2026=true`.
    case v2026 = "2026"
  }

  /// How every failing attempt fails.
  public var failure: Failure
  /// A `Retry-After` header in seconds on the error response.
  public var retryAfterSeconds: Int?
  /// An `x-amz-retry-after` header in milliseconds on the error response.
  public var amzRetryAfterMs: Int?
  /// How many attempts each SDK may make (nil: each SDK's default).
  public var maxAttempts: Int?
  /// The attempt that succeeds (nil: every attempt fails).
  public var succeedOnAttempt: Int?
  /// The retry mode of go-v2 and js-v3.
  public var mode: Mode

  /// The error message of the response body.
  public static let message = "the scenario's error"
  /// The host every profile calls.
  public static let host = "service.us-east-1.amazonaws.com"
  /// The address the host resolves to (TEST-NET-3) and the client's own address.
  public static let remote = (ip: "203.0.113.10", port: 443)
  /// The client's own address.
  public static let local = (ip: "10.0.0.2", port: 49152)
  /// The request id of the error response.
  public static let requestID = "REQUEST-ID"
  /// The largest `--attempts` and `--succeed-on`.
  public static let attemptLimit = 50
  /// The largest `--retry-after` (one day) and `--amz-retry-after` (one day in ms).
  public static let retryAfterLimit = 86_400

  /// Creates a scenario; `check` says whether it is one.
  public init(
    failure: Failure, retryAfterSeconds: Int? = nil, amzRetryAfterMs: Int? = nil, maxAttempts: Int? = nil,
    succeedOnAttempt: Int? = nil, mode: Mode = .legacy
  ) {
    self.failure = failure
    self.retryAfterSeconds = retryAfterSeconds
    self.amzRetryAfterMs = amzRetryAfterMs
    self.maxAttempts = maxAttempts
    self.succeedOnAttempt = succeedOnAttempt
    self.mode = mode
  }

  /// Checks the scenario; the error names the offending flag.
  public func check() throws(CompareScenarioError) {
    switch failure {
    case .response(let status, let code):
      guard (400...599).contains(status) else {
        throw CompareScenarioError(flag: "--status", "must be an error status from 400 to 599, not \(status)")
      }
      // No '#' or ':': the SDKs cut a code there (jsonrpc/unmarshal_error.go:78-79, restjson.SanitizeErrorCode), so a code
      // without them reaches every SDK unchanged.
      let allowed = { (c: UInt8) in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F
          || c == 0x2D
      }
      if let code, code.isEmpty || !code.utf8.allSatisfy(allowed) {
        throw CompareScenarioError(flag: "--code", "must be letters, digits, '.', '_' or '-', not \"\(code)\"")
      }
    case .network:
      if retryAfterSeconds != nil {
        throw CompareScenarioError(flag: "--retry-after", "needs an error response (--status), not a network failure")
      }
      if amzRetryAfterMs != nil {
        throw CompareScenarioError(
          flag: "--amz-retry-after", "needs an error response (--status), not a network failure")
      }
    }
    if let seconds = retryAfterSeconds, !(0...Self.retryAfterLimit).contains(seconds) {
      throw CompareScenarioError(flag: "--retry-after", "must be whole seconds from 0 to \(Self.retryAfterLimit)")
    }
    if let ms = amzRetryAfterMs, !(0...Self.retryAfterLimit * 1000).contains(ms) {
      throw CompareScenarioError(
        flag: "--amz-retry-after", "must be whole milliseconds from 0 to \(Self.retryAfterLimit * 1000)")
    }
    if let attempts = maxAttempts, !(1...Self.attemptLimit).contains(attempts) {
      throw CompareScenarioError(flag: "--attempts", "must be from 1 to \(Self.attemptLimit)")
    }
    if let attempt = succeedOnAttempt, !(2...Self.attemptLimit).contains(attempt) {
      throw CompareScenarioError(flag: "--succeed-on", "must be an attempt from 2 to \(Self.attemptLimit)")
    }
  }

  /// The attempts of the call, listed as the profiles' simulations take them (the last one repeats): the failing
  /// attempts, then the success if there is one.
  public var listedFailures: Int { succeedOnAttempt.map { $0 - 1 } ?? 1 }

  /// The scenario in words.
  public var summary: String {
    var parts: [String] = []
    switch failure {
    case .response(let status, let code):
      parts.append("HTTP \(status) " + (code.map { "with error code \($0)" } ?? "without an error code"))
    case .network(let network):
      parts.append("network failure \(network.rawValue)")
    }
    if let seconds = retryAfterSeconds { parts.append("Retry-After: \(seconds)") }
    if let ms = amzRetryAfterMs { parts.append("x-amz-retry-after: \(ms)") }
    parts.append(succeedOnAttempt.map { "attempt \($0) succeeds" } ?? "every attempt fails")
    if let attempts = maxAttempts { parts.append("at most \(attempts) attempt" + (attempts == 1 ? "" : "s")) }
    parts.append("\(mode.rawValue) mode")
    return parts.joined(separator: "; ")
  }
}

/// A scenario that is not one: the flag and what is wrong with it.
public struct CompareScenarioError: Error, Sendable, Equatable {
  /// The offending flag.
  public var flag: String
  /// What is wrong.
  public var reason: String

  /// Creates an error.
  public init(flag: String, _ reason: String) {
    self.flag = flag
    self.reason = reason
  }

  /// `--flag reason`.
  public var message: String { "\(flag) \(reason)" }
}
