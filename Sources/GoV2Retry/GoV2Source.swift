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

import RetryCore

/// Where each rule of the Go v2 profile is written: aws-sdk-go-v2 v1.43.6 and smithy-go v1.27.8, as vendored in
/// moby/moby at b985e2313a8676e18072b442911fc8f64f17d440 (paths relative to each module's root).
public enum GoV2Source {
  /// The core module version the profile mirrors.
  public static let sdkVersion = "v1.43.6"
  /// The smithy-go version the profile mirrors.
  public static let smithyVersion = "v1.27.8"

  static func standard(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/standard.go", line) }
  static func retryable(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/retryable_error.go", line) }
  static func throttle(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/throttle_error.go", line) }
  static func timeout(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/timeout_error.go", line) }
  static func jitter(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/jitter_backoff.go", line) }
  static func middleware(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/middleware.go", line) }
  static func retry(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/retry.go", line) }
  static func adaptive(_ line: Int) -> SourceLocation { SourceLocation("aws/retry/adaptive.go", line) }
  static func adaptiveRateLimit(_ line: Int) -> SourceLocation {
    SourceLocation("aws/retry/adaptive_ratelimit.go", line)
  }
  static func adaptiveBucket(_ line: Int) -> SourceLocation {
    SourceLocation("aws/retry/adaptive_token_bucket.go", line)
  }
  static func tokenBucket(_ line: Int) -> SourceLocation { SourceLocation("aws/ratelimit/token_bucket.go", line) }
  static func tokenRateLimit(_ line: Int) -> SourceLocation {
    SourceLocation("aws/ratelimit/token_rate_limit.go", line)
  }
  static func rand(_ line: Int) -> SourceLocation { SourceLocation("internal/rand/rand.go", line) }
  static func timeconv(_ line: Int) -> SourceLocation { SourceLocation("internal/timeconv/duration.go", line) }
  static func smithyClient(_ line: Int) -> SourceLocation {
    SourceLocation("smithy-go@v1.27.8:transport/http/client.go", line)
  }
  static func smithyTime(_ line: Int) -> SourceLocation { SourceLocation("smithy-go@v1.27.8:time/time.go", line) }
  static func responseTiming(_ line: Int) -> SourceLocation {
    SourceLocation("aws/middleware/middleware.go", line)
  }
  static func responseErrorWrapper(_ line: Int) -> SourceLocation {
    SourceLocation("aws/transport/http/response_error_middleware.go", line)
  }
}
