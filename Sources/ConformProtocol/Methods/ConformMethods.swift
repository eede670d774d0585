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

/// Every method the server dispatches and `rpc.discover` describes.
public enum ConformMethods {
  /// The semantic methods of both profiles, then the protocol methods served statelessly.
  public static let all: [MethodDefinition] =
    GoV1Methods.all + GoV2Methods.all + JSV2Methods.all + JSV3Methods.all + [initialize, discover]

  /// The methods by name.
  public static let byName: [String: MethodDefinition] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.name, $0) })

  /// Method names handled by the server itself, because they change its state.
  public static let lifecycleNames = ["shutdown", "exit"]

  /// `initialize`: protocol version, server, profiles, methods and limits. Optional: every method answers
  /// without it.
  public static let initialize = MethodDefinition(
    name: "initialize", profile: nil,
    summary: "Negotiates the protocol version and describes the server, its profiles, methods and limits.",
    params: [WireField("protocolVersion", .string, "The version the client speaks; the server supports \"1\".")],
    result: .object([
      WireField("protocolVersion", .string, "The version both sides speak."),
      WireField("server", .any, "{name, version}."),
      WireField("profiles", .any, "[{name, sdk, version}]."),
      WireField("methods", .array(.string), "Every method name."),
      WireField("limits", .any, "The server's limits."),
    ])
  ) { (params, context) throws(ResponseError) in
    let reader = try ParamsReader(params)
    let requested = try reader.decode { (fields) throws(InvalidValue) in
      try fields.optional("protocolVersion", Wire.string)
    }
    if let requested, !ConformInfo.protocolVersions.contains(requested) {
      throw ResponseError(
        .invalidParams, kind: "unsupported-protocol-version", "Unsupported protocol version \"\(requested)\"",
        [
          "path": .string("params.protocolVersion"), "requested": .string(requested),
          "supported": .array(ConformInfo.protocolVersions.map(JSON.string)),
        ])
    }
    let limits = context.limits
    return Encode.object([
      "protocolVersion": .string(ConformInfo.protocolVersions[0]),
      "server": Encode.object(["name": .string(ConformInfo.name), "version": .string(ConformInfo.version)]),
      "profiles": .array(
        ConformInfo.profiles.map {
          Encode.object(["name": .string($0.name), "sdk": .string($0.sdk), "version": .string($0.version)])
        }),
      "methods": .array((all.map(\.name) + lifecycleNames).map(JSON.string)),
      "limits": Encode.object([
        "maxAttempts": Encode.int(limits.maxAttempts), "maxErrorChainDepth": Encode.int(limits.maxErrorChainDepth),
        "maxJSONDepth": Encode.int(limits.maxJSONDepth), "maxLineBytes": Encode.int(limits.maxLineBytes),
      ]),
    ])
  }

  /// `rpc.discover`: the OpenRPC document of every method, generated from these definitions.
  public static let discover = MethodDefinition(
    name: "rpc.discover", profile: nil, summary: "Returns the OpenRPC document describing every method.",
    params: [], result: .any
  ) { (_, _) throws(ResponseError) in
    openRPCDocument
  }

  /// The OpenRPC document, built on the first `rpc.discover`.
  static let openRPCDocument = OpenRPCDocument.make(all)
}
