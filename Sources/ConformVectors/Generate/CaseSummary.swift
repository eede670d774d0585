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

/// A one-line description of a generated case from its params.
enum CaseSummary {
  static func describe(method: String, params: JSON) -> String {
    let object = params.objectValue ?? JSONObject()
    switch method {
    case "go.v1.classify":
      return "classify \(goChain(object["error"]))"
    case "go.v1.evaluate":
      let request = object["request"]?.objectValue ?? JSONObject()
      let retryer = object["retryer"]?.objectValue ?? JSONObject()
      return "evaluate \(goChain(request["error"])), status \(text(request["statusCode"]) ?? "nil"), "
        + "retryCount \(text(request["retryCount"]) ?? "0"), \(retryer["kind"]?.stringValue ?? "?") retryer"
    case "go.v1.simulate":
      let attempts = object["attempts"]?.arrayValue ?? []
      return "simulate \(object["service"]?.stringValue ?? "generic") with \(attempts.count) attempt outcome(s)"
    case "go.v2.classify":
      return "classify \(goChain(object["error"]))"
    case "go.v2.backoff":
      return "backoff attempt \(text(object["attempt"]) ?? "?"), 2026 \(text(object["newRetries2026"]) ?? "false")"
    case "go.v2.session":
      let calls = object["calls"]?.arrayValue ?? []
      return
        "session of \(calls.count) call(s), 2026 \(text(object["retryer"]?.objectValue?["newRetries2026"]) ?? "false")"
    case "js.v2.calculateRetryDelay":
      return
        "calculateRetryDelay(\(text(object["retryCount"]) ?? "undefined"), \(text(object["retryDelayOptions"]) ?? "undefined"))"
    case "js.v2.classify":
      return "\(object["service"]?.stringValue ?? "?") predicates for \(text(object["error"]) ?? "{}")"
    case "js.v2.simulate":
      return "\(object["service"]?.stringValue ?? "?") call with attempts \(attemptKinds(object["attempts"]))"
    case "js.v3.classify":
      let error = object["error"]?.objectValue ?? JSONObject()
      return "js.v3 classification of name \(text(error["name"]) ?? "Error"), "
        + "$metadata \(text(error["$metadata"]) ?? "absent")" + (object["clock"] == nil ? "" : ", with the retry hint")
    case "js.v3.backoff":
      return
        "computeNextBackoffDelay(\(text(object["retryCount"]) ?? "?")), base \(text(object["baseDelay"]) ?? "Retry.delay()")"
    case "js.v3.session":
      let strategy = object["strategy"]?.objectValue ?? JSONObject()
      let calls = object["calls"]?.arrayValue ?? []
      let attempts = calls.reduce(0) { $0 + ($1.objectValue?["attempts"]?.arrayValue?.count ?? 0) }
      return "\(strategy["kind"]?.stringValue ?? "?") strategy, v2026 \(text(strategy["v2026"]) ?? "false"), "
        + "\(calls.count) call(s) with \(attempts) listed attempt(s)"
    default:
      return "metadata request with attempts \(attemptKinds(object["attempts"]))"
    }
  }

  static func goChain(_ json: JSON?) -> String {
    var parts: [String] = []
    var node = json
    while let object = node?.objectValue, let type = object["type"]?.stringValue {
      parts.append(object["code"]?.stringValue.map { "\(type)(\($0))" } ?? type)
      node = object["orig"] ?? object["err"]
      if case .array(let list)? = node { node = list.first }
    }
    return parts.isEmpty ? "nil error" : parts.joined(separator: " -> ")
  }

  static func attemptKinds(_ json: JSON?) -> String {
    (json?.arrayValue ?? []).map { attempt -> String in
      let object = attempt.objectValue ?? JSONObject()
      if let error = object["networkError"]?.objectValue { return error["code"]?.stringValue ?? "network" }
      return text(object["status"]) ?? "?"
    }.joined(separator: ", ")
  }

  static func text(_ json: JSON?) -> String? {
    guard let json else { return nil }
    if case .string(let value) = json { return value }
    return JSONWriter.encodeString(json)
  }
}
