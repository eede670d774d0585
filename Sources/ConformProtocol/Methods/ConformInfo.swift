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
import GoV1Retry
import GoV2Retry
import JSV2Retry
import JSV3Retry

/// Who this server is and which SDKs it mirrors.
public enum ConformInfo {
  /// The server's name.
  public static let name = "conform"
  /// The server's version.
  public static let version = "0.1.0"
  /// The protocol versions it speaks.
  public static let protocolVersions = ["1"]

  /// A profile: a frozen SDK whose retry behaviour is reproduced.
  public struct Profile: Sendable {
    /// The profile name used in vector files, such as `go-v1`.
    public let name: String
    /// The SDK's package name.
    public let sdk: String
    /// The pinned SDK version.
    public let version: String
  }

  /// The profiles.
  public static let profiles = [
    Profile(name: "go-v1", sdk: "github.com/aws/aws-sdk-go", version: GoSource.sdkVersion),
    Profile(name: "go-v2", sdk: "github.com/aws/aws-sdk-go-v2", version: GoV2Source.sdkVersion),
    Profile(name: "js-v2", sdk: "aws-sdk", version: JSSource.sdkVersion),
    Profile(name: "js-v3", sdk: "@smithy/core", version: JSV3Source.sdkVersion),
  ]
}
