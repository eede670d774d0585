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

/// The exit statuses of `conform`, for CI.
public struct ExitCode: RawRepresentable, Sendable, Equatable {
  /// The status.
  public let rawValue: Int32

  /// Creates a status.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// Everything passed.
  public static let success = ExitCode(rawValue: 0)
  /// A case failed, a vector file was bad, or the target broke down.
  public static let failure = ExitCode(rawValue: 1)
  /// The command line was wrong (`EX_USAGE`).
  public static let usage = ExitCode(rawValue: 64)
}

/// A usage error: reported on stderr as `Error: <message>` followed by the usage line, exit 64.
struct UsageError: Error {
  let message: String

  init(_ message: String) {
    self.message = message
  }
}
