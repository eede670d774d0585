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

/// The methods of both profiles, called by name with a context: the one way into the semantics for the
/// JSON-RPC server (`RequestDispatcher`), the vector runner's in-process reference and the generator. It knows
/// nothing of JSON-RPC framing, ids or the server's lifecycle (`shutdown`, `exit`).
public struct MethodTable: Sendable {
  /// The limits and explain settings every handler sees.
  public var context: MethodContext
  private let methods: [String: MethodDefinition]

  /// Creates a table of `methods` (every method of both profiles by default) with the given limits.
  public init(limits: ServerLimits = .defaults, methods: [String: MethodDefinition] = ConformMethods.byName) {
    context = MethodContext(limits: limits)
    self.methods = methods
  }

  /// Whether explain traces keep rule ids only (see `MethodContext.explainRulesOnly`).
  public var explainRulesOnly: Bool {
    get { context.explainRulesOnly }
    set { context.explainRulesOnly = newValue }
  }

  /// The declared params of `method`, or nil for a name it does not have.
  public func params(of method: String) -> [WireField]? {
    methods[method]?.params
  }

  /// Calls `method` with `params`: its result, or the JSON-RPC error it answers (`-32601` for an unknown name).
  public func call(method: String, params: JSON?) -> Result<JSON, ResponseError> {
    // Only the handler is taken out of the table (not a copy of the whole definition).
    guard let handler = methods[method]?.handler else { return .failure(.methodNotFound(method)) }
    do {
      return .success(try handler(params, context))
    } catch {
      return .failure(error)
    }
  }
}
