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

/// A declaration (`WireType`) compiled once for the strictness check's fast path: member names as UTF-8 bytes,
/// nested shapes as references, so that checking a request copies no `WireType`/`WireField` values.
///
/// `holds` answers only whether `WireStrictness.check` would accept a value; it accepts exactly what that check
/// accepts (the same walk, and the check itself where the walk is rare: an `anyOf` object that is neither a JS
/// value marker nor a Go error). When it says no, the caller runs `WireStrictness.check` for the error and its
/// path, so every message comes from one place.
final class CompiledShape: Sendable {
  /// A declared member.
  struct Member: Sendable {
    let name: [UInt8]
    /// `JSONObject.keyPrefix` of the name, compared before the name.
    let prefix: UInt64
    let acceptsNull: Bool
    /// The member's shape, nil when its type holds no members.
    let shape: CompiledShape?
  }

  /// A Go error model: which table of error types.
  enum GoErrorModel: Sendable {
    case goV1, goV2
  }

  /// How an `anyOf` alternative treats an object, in declaration order.
  enum ObjectAlternative: Sendable {
    case jsValueMarker
    case goError(GoErrorModel)
    case other
  }

  enum Kind: Sendable {
    case leaf
    case object([Member])
    case array(CompiledShape)
    case map(CompiledShape)
    case goError(GoErrorModel)
    case jsV3Error
    case anyOf(array: CompiledShape?, objects: [ObjectAlternative], declared: [WireType])
  }

  let kind: Kind

  init(_ type: WireType) {
    switch type {
    case .bool, .string, .oneOf, .int, .int64, .jsValue, .any: kind = .leaf
    case .nullable(let wrapped), .panicOr(let wrapped), .throwOr(let wrapped):
      kind = CompiledShape(wrapped).kind
    case .object(let fields): kind = .object(Self.members(fields))
    case .array(let element): kind = element.hasMembers ? .array(CompiledShape(element)) : .leaf
    case .map(let value): kind = value.hasMembers ? .map(CompiledShape(value)) : .leaf
    case .goError: kind = .goError(.goV1)
    case .goV2Error: kind = .goError(.goV2)
    case .jsV3Error: kind = .jsV3Error
    case .anyOf(let alternatives):
      var array: CompiledShape?
      for case .array(let element) in alternatives {
        array = CompiledShape(.array(element))
        break
      }
      let objects = alternatives.map { alternative -> ObjectAlternative in
        switch alternative {
        case .jsValue: .jsValueMarker
        case .goError: .goError(.goV1)
        case .goV2Error: .goError(.goV2)
        default: .other
        }
      }
      kind = .anyOf(array: array, objects: objects, declared: alternatives)
    }
  }

  static func members(_ fields: [WireField]) -> [Member] {
    fields.map { field in
      Member(
        name: field.nameBytes, prefix: JSONObject.keyPrefix(field.name), acceptsNull: field.acceptsNull,
        shape: field.type.hasMembers ? CompiledShape(field.type) : nil)
    }
  }

  /// The Go error types of each model, compiled once: the `type` name's bytes and the type's members.
  static let goV1Errors = GoWire.errorShapes.map {
    (name: Array($0.type.utf8), prefix: JSONObject.keyPrefix($0.type), members: members($0.fields))
  }
  static let goV2Errors = GoV2Wire.errorShapes.map {
    (name: Array($0.type.utf8), prefix: JSONObject.keyPrefix($0.type), members: members($0.fields))
  }
  /// A js-v3 error object.
  static let jsV3Error = CompiledShape(.object(JSV3Wire.errorFields))

  /// Whether `WireStrictness.check(json, against:)` of the compiled type accepts `json`.
  func holds(_ json: JSON) -> Bool {
    switch kind {
    case .leaf:
      return true
    case .object(let members):
      guard case .object(let object) = json else { return true }
      return Self.membersHold(object, members)
    case .array(let element):
      guard case .array(let elements) = json else { return true }
      for value in elements where !element.holds(value) { return false }
      return true
    case .map(let value):
      guard case .object(let object) = json else { return true }
      for member in object.members where !value.holds(member.value) { return false }
      return true
    case .goError(let model):
      return Self.goErrorHolds(json, model)
    case .jsV3Error:
      return Self.jsV3Error.holds(json)
    case .anyOf(let array, let objects, let declared):
      switch json {
      case .array:
        return array?.holds(json) ?? true
      case .object(let object):
        for alternative in objects {
          switch alternative {
          case .jsValueMarker
          where object.members.count == 1
            && (WireStrictness.sameName(object.members[0].key, "f64")
              || WireStrictness.sameName(object.members[0].key, "undefined")):
            return true
          case .goError(let model): return Self.goErrorHolds(json, model)
          default: continue
          }
        }
        do throws(InvalidValue) {
          try WireStrictness.checkAlternatives(json, declared)
          return true
        } catch {
          return false
        }
      default:
        return true
      }
    }
  }

  /// A Go error tree: the members of its `type`; an unknown type is the decoder's to report.
  static func goErrorHolds(_ json: JSON, _ model: GoErrorModel) -> Bool {
    guard case .object(let object) = json, case .string(let type)? = object["type"] else { return true }
    let table = model == .goV1 ? goV1Errors : goV2Errors
    let prefix = JSONObject.keyPrefix(type)
    guard let index = table.firstIndex(where: { $0.prefix == prefix && bytesEqual($0.name, type) }) else {
      return true
    }
    return membersHold(object, table[index].members)
  }

  /// Every member of `object` is declared in `members`, `null` only where accepted, nested values hold.
  static func membersHold(_ object: JSONObject, _ members: [Member]) -> Bool {
    // Both lists are read in place (no copies of members, keys or values).
    object.members.withUnsafeBufferPointer { entries in
      members.withUnsafeBufferPointer { members in
        for entry in entries.indices {
          let prefix = entries[entry].keyPrefix
          var index = 0
          while index < members.count
            && !(members[index].prefix == prefix && bytesEqual(members[index].name, entries[entry].key))
          {
            index += 1
          }
          guard index < members.count else { return false }
          if case .null = entries[entry].value {
            if !members[index].acceptsNull { return false }
            continue
          }
          if let shape = members[index].shape, !shape.holds(entries[entry].value) { return false }
        }
        return true
      }
    }
  }

  /// Whether `key` has the bytes `name`, given that their prefixes (`JSONObject.keyPrefix`) are equal: then
  /// equal lengths decide names of at most eight bytes, and longer ones compare the bytes after the eighth.
  @inline(__always)
  static func bytesEqual(_ name: [UInt8], _ key: String) -> Bool {
    let count = name.count
    guard key.utf8.count == count else { return false }
    if count <= 8 { return true }
    let equal = key.utf8.withContiguousStorageIfAvailable { keyBytes -> Bool in
      name.withUnsafeBufferPointer { nameBytes in
        for offset in 8..<count where nameBytes[offset] != keyBytes[offset] { return false }
        return true
      }
    }
    return equal ?? key.utf8.elementsEqual(name)
  }
}
