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
        "params": .array([]), "result": Encode.object(["name": .string("result"), "schema": Encode.object(["type": .string("null")])]),
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
    case .oneOf(let choices): return Encode.object(["type": .string("string"), "enum": .array(choices.map(JSON.string))])
    case .int: return Encode.object(["type": .string("integer")])
    case .int64: return Encode.object(["type": .string("string"), "pattern": .string("^-?[0-9]+$")])
    case .jsValue: return ref("JSValue")
    case .goError: return ref("GoError")
    case .nullable(let wrapped): return Encode.object(["oneOf": .array([Encode.object(["type": .string("null")]), schema(wrapped)])])
    case .panicOr(let wrapped): return Encode.object(["oneOf": .array([schema(wrapped), ref("GoPanic")])])
    case .throwOr(let wrapped): return Encode.object(["oneOf": .array([schema(wrapped), ref("JSThrow")])])
    case .array(let element): return Encode.object(["type": .string("array"), "items": schema(element)])
    case .object(let fields):
      var properties = JSONObject()
      for field in fields { properties.append(field.name, describe(schema(field.type), field.summary)) }
      return Encode.object([
        "type": .string("object"), "properties": .object(properties),
        "required": .array(fields.filter(\.required).map { .string($0.name) }),
      ])
    case .any: return Encode.object([:])
    }
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
    let errorRef = Encode.object(["oneOf": .array([Encode.object(["type": .string("null")]), ref("GoError")])])
    return Encode.object([
      "GoError": Encode.object([
        "type": .string("object"), "required": .array([.string("type")]),
        "description": .string("A Go error value as a tree (spec/go-v1.md)."),
        "properties": Encode.object([
          "type": Encode.object([
            "type": .string("string"), "enum": .array(GoWire.errorTypes.map(JSON.string)),
          ]),
          "code": stringProperty, "message": stringProperty, "requestID": stringProperty,
          "statusCode": Encode.object(["type": .string("integer")]),
          "orig": Encode.object(["oneOf": .array([errorRef, Encode.object(["type": .string("array"), "items": errorRef])])]),
          "op": stringProperty, "url": stringProperty, "net": stringProperty, "syscall": stringProperty,
          "name": stringProperty, "text": stringProperty, "server": stringProperty, "err": Encode.object([:]),
          "source": Encode.object([:]), "addr": Encode.object([:]),
        ]),
      ]),
      "JSValue": Encode.object([
        "description": .string("A JavaScript value (spec/js-v2.md)."),
        "oneOf": .array([
          Encode.object(["type": .string("number")]), Encode.object(["type": .string("string")]),
          Encode.object(["type": .string("boolean")]), Encode.object(["type": .string("null")]),
          Encode.object([
            "type": .string("object"), "required": .array([.string("f64")]),
            "properties": Encode.object(["f64": Encode.object(["type": .string("string"), "pattern": .string("^0[xX][0-9a-fA-F]{16}$")])]),
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
          Encode.object(["required": .array([.string("panic")])]), Encode.object(["required": .array([.string("fatal")])]),
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
