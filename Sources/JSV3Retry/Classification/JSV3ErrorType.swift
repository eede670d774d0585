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

/// `RetryErrorType` of `@smithy/types`: what the middleware hands the strategy.
public enum JSV3ErrorType: String, Sendable, CaseIterable {
  /// `"THROTTLING"`.
  case throttling = "THROTTLING"
  /// `"TRANSIENT"`.
  case transient = "TRANSIENT"
  /// `"SERVER_ERROR"`.
  case serverError = "SERVER_ERROR"
  /// `"CLIENT_ERROR"`.
  case clientError = "CLIENT_ERROR"
}
