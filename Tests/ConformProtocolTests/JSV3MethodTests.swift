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
import Testing

/// The js-v3 methods through their definitions: bad params name the field (-32602), a `retry-after` that reaches
/// `Date.parse` is answered, and running out of draws is -32001.
@Suite struct JSV3MethodTests {
  static func call(_ method: String, _ params: String) throws -> Result<JSON, ResponseError> {
    let definition = try #require(ConformMethods.byName[method])
    let json = try JSONParser.parse(params)
    do throws(ResponseError) {
      return .success(try definition.handler(json, MethodContext()))
    } catch {
      return .failure(error)
    }
  }

  static func path(_ result: Result<JSON, ResponseError>) -> String? {
    guard case .failure(let error) = result, case .string(let path)? = error.data["path"] else { return nil }
    return path
  }

  @Test func badParamsNameTheField() throws {
    let session = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"error":{"$metadata":{"clockSkewCorrected":1}}}]}],"#
        + #""clock":{"startMs":0}}"#)
    #expect(Self.path(session) == "params.calls[0].attempts[0].error.$metadata.clockSkewCorrected")
    let kind = try Self.call("js.v3.session", #"{"strategy":{"kind":"fast"},"calls":[],"clock":{"startMs":0}}"#)
    #expect(Self.path(kind) == "params.strategy.kind")
    let clock = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"success":true}]}],"clock":{"startMs":0.5}}"#)
    #expect(Self.path(clock) == "params.clock.startMs")
    let proto = try Self.call(
      "js.v3.classify", #"{"error":{"$response":{"statusCode":503,"headers":[["__proto__","1"]]}}}"#)
    #expect(Self.path(proto) == "params.error.$response.headers[0][0]")
  }

  @Test func dateParseIsAnswered() throws {
    let result = try Self.call(
      "js.v3.classify",
      #"{"error":{"$response":{"statusCode":503,"headers":[["retry-after","2099-01-01"]]}},"clock":{"startMs":0}}"#)
    // Date.parse("2099-01-01") is 4070908800000 (UTC midnight); the hint is 0 + (t - 0) / 1000 * 1000.
    guard case .number(let hint)? = try result.get().objectValue?["retryAfterHint"] else {
      Issue.record("no hint in \(result)")
      return
    }
    #expect(hint.double == 4_070_908_800_000)
    // Without a clock the hint is not read, so the same error classifies.
    let plain = try Self.call(
      "js.v3.classify", #"{"error":{"$response":{"statusCode":503,"headers":[["retry-after","2099-01-01"]]}}}"#)
    #expect(try plain.get().objectValue?["errorType"] == .string("CLIENT_ERROR"))
  }

  @Test func runningOutOfDraws() throws {
    let result = try Self.call(
      "js.v3.session",
      #"{"strategy":{"kind":"standard"},"calls":[{"attempts":[{"error":{"name":"Throttling"}}]}],"clock":{"startMs":0},"#
        + #""random":[0.5]}"#)
    guard case .failure(let error) = result else {
      Issue.record("answered \(result)")
      return
    }
    #expect(error.code.rawValue == -32001)
  }
}
