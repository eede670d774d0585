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

/// The error-code tables of `aws/request/retryer.go`. Matching is exact and case-sensitive.
public enum GoCodeTables {
  /// `retryableCodes` (`retryer.go:77-82`): retryable without further action.
  public static let retryable = ["RequestError", "RequestTimeout", "ResponseTimeout", "RequestTimeoutException"]

  /// `throttleCodes` (`retryer.go:84-96`); `isCodeThrottle` (`retryer.go:107-110`) is membership in it.
  public static let throttle = [
    "ProvisionedThroughputExceededException", "ThrottledException", "Throttling", "ThrottlingException",
    "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "TooManyRequestsException",
    "PriorRequestNotComplete", "TransactionInProgressException", "EC2ThrottledException",
  ]

  /// `credsExpiredCodes` (`retryer.go:101-105`).
  public static let credsExpired = ["ExpiredToken", "ExpiredTokenException", "RequestExpired"]

  /// `validParentCodes` (`retryer.go:125-128`): the parents whose nested error is examined.
  public static let validParent = ["SerializationError", "ReadError"]

  /// `CanceledErrorCode` (`aws/request/request.go:39`).
  public static let canceled = "RequestCanceled"
  /// `ErrCodeRequestError` (`aws/request/request.go:43`).
  public static let requestError = "RequestError"

  /// `isCodeRetryable` (`retryer.go:112-118`): retryable codes and expired-credential codes.
  static func isRetryable(_ code: String) -> Bool {
    GoBytes.isMember(code, of: retryable) || isExpiredCreds(code)
  }

  /// `isCodeExpiredCreds` (`retryer.go:120-123`).
  static func isExpiredCreds(_ code: String) -> Bool { GoBytes.isMember(code, of: credsExpired) }
}
