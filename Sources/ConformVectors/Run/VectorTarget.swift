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
public import ConformProtocol

/// Something that answers method calls: the built-in reference, or a foreign program speaking the protocol.
///
/// A runner gives each job its own target, so an instance is only ever used by one thread at a time.
public protocol VectorTarget: AnyObject, Sendable {
  /// Answers `calls` in order.
  func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer]
  /// Ends the target after the last call: returns every protocol violation seen on the way out (answers
  /// nobody asked for, a second answer to an id), each a failure of the run.
  func finish() -> [String]
}

extension VectorTarget {
  /// Nothing to end.
  public func finish() -> [String] { [] }
}

/// The built-in reference, called in-process through the same method table `conform serve` dispatches to.
public final class ReferenceTarget: VectorTarget, @unchecked Sendable {
  private let methods: MethodTable

  /// Creates the reference with the given limits.
  public init(limits: ServerLimits = .defaults) {
    methods = MethodTable(limits: limits)
  }

  /// Answers in-process.
  public func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    calls.map { call in
      switch methods.call(method: call.method, params: call.params) {
      case .success(let result): .result(result)
      case .failure(let error): .error(code: error.code.rawValue, message: error.message, kind: error.kind)
      }
    }
  }
}

/// A target that could not be started: every call is answered as broken, with the reason.
final class UnavailableTarget: VectorTarget {
  let reason: String

  init(reason: String) {
    self.reason = reason
  }

  func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    calls.map { _ in .broken(reason) }
  }
}
