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

/// A line of SDK source that a rule comes from, such as `aws/request/retryer.go:171`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file, relative to the SDK repository root.
  public let file: String
  /// The line in that file at the pinned SDK version.
  public let line: Int

  /// Creates a location.
  public init(_ file: String, _ line: Int) {
    self.file = file
    self.line = line
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}

/// One rule that took part in a decision: what it is, where it lives in the SDK, and what it found.
public struct TraceStep: Sendable, Equatable {
  /// A stable identifier of the rule, such as `shouldRetryError.awserr.canceled`.
  public let rule: String
  /// Where the rule is written in the SDK.
  public let at: SourceLocation
  /// What the rule found for this input, in a few words.
  public let says: String

  /// Creates a step.
  public init(rule: String, at: SourceLocation, says: String) {
    self.rule = rule
    self.at = at
    self.says = says
  }
}

/// The ordered list of rules that decided something, collected only when a caller asks for it.
///
/// Semantics take a `Trace?`: `trace?.record(...)` costs a nil check when nobody asked, because optional
/// chaining skips evaluating the arguments. A trace made with `rulesOnly` keeps the rule ids and never
/// builds the `says` text (the generator derives flags from them).
public final class Trace {
  /// The steps recorded so far, in the order the SDK evaluated them.
  public private(set) var steps: [TraceStep] = []
  /// Whether only rule ids are kept.
  public let rulesOnly: Bool

  /// Creates an empty trace.
  public init(rulesOnly: Bool = false) {
    self.rulesOnly = rulesOnly
  }

  /// Appends a step.
  public func record(_ rule: String, _ at: SourceLocation, _ says: @autoclosure () -> String) {
    steps.append(TraceStep(rule: rule, at: at, says: rulesOnly ? "" : says()))
  }

  /// Appends a step that reports a boolean outcome.
  public func record(_ rule: String, _ at: SourceLocation, _ says: @autoclosure () -> String, _ outcome: Bool) {
    steps.append(TraceStep(rule: rule, at: at, says: rulesOnly ? "" : "\(says()) -> \(outcome)"))
  }
}
