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
    let definitions = methods.keys.sorted().compactMap { methods[$0] }
    keys = JSONKeyTable(["jsonrpc", "id", "method", "params"] + Self.memberNames(definitions))
  }

  /// The member names of the request envelope and of every method's params (nested objects and the Go and js-v3
  /// error types included), for the parser to reuse (`JSONParser.parse(_:maxDepth:keys:)`).
  public let keys: JSONKeyTable

  /// Every member name declared in the params of `definitions`, at any depth.
  static func memberNames(_ definitions: [MethodDefinition]) -> [String] {
    var names: [String] = []
    var visitedErrorModels: Set<String> = []
    func visit(_ type: WireType) {
      switch type {
      case .object(let fields):
        for field in fields {
          names.append(field.name)
          visit(field.type)
        }
      case .nullable(let wrapped), .panicOr(let wrapped), .throwOr(let wrapped), .array(let wrapped),
        .map(let wrapped):
        visit(wrapped)
      case .anyOf(let alternatives):
        alternatives.forEach(visit)
      case .goError:
        guard visitedErrorModels.insert("go-v1").inserted else { return }
        for shape in GoWire.errorShapes { visit(.object(shape.fields)) }
      case .goV2Error:
        guard visitedErrorModels.insert("go-v2").inserted else { return }
        for shape in GoV2Wire.errorShapes { visit(.object(shape.fields)) }
      case .jsV3Error:
        guard visitedErrorModels.insert("js-v3").inserted else { return }
        visit(.object(JSV3Wire.errorFields))
      case .bool, .string, .oneOf, .int, .int64, .jsValue, .any:
        break
      }
    }
    for definition in definitions { visit(.object(definition.params)) }
    return names
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
