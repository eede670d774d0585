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

/// The JSON form of vector files (`spec/vectors.md`): reading after schema validation, and writing.
extension VectorHeader {
  /// Reads a header object (already validated against the schema).
  init(json: JSONObject) {
    let sdk = json["sdk"]?.objectValue ?? JSONObject()
    let producer = json["producer"]?.objectValue ?? JSONObject()
    var flags: [Flag] = []
    for member in json["flags"]?.objectValue?.members ?? [] {
      let flag = member.value.objectValue ?? JSONObject()
      flags.append(
        Flag(
          name: member.key, description: flag["description"]?.stringValue ?? "",
          links: flag["links"]?.arrayValue?.compactMap(\.stringValue) ?? []))
    }
    self.init(
      profile: json["profile"]?.stringValue ?? "", sdkName: sdk["name"]?.stringValue ?? "",
      sdkVersion: sdk["version"]?.stringValue ?? "", producerName: producer["name"]?.stringValue ?? "",
      producerVersion: producer["version"]?.stringValue,
      producerArguments: producer["arguments"]?.arrayValue?.compactMap(\.stringValue) ?? [],
      description: json["description"]?.stringValue ?? "", flags: flags)
  }

  /// The first line of a JSON Lines file: the header members and `format: "jsonl"`.
  var jsonLinesHeader: JSON {
    var object = JSONObject()
    object.append("schema", .string(Self.schemaVersion))
    object.append("format", .string("jsonl"))
    object.append("profile", .string(profile))
    object.append("sdk", Encode.object(["name": .string(sdkName), "version": .string(sdkVersion)]))
    var producer = JSONObject()
    producer.append("name", .string(producerName))
    if let producerVersion { producer.append("version", .string(producerVersion)) }
    producer.append("arguments", .array(producerArguments.map(JSON.string)))
    object.append("producer", .object(producer))
    object.append("description", .string(description))
    var flagObject = JSONObject()
    for flag in flags {
      var entry = JSONObject()
      entry.append("description", .string(flag.description))
      if !flag.links.isEmpty { entry.append("links", .array(flag.links.map(JSON.string))) }
      flagObject.append(flag.name, .object(entry))
    }
    object.append("flags", .object(flagObject))
    return .object(object)
  }
}

extension VectorCase {
  /// Reads a case object (already validated against the schema).
  init(json: JSONObject) {
    let expectation: Expectation
    if let expect = json["expect"] {
      expectation = .result(expect)
    } else {
      let error = json["expectError"]?.objectValue ?? JSONObject()
      expectation = .error(code: Int(error["code"]?.int64Value ?? 0), kind: error["kind"]?.stringValue)
    }
    self.init(
      id: json["id"]?.stringValue ?? "", description: json["description"]?.stringValue ?? "",
      flags: json["flags"]?.arrayValue?.compactMap(\.stringValue) ?? [], method: json["method"]?.stringValue ?? "",
      params: json["params"] ?? .object(JSONObject()), expectation: expectation)
  }

  /// The case as a JSON object.
  public var json: JSON {
    var object = JSONObject()
    object.append("id", .string(id))
    object.append("description", .string(description))
    object.append("flags", .array(flags.map(JSON.string)))
    object.append("method", .string(method))
    object.append("params", params)
    switch expectation {
    case .result(let expect):
      object.append("expect", expect)
    case .error(let code, let kind):
      var error = JSONObject()
      error.append("code", Encode.int(code))
      if let kind { error.append("kind", .string(kind)) }
      object.append("expectError", .object(error))
    }
    return .object(object)
  }
}
