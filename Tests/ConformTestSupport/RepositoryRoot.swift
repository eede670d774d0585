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

public import Foundation

/// The package's root directory, found from this file (swift-crypto's Wycheproof tests do the same): vectors,
/// spec and scripts live at the top level, outside any target.
public enum RepositoryRoot {
  /// The root: `Tests/ConformTestSupport/RepositoryRoot.swift` up three levels.
  public static let url: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The URL of `relative` (such as `vectors/go-v1`) under the root.
  public static func url(_ relative: String) -> URL { url.appendingPathComponent(relative) }

  /// The path of `relative` under the root.
  public static func path(_ relative: String) -> String { url(relative).path }
}
