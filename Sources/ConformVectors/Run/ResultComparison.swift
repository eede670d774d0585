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

import ConformJSON
import ConformProtocol

/// Judges an answer against a case: canonicalise both sides with the method's result type, then compare the
/// members the vector pins (bit patterns for doubles, int64 by value, draw counts both ways).
public enum ResultComparison {
  /// Whether the case itself pins a method-not-found error (only then is that answer judged, not skipped).
  static func expectsMethodNotFound(_ vector: VectorCase) -> Bool {
    if case .error(ErrorCode.methodNotFound.rawValue, _) = vector.expectation { return true }
    return false
  }

  /// The outcome of `vector` given `answer`: a `-32601` answer skips the case, unless the case expects one.
  public static func judge(_ vector: VectorCase, answer: TargetAnswer) -> CaseOutcome {
    switch (vector.expectation, answer) {
    case (_, .broken(let reason)):
      return .error(reason: reason)
    case (_, .error(ErrorCode.methodNotFound.rawValue, _, _)) where !expectsMethodNotFound(vector):
      return .skip(reason: "the target does not implement \(vector.method)")
    case (.error(let code, let kind), .error(let actualCode, let message, let actualKind)):
      if code == actualCode, kind == nil || kind == actualKind { return .pass }
      return .fail(
        reason: "a different JSON-RPC error",
        differences: [
          .init(
            path: "error", expected: errorText(code, kind), actual: errorText(actualCode, actualKind) + " \(message)")
        ])
    case (.error(let code, let kind), .result(let result)):
      return .fail(
        reason: "a result instead of an error",
        differences: [.init(path: "error", expected: errorText(code, kind), actual: compact(result))])
    case (.result(let expected), .error(let code, let message, let kind)):
      return .fail(
        reason: "an error instead of a result",
        differences: [.init(path: "result", expected: compact(expected), actual: errorText(code, kind) + " \(message)")]
      )
    case (.result(let expected), .result(let actual)):
      guard let type = ConformMethods.byName[vector.method]?.result else {
        return .error(reason: "unknown method \(vector.method)")
      }
      if let unknown = unknownMember(expected, as: type, path: "expect") {
        return .error(reason: "the vector's expect names \(unknown), which \(vector.method) does not answer")
      }
      let canonicalExpected: JSON
      do {
        canonicalExpected = try WireCanonical.canonicalize(expected, as: type)
      } catch {
        return .error(reason: "the vector's expect is malformed at \(error.pathText(root: "expect")): \(error.reason)")
      }
      let canonicalActual: JSON
      do {
        canonicalActual = try WireCanonical.canonicalize(actual, as: type)
      } catch {
        return .fail(
          reason: "the result is malformed at \(error.pathText(root: "result")): \(error.reason)",
          differences: [.init(path: "result", expected: compact(canonicalExpected), actual: compact(actual))])
      }
      var differences: [CaseOutcome.Difference] = []
      diff(canonicalExpected, canonicalActual, path: "result", into: &differences)
      if differences.isEmpty { return .pass }
      let reason = differences.count == 1 ? "1 field differs" : "\(differences.count) fields differ"
      return .fail(reason: reason, differences: differences)
    }
  }

  /// The path of the first member of an expectation that `type` does not have, or nil. Canonicalisation drops
  /// unknown members, so without this check a misspelt member would pin nothing and the case could never fail.
  static func unknownMember(_ json: JSON, as type: WireType, path: String) -> String? {
    switch (type, json) {
    case (.nullable(let wrapped), _):
      return json == .null ? nil : unknownMember(json, as: wrapped, path: path)
    case (.panicOr(let wrapped), .object(let object)), (.throwOr(let wrapped), .object(let object)):
      if WireCanonical.markerKey(of: object, in: WireCanonical.panicMarkers) != nil { return nil }
      return unknownMember(json, as: wrapped, path: path)
    case (.panicOr(let wrapped), _), (.throwOr(let wrapped), _):
      return unknownMember(json, as: wrapped, path: path)
    case (.array(let element), .array(let elements)):
      for (index, value) in elements.enumerated() {
        if let unknown = unknownMember(value, as: element, path: path + "[\(index)]") { return unknown }
      }
      return nil
    case (.object(let fields), .object(let object)):
      for member in object.members {
        let childPath = path + "." + member.key
        guard let field = fields.first(where: { $0.name == member.key }) else { return childPath }
        if let unknown = unknownMember(member.value, as: field.type, path: childPath) { return unknown }
      }
      return nil
    default:
      return nil
    }
  }

  /// Compares the members of `expected` (recursively) with `actual`.
  static func diff(_ expected: JSON, _ actual: JSON, path: String, into differences: inout [CaseOutcome.Difference]) {
    switch (expected, actual) {
    case (.object(let want), .object(let got))
    where WireCanonical.markerKey(of: want) == nil && WireCanonical.markerKey(of: got) == nil:
      // Markers (`{"panic"}`, `{"f64"}`, ...) are values, compared whole by the default case.
      for member in want.members {
        let childPath = path + "." + member.key
        guard let value = got[member.key] else {
          differences.append(.init(path: childPath, expected: compact(member.value), actual: nil))
          continue
        }
        diff(member.value, value, path: childPath, into: &differences)
      }
    case (.array(let want), .array(let got)):
      if want.count != got.count {
        differences.append(
          .init(
            path: path, expected: "\(want.count) element(s): " + compact(expected),
            actual: "\(got.count) element(s): " + compact(actual)))
        return
      }
      for index in want.indices {
        diff(want[index], got[index], path: path + "[\(index)]", into: &differences)
      }
    default:
      if expected != actual {
        differences.append(.init(path: path, expected: compact(expected), actual: compact(actual)))
      }
    }
  }

  static func compact(_ json: JSON) -> String {
    JSONWriter.encodeString(json)
  }

  static func errorText(_ code: Int, _ kind: String?) -> String {
    kind.map { "error \(code) (\($0))" } ?? "error \(code)"
  }
}
