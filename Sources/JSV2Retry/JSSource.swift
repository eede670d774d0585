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

/// Where each rule of the JS v2 profile is written in aws-sdk-js 2.1692.0.
public enum JSSource {
  /// The SDK version the profile mirrors.
  public static let sdkVersion = "2.1692.0"

  static func util(_ line: Int) -> SourceLocation { SourceLocation("lib/util.js", line) }
  static func listeners(_ line: Int) -> SourceLocation { SourceLocation("lib/event_listeners.js", line) }
  static func service(_ line: Int) -> SourceLocation { SourceLocation("lib/service.js", line) }
  static func json(_ line: Int) -> SourceLocation { SourceLocation("lib/protocol/json.js", line) }
  static func executor(_ line: Int) -> SourceLocation { SourceLocation("lib/sequential_executor.js", line) }
  static func dynamodb(_ line: Int) -> SourceLocation { SourceLocation("lib/services/dynamodb.js", line) }
  static func route53(_ line: Int) -> SourceLocation { SourceLocation("lib/services/route53.js", line) }
  static func rdsData(_ line: Int) -> SourceLocation { SourceLocation("lib/services/rdsdataservice.js", line) }
  static func s3(_ line: Int) -> SourceLocation { SourceLocation("lib/services/s3.js", line) }
  static func webIdentity(_ line: Int) -> SourceLocation {
    SourceLocation("lib/credentials/token_file_web_identity_credentials.js", line)
  }
}
