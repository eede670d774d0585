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

/// The service a client is for, as far as its retry behaviour depends on it. The pinned tree vendors no
/// DynamoDB, SQS, SFN or SWF module, so both rules are modelled from the research note's text
/// (`research/go-v2-retry.md` §2.2 and §4.4, `research/anchors.md`) and from `aws/retry/retry2026_test.go`'s
/// `newRetry2026Retryer`, not read from code:
/// - `dynamodb` built in 2026 mode: `MaxAttempts` 4 and `BaseDelay` 25 ms unless set (legacy: no change);
/// - the long-poll operations `sqs` `ReceiveMessage`, `sfn` `GetActivityTask`, `swf` `PollForActivityTask` and
///   `PollForDecisionTask` get the context's long-polling flag when `AWS_NEW_RETRIES_2026 == "true"` as the
///   operation's stack is built.
public struct GoV2Service: Sendable, Equatable {
  /// The service id, lower case as the SDK's tests spell it (`dynamodb`, `sqs`, ...); others have no rule.
  public var id: String

  /// Creates a service.
  public init(_ id: String) { self.id = id }

  /// The long-poll operations by service.
  static let longPollOperations: [(service: String, operation: String)] = [
    ("sqs", "ReceiveMessage"), ("sfn", "GetActivityTask"), ("swf", "PollForActivityTask"),
    ("swf", "PollForDecisionTask"),
  ]

  /// Whether this is DynamoDB.
  public var isDynamoDB: Bool { id == "dynamodb" }

  /// Whether `operation` of this service is a long-poll operation.
  public func isLongPoll(operation: String?) -> Bool {
    guard let operation else { return false }
    return Self.longPollOperations.contains { $0.service == id && $0.operation == operation }
  }
}
