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
import RetryCore

/// What a method handler may use besides its params.
public struct MethodContext: Sendable {
  /// The server's protective limits.
  public var limits: ServerLimits
  /// When set, explain traces keep rule ids only (no text): the generator derives flags from them cheaply.
  public var explainRulesOnly: Bool

  /// Creates a context.
  public init(limits: ServerLimits = .defaults, explainRulesOnly: Bool = false) {
    self.limits = limits
    self.explainRulesOnly = explainRulesOnly
  }

  /// A new trace when `explain` was asked for.
  func trace(if explain: Bool) -> Trace? {
    explain ? Trace(rulesOnly: explainRulesOnly) : nil
  }
}

/// A JSON-RPC method: its name, its documented params and result, and the handler that serves it.
///
/// The server dispatches through these definitions, `rpc.discover` describes them, and the vector runner
/// canonicalises results with `result`, so the three cannot disagree.
public struct MethodDefinition: Sendable {
  /// The method name, such as `go.v1.evaluate`.
  public let name: String
  /// The profile it belongs to (`go-v1`, `js-v2`), or nil for protocol methods.
  public let profile: String?
  /// One sentence on what it answers.
  public let summary: String
  /// The params object.
  public let params: [WireField]
  /// The result.
  public let result: WireType
  /// Checks params strictly against `params`, decodes them, runs the semantics, encodes the result.
  public let handler: @Sendable (_ params: JSON?, _ context: MethodContext) throws(ResponseError) -> JSON

  /// Creates a definition.
  public init(
    name: String, profile: String?, summary: String, params: [WireField], result: WireType,
    handler: @escaping @Sendable (_ params: JSON?, _ context: MethodContext) throws(ResponseError) -> JSON
  ) {
    self.name = name
    self.profile = profile
    self.summary = summary
    self.params = params
    self.result = result
    let declared = WireType.object(params)
    let compiled = CompiledShape(declared)
    self.compiled = compiled
    self.handler = { (params, context) throws(ResponseError) in
      // The compiled walk says whether the params hold; only when they do not does the declaration walk run,
      // for the error and its path.
      if let params, !compiled.holds(params) {
        do throws(InvalidValue) {
          try WireStrictness.check(params, against: declared)
        } catch {
          throw .invalidParams(error)
        }
      }
      return try handler(params, context)
    }
  }

  /// `params` compiled for the strictness check's fast path.
  let compiled: CompiledShape

  /// Checks `params` against the declared members (`WireStrictness`) without running the method: the vector
  /// loader's check.
  public func checkParams(_ params: JSON) throws(InvalidValue) {
    guard !compiled.holds(params) else { return }
    try WireStrictness.check(params, against: .object(self.params))
  }
}

/// Reads the params object of a call, turning decoding failures into `-32602`.
public struct ParamsReader {
  /// The params object.
  public let fields: WireObject
  /// Whether `explain: true` was asked for.
  public let explain: Bool

  /// Reads `params`, which must be an object (absent params read as `{}`).
  public init(_ params: JSON?) throws(ResponseError) {
    do {
      fields = try WireObject(params ?? .object(JSONObject()))
      explain = try fields.optional("explain", Wire.bool) ?? false
    } catch {
      throw .invalidParams(error)
    }
  }

  /// Runs a decoder over the params, mapping its error to `-32602`.
  public func decode<T>(_ body: (WireObject) throws(InvalidValue) -> T) throws(ResponseError) -> T {
    do {
      return try body(fields)
    } catch {
      throw .invalidParams(error)
    }
  }
}

/// The `explain` param shared by every method.
let explainField = WireField("explain", .bool, "When true, the result carries `explain`: the rules that decided.")
