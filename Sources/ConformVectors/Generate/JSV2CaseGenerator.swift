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
import JSV2Retry
import JSValueModel

/// Builds the params of seeded `js-v2` cases: option values of every JS type, error objects for every
/// service's predicates, and attempt sequences for service calls and the metadata path.
struct JSV2CaseGenerator {
  var random: SplitMix64

  /// `(method, params)` for one case.
  mutating func makeCase() -> (String, JSON) {
    switch random.below(10) {
    case 0...2: return ("js.v2.calculateRetryDelay", delayParams())
    case 3...4: return ("js.v2.classify", classifyParams())
    case 5...8: return ("js.v2.simulate", simulateParams())
    default: return ("js.v2.handleRequestWithRetries", metadataParams())
    }
  }

  // MARK: - Pools

  static let specialNumbers: [Double] = [
    0, -0.0, 1, 2, 3, 10, 0.5, 1.5, 2.7, -0.5, -1, 1017, 1018, 1023, 1024, -1074, -1075, .nan, .infinity,
    -.infinity, 1e300, .leastNonzeroMagnitude, 100.5, Double(bitPattern: 0x7FF8_0000_0000_0001),
    Double(bitPattern: 0xFFF8_0000_0000_0005),
  ]
  static let numericStrings = [
    "3", " 3 ", "0x10", "0b11", "0o7", "1e1", "Infinity", "-Infinity", "", "abc", "1_0", "\u{A0}2\u{2028}", "-0",
  ]
  static let codes = [
    "TimeoutError", "NetworkingError", "ExpiredTokenException", "ExpiredToken", "RequestExpired", "Throttling",
    "ThrottlingException", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled",
    "RequestThrottledException", "TooManyRequestsException", "TransactionInProgressException",
    "EC2ThrottledException", "RequestTimeTooSkewed", "InvalidSignatureException", "SignatureDoesNotMatch",
    "AuthFailure", "RequestInTheFuture", "PriorRequestNotComplete", "BadRequestException",
    "IDPCommunicationErrorException", "InvalidIdentityToken", "RequestTimeout", "AuthorizationHeaderMalformed",
    "BadRequest", "PermanentRedirect", "UnknownEndpoint", "ValidationException", "InternalFailure", "throttling",
    "Throttling ", "SignatureExpired", "",
  ]
  static let messages = [
    "", "boom", "Rate exceeded", "Signature expired: 20201109T000000Z is now earlier", "Signature Expired",
    "Communications link failure: x", "communications link failure", "expired",
  ]
  /// Redirect targets: usable ones, ones Node's url.parse rejects, and ones the v4 signer cannot sign.
  static let locations = [
    "http://redirected", "/x", "", "http://redirected", "/x", "http://[::1", "http://x[y]z/", "http://xn--a_b/",
    "http://a\u{200D}b/", "HTTP://M\u{DC}NCHEN/p?q", "http://%zz@h/", "https://", "http:x", "httpfoo",
  ]
  /// S3 error regions: real ones, non-strings, and ones whose endpoint host url.parse rejects.
  static let regions: [JSON] = [
    .string("eu-west-1"), .string("us-east-1"), .string("1"), JSEncode.value(.number(1)), .bool(true),
    .string("eu-west-1"), .string("[::1]"), .string("a b"), .string("x:80:1"), .string("\u{5D0}a"),
  ]
  static let statuses = [200, 204, 301, 302, 304, 307, 400, 403, 404, 413, 429, 499, 500, 501, 502, 503, 504, 599]

  // MARK: - Values

  mutating func number() -> JSON {
    if random.chance(1, in: 3) { return JSEncode.value(.number(Double(random.int(in: 0...12)))) }
    if random.chance(1, in: 4) { return JSEncode.value(.number(random.unit() * 2000 - 1000)) }
    return JSEncode.value(.number(random.pick(Self.specialNumbers)))
  }

  mutating func value() -> JSON {
    switch random.below(12) {
    case 0...5: return number()
    case 6...7: return .string(random.pick(Self.numericStrings))
    case 8: return .bool(random.chance(1, in: 2))
    case 9: return .null
    default: return JSEncode.value(.undefined)
    }
  }

  mutating func draws(_ count: Int) -> JSON {
    var values: [JSON] = []
    for _ in 0..<count {
      switch random.below(12) {
      case 0: values.append(JSEncode.value(.number(random.pick([0, 1, 0.5, 1 - 0x1p-53]))))
      default: values.append(JSEncode.value(.number(random.unit())))
      }
    }
    return .array(values)
  }

  mutating func options() -> JSON {
    switch random.below(12) {
    case 0: return value()
    case 1: return Encode.object([:])
    case 2...6: return Encode.object(["base": random.chance(3, in: 4) ? number() : value()])
    case 7...9:
      var returns: [JSON] = []
      for _ in 0..<random.int(in: 1...4) { returns.append(random.chance(2, in: 3) ? number() : value()) }
      return Encode.object(["customBackoff": Encode.object(["returns": .array(returns)])])
    case 10: return Encode.object(["customBackoff": value()])
    default: return Encode.object(["base": number(), "customBackoff": value()])
    }
  }

  // MARK: - Methods

  mutating func delayParams() -> JSON {
    var object = JSONObject()
    object.append("retryCount", random.chance(2, in: 3) ? number() : value())
    if random.chance(9, in: 10) { object.append("retryDelayOptions", options()) }
    if random.chance(1, in: 3) { object.append("error", Encode.object(["code": .string(random.pick(Self.codes))])) }
    object.append("random", draws(2))
    return .object(object)
  }

