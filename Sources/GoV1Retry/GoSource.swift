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
import RetryCore

/// Where each rule of the Go v1 profile is written: aws-sdk-go v1.55.6 and the Go 1.19 standard library.
///
/// Every explain step cites one of these, so a porter can open the exact line.
public enum GoSource {
  /// The SDK version the profile mirrors.
  public static let sdkVersion = "v1.55.6"

  static func retryer(_ line: Int) -> SourceLocation { SourceLocation("aws/request/retryer.go", line) }
  static func connectionReset(_ line: Int) -> SourceLocation {
    SourceLocation("aws/request/connection_reset_error.go", line)
  }
  static func defaultRetryer(_ line: Int) -> SourceLocation {
    SourceLocation("aws/client/default_retryer.go", line)
  }
  static func noOpRetryer(_ line: Int) -> SourceLocation { SourceLocation("aws/client/no_op_retryer.go", line) }
  static func client(_ line: Int) -> SourceLocation { SourceLocation("aws/client/client.go", line) }
  static func request(_ line: Int) -> SourceLocation { SourceLocation("aws/request/request.go", line) }
  static func handlers(_ line: Int) -> SourceLocation { SourceLocation("aws/corehandlers/handlers.go", line) }
  static func exampleRetryer(_ line: Int) -> SourceLocation {
    SourceLocation("example/aws/request/customRetryer/custom_retryer.go", line)
  }
  static func dynamodb(_ line: Int) -> SourceLocation { SourceLocation("service/dynamodb/customizations.go", line) }
  static func ec2(_ line: Int) -> SourceLocation { SourceLocation("service/ec2/customizations.go", line) }
  static func kinesis(_ line: Int) -> SourceLocation { SourceLocation("service/kinesis/customizations.go", line) }
  static func sts(_ line: Int) -> SourceLocation { SourceLocation("service/sts/customizations.go", line) }
  /// The field retryer copied from a blog post: it has no SDK file, so its steps cite the row of this
  /// repository's `spec/go-v1.md` that gives its code.
  static let seedRetryer = SourceLocation("spec/go-v1.md (seed-read-conn-reset)", 93)
  static func mathRand(_ line: Int) -> SourceLocation { SourceLocation("go1.19/src/math/rand/rand.go", line) }
}
