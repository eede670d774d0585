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

/// Where each rule of the JS v3 profile is written in smithy-typescript `@smithy/core@3.33.3`
/// (`packages/core/src/submodules/…`).
public enum JSV3Source {
  /// The `@smithy/core` version the profile mirrors.
  public static let sdkVersion = "3.33.3"

  static func classification(_ line: Int) -> SourceLocation {
    SourceLocation("retry/service-error-classification/service-error-classification.ts", line)
  }
  static func constants(_ line: Int) -> SourceLocation {
    SourceLocation("retry/service-error-classification/constants.ts", line)
  }
  static func middleware(_ line: Int) -> SourceLocation {
    SourceLocation("retry/middleware-retry/retryMiddleware.ts", line)
  }
  static func retryAfter(_ line: Int) -> SourceLocation {
    SourceLocation("retry/middleware-retry/parseRetryAfterHeader.ts", line)
  }
  static func configurations(_ line: Int) -> SourceLocation {
    SourceLocation("retry/middleware-retry/configurations.ts", line)
  }
  static func standard(_ line: Int) -> SourceLocation {
    SourceLocation("retry/util-retry/StandardRetryStrategy.ts", line)
  }
  static func configured(_ line: Int) -> SourceLocation {
    SourceLocation("retry/util-retry/ConfiguredRetryStrategy.ts", line)
  }
  static func backoff(_ line: Int) -> SourceLocation {
    SourceLocation("retry/util-retry/DefaultRetryBackoffStrategy.ts", line)
  }
  static func limiter(_ line: Int) -> SourceLocation { SourceLocation("retry/util-retry/DefaultRateLimiter.ts", line) }
  static func adaptive(_ line: Int) -> SourceLocation {
    SourceLocation("retry/util-retry/AdaptiveRetryStrategy.ts", line)
  }
  static func deprecated(_ line: Int) -> SourceLocation {
    SourceLocation("retry/middleware-retry/retry-pre-sra-deprecated/StandardRetryStrategy.ts", line)
  }
  static func token(_ line: Int) -> SourceLocation { SourceLocation("retry/util-retry/DefaultRetryToken.ts", line) }
  static func flag(_ line: Int) -> SourceLocation { SourceLocation("retry/util-retry/retries-2026-config.ts", line) }
  static func dates(_ line: Int) -> SourceLocation { SourceLocation("serde/date-utils.ts", line) }
  /// aws-sdk-js-v3 additions, modelled from the research note's text (not line-pinned).
  static func awsSDK(_ file: String) -> SourceLocation { SourceLocation("aws-sdk-js-v3:" + file, 0) }
}