  mutating func classifyParams() -> JSON {
    let service = random.pick(JSService.allCases).rawValue
    var error = JSONObject()
    if random.chance(9, in: 10) {
      error.append("code", random.chance(6, in: 7) ? .string(random.pick(Self.codes)) : value())
    }
    if random.chance(4, in: 5) {
      error.append(
        "statusCode",
        random.chance(3, in: 4)
          ? Encode.int(random.pick(Self.statuses))
          : random.pick([.string("429"), .string("503"), .string("5xx"), value()]))
    }
    if random.chance(2, in: 3) {
      error.append("message", random.chance(9, in: 10) ? .string(random.pick(Self.messages)) : value())
    }
    var object = JSONObject()
    object.append("service", .string(service))
    if service == "s3" {
      if random.chance(1, in: 5) { error.append("is200Error", .bool(random.chance(1, in: 2))) }
      if random.chance(1, in: 2) { error.append("region", random.pick(Self.regions)) }
      if random.chance(1, in: 5) { error.set("code", JSEncode.value(.number(301))) }
      object.append(
        "request",
        Encode.object([
          "operation": .string(
            random.pick([
              "getObject", "copyObject", "completeMultipartUpload", "uploadPartCopy", "constructor", "toString",
            ])),
          "region": random.pick([
            .string("us-east-1"), .string("eu-west-1"), JSEncode.value(.number(1)), JSEncode.value(.undefined),
          ]),
          "regionForBucketCached": .bool(random.chance(1, in: 6)),
        ]))
    }
    object.append("error", .object(error))
    return .object(object)
  }

  mutating func attempt(forService: Bool) -> JSON {
    if random.chance(1, in: 4) {
      var error = JSONObject()
      error.append(
        "code",
        .string(
          random.pick([
            "ECONNRESET", "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "TimeoutError", "RequestAbortedError", "EPIPE",
          ])))
      error.append(
        "message", .string(random.pick(["socket hang up", "read ECONNRESET", "Connection timed out after 1000ms"])))
      if random.chance(2, in: 3) {
        error.append(
          "errno",
          random.pick([
            .string("ENOTFOUND"), .string("ECONNRESET"), JSEncode.value(.number(-111)), JSEncode.value(.number(-3008)),
            JSEncode.value(.number(0)), JSEncode.value(.number(5)), JSEncode.value(.number(1.5)),
            JSEncode.value(.number(.nan)),
            JSEncode.value(.number(-0.0)),
          ]))
      }
      return Encode.object(["networkError": .object(error)])
    }
    var object = JSONObject()
    let status = random.chance(1, in: 6) ? 200 : random.pick(Self.statuses)
    object.append("status", Encode.int(status))
    var headers = JSONObject()
    if random.chance(1, in: 3) {
      headers.append("retry-after", .string(random.pick(["5", "0", "-1", " 12abc", "1e3", "0x10", "", "1.9", "-0"])))
    }
    if forService {
      if random.chance(1, in: 4) { headers.append("location", .string(random.pick(Self.locations))) }
      if random.chance(1, in: 8) {
        headers.append("x-amzn-errortype", .string(random.pick(["Throttling:http://internal", "ValidationException"])))
      }
      if random.chance(1, in: 8) { headers.append("x-amz-crc32", .string(random.pick(["0", "1234", "", "abc"]))) }
      if random.chance(3, in: 4) {
        object.append(
          "errorCode",
          .string(random.chance(1, in: 8) ? "com.amazon#" + random.pick(Self.codes) : random.pick(Self.codes)))
      }
      if random.chance(1, in: 2) { object.append("message", .string(random.pick(Self.messages))) }
    }
    if headers.count > 0 { object.append("headers", .object(headers)) }
    return .object(object)
  }

  mutating func attempts(forService: Bool) -> JSON {
    var list: [JSON] = []
    for _ in 0..<random.int(in: 1...5) { list.append(attempt(forService: forService)) }
    if random.chance(1, in: 3) { list.append(Encode.object(["status": Encode.int(200)])) }
    return .array(list)
  }

  mutating func simulateParams() -> JSON {
    var config = JSONObject()
    if random.chance(1, in: 2) {
      config.append(
        "maxRetries",
        random.pick([
          Encode.int(0), Encode.int(1), Encode.int(2), Encode.int(5), .string("2"), JSEncode.value(.number(1.5)), .null,
          JSEncode.value(.number(.nan)), Encode.int(-1),
        ]))
    }
    if random.chance(1, in: 4) { config.append("maxRedirects", Encode.int(random.pick([0, 1, 2, 5]))) }
    if random.chance(1, in: 2) { config.append("retryDelayOptions", options()) }
    if random.chance(1, in: 3) {
      config.append("correctClockSkew", random.pick([.bool(true), .bool(false), .string("yes"), Encode.int(0)]))
    }
    return Encode.object([
      "service": .string(random.pick(["generic", "generic", "dynamodb", "rdsdataservice"])),
      "config": .object(config), "attempts": attempts(forService: true), "random": draws(16),
    ])
  }

  mutating func metadataParams() -> JSON {
    var options = JSONObject()
    if random.chance(4, in: 5) {
      options.append(
        "maxRetries",
        random.pick([
          Encode.int(0), Encode.int(1), Encode.int(3), .string("2"), .null, .string(""), JSEncode.value(.number(.nan)),
        ]))
    }
    if random.chance(1, in: 2) { options.append("retryDelayOptions", self.options()) }
    return Encode.object(["options": .object(options), "attempts": attempts(forService: false), "random": draws(8)])
  }
}
