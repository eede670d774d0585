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

/// What happened to one case.
public enum CaseOutcome: Sendable, Equatable {
  /// The answer matched.
  case pass
  /// The answer differed; `reason` summarises, `differences` list every mismatch.
  case fail(reason: String, differences: [Difference])
  /// The case was not run (for example the target does not implement the method).
  case skip(reason: String)
  /// The case could not be judged: a malformed vector or a target that broke down.
  case error(reason: String)

  /// One mismatch: where, and the two canonical values (nil when absent).
  public struct Difference: Sendable, Equatable {
    /// The path inside the result, such as `result.retryRules.delayNs`.
    public var path: String
    /// The expected value, compact canonical JSON.
    public var expected: String?
    /// The actual value, compact canonical JSON.
    public var actual: String?

    /// Creates a difference.
    public init(path: String, expected: String?, actual: String?) {
      self.path = path
      self.expected = expected
      self.actual = actual
    }
  }
}

/// What the target answered: a result or a JSON-RPC error `{code, message, data.kind}`.
public enum TargetAnswer: Sendable, Equatable {
  /// A `result`.
  case result(JSON)
  /// An `error`.
  case error(code: Int, message: String, kind: String?)
  /// No usable answer (the target died, timed out, or sent something that is not a response).
  case broken(String)
}
