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

/// A validator for the subset of JSON Schema (draft 2020-12) that `VectorSchema` uses: `type`, `const`, `enum`,
/// `required`, `properties`, `additionalProperties`, `propertyNames`, `items`, `minLength`, `pattern`, `oneOf`
/// and local `$ref`s to `#/$defs/...`.
public struct SchemaValidator {
  /// A place where the instance does not match: a JSON Pointer and what is wrong.
  public struct Violation: Sendable, Equatable, CustomStringConvertible {
    /// The JSON Pointer of the offending value, such as `/cases/3/id`.
    public var pointer: String
    /// What is wrong.
    public var message: String

    /// `pointer: message`.
    public var description: String { "\(pointer.isEmpty ? "/" : pointer): \(message)" }
  }

  private let root: JSON
  private let patterns: [String: Regex<AnyRegexOutput>]

  /// Creates a validator for a schema document, compiling its patterns once.
  public init(schema: JSON) {
    root = schema
    var patterns: [String: Regex<AnyRegexOutput>] = [:]
    func collect(_ node: JSON) {
      switch node {
      case .object(let object):
        for member in object.members {
          if member.key == "pattern", case .string(let pattern) = member.value {
            patterns[pattern] = try? Regex(pattern)
          }
          collect(member.value)
        }
      case .array(let elements):
        elements.forEach(collect)
      default:
        break
      }
    }
    collect(schema)
    self.patterns = patterns
  }

  /// The violations of `instance` against the schema at `definition` (`""` for the root, `#/$defs/case` for a
  /// definition); empty when it is valid.
  public func validate(_ instance: JSON, against definition: String = "") -> [Violation] {
    var violations: [Violation] = []
    var path: [PathStep] = []
    validate(instance, schema: resolve(definition), at: &path, into: &violations)
    return violations
  }

  /// A step of the path to the value being validated; the JSON Pointer text is built only for a violation.
  private enum PathStep {
    case key(String)
    case index(Int)
  }

  private static func pointer(_ path: [PathStep]) -> String {
    var text = ""
    for step in path {
      switch step {
      case .key(let key): text += "/" + escape(key)
      case .index(let index): text += "/\(index)"
      }
    }
    return text
  }

  private func resolve(_ reference: String) -> JSON {
    guard reference.hasPrefix("#/") else { return root }
    var node = root
    for part in reference.dropFirst(2).split(separator: "/") {
      node = node.objectValue?[String(part)] ?? .null
    }
    return node
  }

  private func validate(_ value: JSON, schema: JSON, at path: inout [PathStep], into violations: inout [Violation]) {
    guard let schema = schema.objectValue else { return }
    func violation(_ message: String) {
      violations.append(Violation(pointer: Self.pointer(path), message: message))
    }
    if let reference = schema["$ref"]?.stringValue {
      validate(value, schema: resolve(reference), at: &path, into: &violations)
    }
    if let type = schema["type"]?.stringValue, !Self.matches(value, type: type) {
      violation("expected \(type), found \(value.typeName)")
      return
    }
    if let constant = schema["const"], constant != value {
      violation("expected \(JSONWriter.encodeString(constant))")
    }
    if let choices = schema["enum"]?.arrayValue, !choices.contains(value) {
      violation("expected one of \(choices.map(JSONWriter.encodeString).joined(separator: ", "))")
    }
    if let text = value.stringValue {
      if let minimum = schema["minLength"]?.int64Value, text.unicodeScalars.count < minimum {
        violation("must not be shorter than \(minimum) characters")
      }
      if let pattern = schema["pattern"]?.stringValue, !matches(text, pattern: pattern) {
        violation("\(JSONWriter.encodeString(value)) does not match \(pattern)")
      }
    }
    if case .array(let elements) = value, let items = schema["items"] {
      for (index, element) in elements.enumerated() {
        path.append(.index(index))
        validate(element, schema: items, at: &path, into: &violations)
        path.removeLast()
      }
    }
    if case .object(let object) = value {
      for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
        violation("missing required member \"\(name)\"")
      }
      let properties = schema["properties"]?.objectValue
      let names = schema["propertyNames"]
      let additional = schema["additionalProperties"]
      for member in object.members {
        path.append(.key(member.key))
        defer { path.removeLast() }
        if let names {
          validate(.string(member.key), schema: names, at: &path, into: &violations)
        }
        if let property = properties?[member.key] {
          validate(member.value, schema: property, at: &path, into: &violations)
        } else if let additional {
          if additional == .bool(false) {
            violation("unknown member \"\(member.key)\"")
          } else {
            validate(member.value, schema: additional, at: &path, into: &violations)
          }
        }
      }
    }
    if let alternatives = schema["oneOf"]?.arrayValue {
      var matching = 0
      for alternative in alternatives {
        var nested: [Violation] = []
        validate(value, schema: alternative, at: &path, into: &nested)
        if nested.isEmpty { matching += 1 }
      }
      if matching != 1 {
        violation("must match exactly one of \(alternatives.count) alternatives, matches \(matching)")
      }
    }
  }

  private static func matches(_ value: JSON, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
      ("number", .number):
      return true
    case ("integer", .number(let number)):
      return number.int64 != nil
    default:
      return false
    }
  }

  /// Whether `text` matches `pattern` (an ECMA-262-style regular expression, unanchored as JSON Schema says;
  /// the schema's patterns anchor themselves), through the standard library's `Regex`.
  private func matches(_ text: String, pattern: String) -> Bool {
    guard let regex = patterns[pattern] else { return false }
    return (try? regex.firstMatch(in: text)) != nil
  }

  private static func escape(_ key: String) -> String {
    key.replacing("~", with: "~0").replacing("/", with: "~1")
  }
}

extension JSON {
  /// The JSON Schema type name of the value.
  var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number.int64 != nil ? "integer" : "number"
    case .string, .utf16String: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
