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

/// The code and status tables of `aws/retry` (v1.43.6). Matching is exact and case-sensitive (Go map lookups).
public enum GoV2Codes {
  /// `DefaultRetryableHTTPStatusCodes` (`standard.go:53-58`).
  public static let retryableStatusCodes: Set<Int> = [500, 502, 503, 504]
  /// `DefaultRetryableErrorCodes` (`standard.go:62-65`).
  public static let retryableErrorCodes = ["RequestTimeout", "RequestTimeoutException"]
  /// `DefaultThrottleErrorCodes` (`standard.go:69-84`).
  public static let throttleErrorCodes = [
    "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
    "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
    "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
    "EC2ThrottledException",
  ]
  /// `clockSkewCodes` (`middleware.go:335-341`).
  public static let clockSkewCodes = [
    "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure", "RequestTimeTooSkewed",
    "AccessDeniedException",
  ]
}
