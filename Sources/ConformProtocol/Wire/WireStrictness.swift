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

/// The strictness rules of `spec/protocol.md`, driven by the same declarations that `rpc.discover` describes:
/// every member of `params` and of every nested object is declared, and `null` appears only where the
/// declared type admits it. Types are left to the decoders; this walk only finds members nobody reads.
public enum WireStrictness {
  /// Checks `json` against `type`; throws for the first unknown member or misplaced `null`, with its path.
  public static func check(_ json: JSON, against type: WireType) throws(InvalidValue) {
    switch type {
    case .object(let fields):
      guard case .object(let object) = json else { return }
      try checkMembers(object, fields, what: nil)
    case .array(let element):
      guard element.hasMembers, case .array(let elements) = json else { return }
      for (index, value) in elements.enumerated() {
        try InvalidValue.within(.index(index)) { () throws(InvalidValue) in try check(value, against: element) }
      }
    case .map(let value):
      guard value.hasMembers, case .object(let object) = json else { return }
      for member in object.members {
        try InvalidValue.within(.key(member.key)) { () throws(InvalidValue) in try check(member.value, against: value) }
      }
    case .nullable(let wrapped), .panicOr(let wrapped), .throwOr(let wrapped):
      if json != .null { try check(json, against: wrapped) }
    case .goError:
      try checkGoError(json, shapes: GoWire.errorShapes)
    case .goV2Error:
      try checkGoError(json, shapes: GoV2Wire.errorShapes)
    case .jsV3Error:
      try check(json, against: .object(JSV3Wire.errorFields))
    case .anyOf(let alternatives):
      try checkAlternatives(json, alternatives)
    case .bool, .string, .oneOf, .int, .int64, .jsValue, .any:
      return
    }
  }

  /// The members of `object` against `fields`; `what` names the object in the message (a Go error type).
  static func checkMembers(
    _ object: JSONObject, _ fields: [WireField], what: @autoclosure () -> String?
  ) throws(InvalidValue) {
    for index in object.members.indices {
      let key = object.members[index].key
      guard let field = field(named: key, in: fields) else {
        throw unknownMember(key, known: fields.map(\.name), what: what())
      }
      let value = object.members[index].value
      if case .null = value {
        guard field.acceptsNull else {
          throw InvalidValue("null is not a value of this member; leave it out to get its default").inside(.key(key))
        }
        continue
      }
      guard field.type.hasMembers else { continue }
      try InvalidValue.within(.key(key)) { () throws(InvalidValue) in try check(value, against: field.type) }
    }
  }

  /// The field of `fields` whose name has the bytes of `key`: the key's bytes are read once and compared with
  /// each name's stored bytes.
  @inline(__always)
  static func field(named key: String, in fields: [WireField]) -> WireField? {
    let found = key.utf8.withContiguousStorageIfAvailable { keyBytes -> Int? in
      for index in fields.indices {
        let matches = fields[index].nameBytes.withUnsafeBufferPointer { name -> Bool in
          guard name.count == keyBytes.count else { return false }
          for offset in 0..<name.count where name[offset] != keyBytes[offset] { return false }
          return true
        }
        if matches { return index }
      }
      return nil
    }
    guard let found else { return fields.first { sameName($0.name, key) } }
    return found.map { fields[$0] }
  }

  /// A Go error tree: the members of its `type` among `shapes` (`GoWire.errorShapes`, `GoV2Wire.errorShapes`);
  /// an unknown type is the decoder's to report.
  static func checkGoError(
    _ json: JSON, shapes: [(type: String, fields: [WireField])]
  ) throws(InvalidValue) {
    guard case .object(let object) = json, case .string(let type)? = object["type"],
      let shape = shapes.first(where: { sameName($0.type, type) })
    else { return }
    try checkMembers(object, shape.fields, what: "a \(type)")
  }

  /// A value against the alternative it takes: an array against the array alternative; an object that is a JS
  /// value marker against a `.jsValue` alternative, else against a `.goError` one, else against the object
  /// alternative whose required members it carries with the fewest unknown members (when it carries none's,
  /// against all their members together, so that a typo still finds its name).
  static func checkAlternatives(_ json: JSON, _ alternatives: [WireType]) throws(InvalidValue) {
    switch json {
    case .array:
      for case .array(let element) in alternatives { return try check(json, against: .array(element)) }
    case .object(let object):
      for alternative in alternatives {
        switch alternative {
        case .jsValue
        where object.members.count == 1
          && (sameName(object.members[0].key, "f64") || sameName(object.members[0].key, "undefined")):
          return
        case .goError: return try checkGoError(json, shapes: GoWire.errorShapes)
        case .goV2Error: return try checkGoError(json, shapes: GoV2Wire.errorShapes)
        default: continue
        }
      }
      // The usual case first, without scoring: an alternative whose required members are there and that holds.
      for case .object(let fields) in alternatives
      where fields.allSatisfy({ field in !field.required || object[field.name] != nil }) {
        do throws(InvalidValue) {
          return try checkMembers(object, fields, what: nil)
        } catch {
          break
        }
      }
      var best: (fields: [WireField], unknown: Int)?
      var every: [WireField] = []
      for case .object(let fields) in alternatives {
        every += fields
        guard fields.allSatisfy({ field in !field.required || object[field.name] != nil }) else { continue }
        let unknown = object.members.count { member in !fields.contains { sameName($0.name, member.key) } }
        if best.map({ unknown < $0.unknown }) ?? true { best = (fields, unknown) }
      }
      try checkMembers(object, best?.fields ?? every, what: nil)
    default:
      return
    }
  }

  /// Whether two names have the same UTF-8 bytes (never Swift's `==`, which would take the Kelvin sign for `K`).
  @inline(__always)
  public static func sameName(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let contiguous = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Bool in
        guard x.count == y.count else { return false }
        for index in 0..<x.count where x[index] != y[index] { return false }
        return true
      }
    }
    return (contiguous ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }

  /// The error for an unknown member, with a "did you mean" when exactly one known name is close.
  static func unknownMember(_ key: String, known: [String], what: String?) -> InvalidValue {
    let of = what.map { " of \($0)" } ?? ""
    var reason = "unknown member\(of)"
    if let close = suggestion(for: key, among: known) {
      reason += "; did you mean \"\(close)\"?"
    } else if !known.isEmpty {
      reason += "; known members: \(known.joined(separator: ", "))"
    }
    return InvalidValue(reason, path: [.key(key)])
  }

  /// The one name of `known` close to `name` (the same but for case, or at most two edits away), or nil when
  /// none or several are.
  public static func suggestion(for name: String, among known: [String]) -> String? {
    let lowered = name.lowercased()
    let sameButCase = known.filter { $0.lowercased() == lowered }
    if sameButCase.count == 1 { return sameButCase[0] }
    let close = known.filter { editDistance(Array($0.lowercased().utf8), Array(lowered.utf8)) <= 2 }
    return close.count == 1 ? close[0] : nil
  }

  /// The Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbours is one edit).
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
