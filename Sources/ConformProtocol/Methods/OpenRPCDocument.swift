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
import JSValueModel

/// The OpenRPC 1.2.6 document of the server, generated from the method definitions.
public enum OpenRPCDocument {
  /// The document for `methods` plus the lifecycle methods.
  public static func make(_ methods: [MethodDefinition]) -> JSON {
    var described = methods.map(method)
    described.append(
      Encode.object([
        "name": .string("shutdown"), "summary": .string("Asks the server to stop accepting requests; answers null."),
        "params": .array([]),
        "result": Encode.object(["name": .string("result"), "schema": Encode.object(["type": .string("null")])]),
      ]))
    described.append(
      Encode.object([
        "name": .string("exit"), "summary": .string("A notification: the server exits (0 after shutdown, else 1)."),
        "params": .array([]),
      ]))
    return Encode.object([
      "openrpc": .string("1.2.6"),
      "info": Encode.object([
        "title": .string("conform: the AWS SDK retry conformance reference"), "version": .string(ConformInfo.version),
      ]),
      "methods": .array(described),
      "components": Encode.object(["schemas": components]),
    ])
  }

  static func method(_ definition: MethodDefinition) -> JSON {
    Encode.object([
      "name": .string(definition.name), "summary": .string(definition.summary), "paramStructure": .string("by-name"),
      "params": .array(
        definition.params.map { field in
          Encode.object([
            "name": .string(field.name), "required": .bool(field.required), "summary": .string(field.summary),
            "schema": schema(field.type),
          ])
        }),
      "result": Encode.object(["name": .string("result"), "schema": schema(definition.result)]),
    ])
  }

  /// JSON Schema for a wire type.
  public static func schema(_ type: WireType) -> JSON {
    switch type {
    case .bool: return Encode.object(["type": .string("boolean")])
    case .string: return Encode.object(["type": .string("string")])
    case .oneOf(let choices):
      return Encode.object(["type": .string("string"), "enum": .array(choices.map(JSON.string))])
    case .int: return Encode.object(["type": .string("integer")])
    case .int64: return Encode.object(["type": .string("string"), "pattern": .string("^-?[0-9]+$")])
    case .jsValue: return ref("JSValue")
    case .goError: return ref("GoError")
    case .goV2Error: return ref("GoV2Error")
    case .jsV3Error: return ref("JSV3Error")
    case .nullable(let wrapped):
      return Encode.object(["oneOf": .array([Encode.object(["type": .string("null")]), schema(wrapped)])])
    case .panicOr(let wrapped): return Encode.object(["oneOf": .array([schema(wrapped), ref("GoPanic")])])
    case .throwOr(let wrapped): return Encode.object(["oneOf": .array([schema(wrapped), ref("JSThrow")])])
    case .array(let element): return Encode.object(["type": .string("array"), "items": schema(element)])
    case .object(let fields):
      var properties = JSONObject()
      for field in fields { properties.append(field.name, describe(schema(field.type), field.summary)) }
      return Encode.object([
        "type": .string("object"), "properties": .object(properties),
        "required": .array(fields.filter(\.required).map { .string($0.name) }), "additionalProperties": .bool(false),
      ])
    case .map(let value): return Encode.object(["type": .string("object"), "additionalProperties": schema(value)])
    case .anyOf(let alternatives): return Encode.object(["anyOf": .array(alternatives.map(schema))])
    case .any: return Encode.object([:])
    }
  }

  /// The schema of one Go error type: its members, `type` fixed to its name.
  static func goErrorSchema(_ shape: (type: String, fields: [WireField])) -> JSON {
    guard case .object(var object) = schema(.object(shape.fields)) else { return .null }
    var properties = JSONObject()
    for field in shape.fields {
      let value = field.name == "type" ? Encode.object(["const": .string(shape.type)]) : schema(field.type)
      properties.append(field.name, describe(value, field.summary))
    }
    object.set("properties", .object(properties))
    return .object(object)
  }

  static func ref(_ name: String) -> JSON { Encode.object(["$ref": .string("#/components/schemas/\(name)")]) }

  static func describe(_ schema: JSON, _ summary: String) -> JSON {
    guard case .object(var object) = schema else { return schema }
    object.append("description", .string(summary))
    return .object(object)
  }

  /// The shared schemas: the Go error tree, the JS value encoding, panics and throws.
  static var components: JSON {
    let stringProperty = Encode.object(["type": .string("string")])
    return Encode.object([
      "GoError": Encode.object([
        "description": .string("A Go error value as a tree (spec/go-v1.md): the members of its type."),
        "oneOf": .array(GoWire.errorShapes.map(goErrorSchema)),
      ]),
      "GoV2Error": Encode.object([
        "description": .string(
          "A Go error value of the go-v2 model as a tree (spec/go-v2.md): the members of its type."),
        "oneOf": .array(GoV2Wire.errorShapes.map(goErrorSchema)),
      ]),
      "JSV3Error": describe(
        schema(.object(JSV3Wire.errorFields)), "An error object of the js-v3 profile (spec/js-v3.md)."),
      "JSValue": Encode.object([
        "description": .string("A JavaScript value (spec/js-v2.md)."),
        "oneOf": .array([
          Encode.object(["type": .string("number")]), Encode.object(["type": .string("string")]),
          Encode.object(["type": .string("boolean")]), Encode.object(["type": .string("null")]),
          Encode.object([
            "type": .string("object"), "required": .array([.string("f64")]),
            "properties": Encode.object([
              "f64": Encode.object(["type": .string("string"), "pattern": .string("^0[xX][0-9a-fA-F]{16}$")])
            ]),
          ]),
          Encode.object([
            "type": .string("object"), "required": .array([.string("undefined")]),
            "properties": Encode.object(["undefined": Encode.object(["const": .bool(true)])]),
          ]),
        ]),
      ]),
      "GoPanic": Encode.object([
        "type": .string("object"),
        "oneOf": .array([
          Encode.object(["required": .array([.string("panic")])]),
          Encode.object(["required": .array([.string("fatal")])]),
        ]),
        "properties": Encode.object(["panic": stringProperty, "fatal": stringProperty]),
      ]),
      "JSThrow": Encode.object([
        "type": .string("object"), "required": .array([.string("throw")]),
        "properties": Encode.object(["throw": stringProperty]),
      ]),
    ])
  }
}
