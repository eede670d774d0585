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

public import ConformJSON

/// One profile's part in `conform compare`: the scenario in its SDK's own shape (the params of one of its methods),
/// and the answer read back from what `conform ask` returns for them (`spec/compare.md`).
///
/// A new profile joins by adding one type that conforms, and listing it in `CompareProfiles.all`.
public protocol CompareProfile: Sendable {
  /// The profile's name (`go-v1`).
  var name: String { get }
  /// The method asked: the profile's whole-call simulation.
  var method: String { get }
  /// The params of `method` for `scenario`, without `random` (so that delays are ranges over every draw).
  func params(_ scenario: CompareScenario) -> JSON
  /// The answer in `result` (the `conform ask --json` result for `params`).
  func answer(_ result: JSON, _ scenario: CompareScenario) throws(CompareError) -> ProfileAnswer
}

/// Every profile, in the order the outputs list them.
public enum CompareProfiles {
  /// The profiles that take part.
  public static let all: [any CompareProfile] = [GoV1Compare(), GoV2Compare(), JSV2Compare(), JSV3Compare()]
}

/// Why a comparison has no answer.
public enum CompareError: Error, Sendable, Equatable {
  /// A profile's method refused the question (the server's error message).
  case refused(profile: String, message: String)
  /// A result did not have the expected shape (a bug: the mapping and the method disagree).
  case unexpected(profile: String, what: String)

  /// The error in words.
  public var message: String {
    switch self {
    case .refused(let profile, let message): "\(profile): the reference refused the scenario: \(message)"
    case .unexpected(let profile, let what): "\(profile): unexpected result: \(what)"
    }
  }
}
