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
import ConformProtocol

/// The JSON Schema (draft 2020-12) of vector files, committed as `spec/vectors.schema.json` and enforced by
/// `conform run` through `SchemaValidator` before any case runs.
public enum VectorSchema {
  /// The schema document.
  public static let document: JSON = {
    let string = Encode.object(["type": .string("string")])
    let strings = Encode.object(["type": .string("array"), "items": string])
    let headerProperties: KeyValuePairs<String, JSON> = [
      "schema": Encode.object(["const": .string(VectorHeader.schemaVersion)]),
      "profile": Encode.object(["enum": .array(ConformInfo.profiles.map { .string($0.name) })]),
      "sdk": closedObject(required: ["name", "version"], ["name": string, "version": string]),
      "producer": closedObject(
        required: ["name", "arguments"], ["name": string, "version": string, "arguments": strings]),
      "description": Encode.object(["type": .string("string"), "minLength": Encode.int(1)]),
      "flags": Encode.object([
        "type": .string("object"),
        "propertyNames": Encode.object(["pattern": .string("^[A-Za-z][A-Za-z0-9]*$")]),
        "additionalProperties": ref("flag"),
      ]),
    ]
    var fileProperties = JSONObject()
    var headerObject = JSONObject()
    for (key, value) in headerProperties {
      fileProperties.append(key, value)
      headerObject.append(key, value)
    }
    fileProperties.append("cases", Encode.object(["type": .string("array"), "items": ref("case")]))
    headerObject.append("format", Encode.object(["const": .string("jsonl")]))
    let headerRequired: [JSON] = ["schema", "profile", "sdk", "producer", "description", "flags"].map(JSON.string)

    return Encode.object([
      "$schema": .string("https://json-schema.org/draft/2020-12/schema"),
      "$id": .string("https://github.com/aws-retry-conformance/conform/spec/vectors.schema.json"),
      "title": .string("conform vector file (\(VectorHeader.schemaVersion))"),
      "description": .string(
        "A JSON vector file is one object with a header and `cases`. A JSON Lines file has the header object "
          + "(with \"format\": \"jsonl\", matching #/$defs/jsonlHeader) on its first line and one case "
          + "(#/$defs/case) per following line."),
      "type": .string("object"),
      "required": .array(headerRequired + [.string("cases")]),
      "additionalProperties": .bool(false),
      "properties": .object(fileProperties),
      "$defs": Encode.object([
        "jsonlHeader": Encode.object([
          "type": .string("object"), "required": .array(headerRequired + [.string("format")]),
          "additionalProperties": .bool(false), "properties": .object(headerObject),
        ]),
        "flag": closedObject(
          required: ["description"],
          [
            "description": Encode.object(["type": .string("string"), "minLength": Encode.int(1)]),
            "links": strings,
          ]),
        "case": Encode.object([
          "type": .string("object"),
          "required": .array(["id", "description", "flags", "method", "params"].map(JSON.string)),
          "additionalProperties": .bool(false),
          "properties": Encode.object([
            "id": Encode.object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9][A-Za-z0-9._:/+-]*$")]),
            "description": Encode.object(["type": .string("string"), "minLength": Encode.int(1)]),
            "flags": strings,
            "method": Encode.object(["type": .string("string"), "pattern": .string(methodPattern)]),
            "params": Encode.object(["type": .string("object")]),
            "expect": Encode.object(["type": .string("object")]),
            "expectError": closedObject(
              required: ["code"], ["code": Encode.object(["type": .string("integer")]), "kind": string]),
          ]),
          "oneOf": .array([
            Encode.object(["required": .array([.string("expect")])]),
            Encode.object(["required": .array([.string("expectError")])]),
          ]),
        ]),
      ]),
    ])
  }()

  /// The schema as committed in `spec/vectors.schema.json`: pretty-printed, sorted keys, trailing newline.
  public static var text: [UInt8] {
    var writer = JSONWriter(reservingCapacity: 8192)
    writer.writePretty(document)
    writer.bytes.append(UInt8(ascii: "\n"))
    return writer.bytes
  }

  static func ref(_ name: String) -> JSON { Encode.object(["$ref": .string("#/$defs/\(name)")]) }

  static func closedObject(required: [String], _ properties: KeyValuePairs<String, JSON>) -> JSON {
    Encode.object([
      "type": .string("object"), "required": .array(required.map(JSON.string)), "additionalProperties": .bool(false),
      "properties": Encode.object(properties),
    ])
  }

  /// A method name starts with its profile's name, `-` written as `.` (`go-v1` -> `go.v1.`).
  static var methodPattern: String {
    let prefixes = ConformInfo.profiles.map { String($0.name.map { $0 == "-" ? "\\." : String($0) }.joined()) }
    return "^(" + prefixes.joined(separator: "|") + ")\\.[A-Za-z]+$"
  }
}
