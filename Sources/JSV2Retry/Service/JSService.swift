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

public import JSValueModel
public import RetryCore

/// A service client whose retry predicates or defaults differ, and the predicates of `AWS.Service`
/// (`lib/service.js:540-650`).
public enum JSService: String, Sendable, CaseIterable {
  /// A JSON-protocol service without overrides.
  case generic
  /// `AWS.DynamoDB` (`lib/services/dynamodb.js`): 10 retries, base 50, CRC32 check.
  case dynamodb
  /// `AWS.Route53` (`lib/services/route53.js:23-32`).
  case route53
  /// `AWS.RDSDataService` (`lib/services/rdsdataservice.js:8-19`).
  case rdsdataservice
  /// `AWS.S3` (`lib/services/s3.js:604-625`).
  case s3
  /// The STS client of `AWS.TokenFileWebIdentityCredentials`
  /// (`lib/credentials/token_file_web_identity_credentials.js:198-204`).
  case stsWebIdentity = "sts-web-identity"

  /// `defaultRetryCount` (`lib/service.js:172`, `lib/services/dynamodb.js:44`).
  public var defaultRetryCount: Int { self == .dynamodb ? 10 : 3 }

  /// `config.region` of the reference's clients, which every request inherits as `httpRequest.region`.
  public static let clientRegion = "us-east-1"

  /// `endpoint.hostname` of the reference's client in `clientRegion`, which `SEND` copies onto a transport error
  /// (`lib/event_listeners.js:438`): the regional `<endpointPrefix>.us-east-1.amazonaws.com`, or the global
  /// endpoint of Route 53, S3 (for a request that names no bucket) and STS. The generic service is the
  /// reference's own `oraclegeneric`.
  public var clientHostname: String {
    switch self {
    case .generic: "oraclegeneric.us-east-1.amazonaws.com"
    case .dynamodb: "dynamodb.us-east-1.amazonaws.com"
    case .route53: "route53.amazonaws.com"
    case .rdsdataservice: "rds-data.us-east-1.amazonaws.com"
    case .s3: "s3.amazonaws.com"
    case .stsWebIdentity: "sts.amazonaws.com"
    }
  }

  /// The S3 request context `retryableError` reads: `request.operation`, `request.httpRequest.region`, and
  /// whether a bucket-region probe for this request already found its region in the cache.
  public struct S3Request: Sendable, Equatable {
    /// `request.operation`.
    public var operation: JSValue
    /// `request.httpRequest.region`.
    public var region: JSValue
    /// `request._requestRegionForBucket && service.bucketRegionCache[...]` is truthy.
    public var regionForBucketCached: Bool

    /// The region of the reference's S3 client, which a request inherits when none is given.
    public static let clientRegion = JSValue.string(JSString(JSService.clientRegion))

    /// Creates a context; the request's region defaults to the client's (`us-east-1`).
    public init(operation: JSValue = .undefined, region: JSValue = clientRegion, regionForBucketCached: Bool = false) {
      self.operation = operation
      self.region = region
      self.regionForBucketCached = regionForBucketCached
    }
  }

  /// `service.retryableError(error, request)`.
  public func retryableError(
    _ error: JSErrorObject, s3Request: S3Request = S3Request(), trace: Trace? = nil
  ) throws(JSThrow) -> Bool {
    switch self {
    case .generic, .dynamodb:
      break
    case .route53:
      if error.code.strictEquals("PriorRequestNotComplete"), error.statusCode.strictEquals(.number(400)) {
        trace?.record(
          "route53.retryableError", JSSource.route53(24), "PriorRequestNotComplete with statusCode === 400", true)
        return true
      }
    case .rdsdataservice:
      if error.code.strictEquals("BadRequestException"), error.message.isTruthy {
        guard case .string(let message) = error.message else {
          trace?.record(
            "rdsdataservice.retryableError", JSSource.rdsData(11), "error.message is not a string: .match throws")
          throw JSThrow(name: "TypeError", message: "error.message.match is not a function")
        }
        if message.hasPrefix("Communications link failure"), error.statusCode.strictEquals(.number(400)) {
          trace?.record(
            "rdsdataservice.retryableError", JSSource.rdsData(9),
            "BadRequestException 'Communications link failure...' with statusCode === 400", true)
          return true
        }
      }
    case .s3:
      if let outcome = try Self.s3RetryableError(error, request: s3Request, trace: trace) { return outcome }
    case .stsWebIdentity:
      if error.code.strictEquals("IDPCommunicationErrorException") || error.code.strictEquals("InvalidIdentityToken") {
        trace?.record("webIdentity.retryableError", JSSource.webIdentity(199), "code \(display(error.code))", true)
        return true
      }
    }
    return baseRetryableError(error, trace: trace)
  }

  /// `AWS.Service.prototype.retryableError` (`lib/service.js:558-565`).
  func baseRetryableError(_ error: JSErrorObject, trace: Trace?) -> Bool {
    if timeoutError(error) {
      trace?.record("retryableError.timeout", JSSource.service(559), "code 'TimeoutError'", true)
      return true
    }
    if networkingError(error) {
      trace?.record("retryableError.networking", JSSource.service(560), "code 'NetworkingError'", true)
      return true
    }
    if expiredCredentialsError(error) {
      trace?.record("retryableError.expiredCredentials", JSSource.service(561), "code 'ExpiredTokenException'", true)
      return true
    }
    if throttledError(error) {
      trace?.record("retryableError.throttled", JSSource.service(562), "throttledError(error)", true)
      return true
    }
    let serverError = error.statusCode.greaterThanOrEqual(.number(500))
    trace?.record(
      "retryableError.status", JSSource.service(563), "statusCode \(display(error.statusCode)) >= 500", serverError)
    return serverError
  }

  /// `networkingError` (`lib/service.js:570-572`).
  public func networkingError(_ error: JSErrorObject) -> Bool { error.code.strictEquals("NetworkingError") }

  /// `timeoutError` (`lib/service.js:577-579`).
  public func timeoutError(_ error: JSErrorObject) -> Bool { error.code.strictEquals("TimeoutError") }

  /// `expiredCredentialsError` (`lib/service.js:584-587`): only `ExpiredTokenException`.
  public func expiredCredentialsError(_ error: JSErrorObject) -> Bool {
    error.code.strictEquals("ExpiredTokenException")
  }

  /// `clockSkewError` (`lib/service.js:592-603`).
  public func clockSkewError(_ error: JSErrorObject) -> Bool {
    error.code.isString(in: Self.clockSkewCodes)
  }

  /// `throttledError` (`lib/service.js:633-650`): status 429 (strictly a number) or a throttle code.
  public func throttledError(_ error: JSErrorObject) -> Bool {
    if error.statusCode.strictEquals(.number(429)) { return true }
    return error.code.isString(in: Self.throttleCodes)
  }

  /// The cases of `clockSkewError`'s `switch (error.code)` (`lib/service.js:593-600`).
  static let clockSkewCodes = [
    "RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure",
    "RequestInTheFuture",
  ]

  /// The cases of `throttledError`'s `switch (error.code)` (`lib/service.js:637-646`).
  static let throttleCodes = [
    "ProvisionedThroughputExceededException", "Throttling", "ThrottlingException", "RequestLimitExceeded",
    "RequestThrottled", "RequestThrottledException", "TooManyRequestsException", "TransactionInProgressException",
    "EC2ThrottledException",
  ]

  /// S3's own rules before the base ones (`lib/services/s3.js:604-625`); nil when they defer to the base.
  static func s3RetryableError(_ error: JSErrorObject, request: S3Request, trace: Trace?) throws(JSThrow) -> Bool? {
    if error.is200Error.isTruthy
      || (isOwnOrInheritedProperty(request.operation, of: s3OperationsWith200StatusCodeError)
        && error.statusCode.strictEquals(.number(200)))
    {
      trace?.record("s3.retryableError.200Error", JSSource.s3(605), "an S3 200-status error", true)
      return true
    }
    if request.regionForBucketCached {
      trace?.record("s3.retryableError.regionProbeDone", JSSource.s3(608), "bucket-region probe already cached", false)
      return false
    }
    if error.code.strictEquals("RequestTimeout") {
      trace?.record("s3.retryableError.requestTimeout", JSSource.s3(611), "code 'RequestTimeout'", true)
      return true
    }
    // regionRedirectErrorCodes.indexOf(error.code) != -1
    let redirectCode = error.code.isString(in: s3RegionRedirectErrorCodes) || error.code.strictEquals(.number(301))
    if redirectCode, error.region.isTruthy, !error.region.looselyEquals(request.region) {
      // request.httpRequest.region = error.region; for a 301 updateReqBucketRegion builds a new S3 client for
      // that region (s3.js:616-619, 633-660), whose endpoint configuration splits the region string.
      if error.statusCode.strictEquals(.number(301)) {
        guard let region = error.region.stringValue else {
          trace?.record(
            "s3.retryableError.updateReqBucketRegion", JSSource.s3(618),
            "301 with a non-string region: the new client's endpoint setup throws")
          throw JSThrow(name: "TypeError", message: "region.split is not a function")
        }
        // new AWS.S3(newConfig) parses the endpoint its region makes (s3.js:651, service.js:75 and 669)
        let endpoint = S3RegionEndpoint.endpointString(region: region)
        do throws(JSThrow) {
          _ = try AWSEndpoint(parsing: endpoint)
        } catch {
          trace?.record(
            "s3.retryableError.regionHostInvalid", JSSource.s3(651),
            "the new client's endpoint \(endpoint) does not parse: url.parse throws \(error)")
          throw error
        }
      }
      trace?.record(
        "s3.retryableError.regionRedirect", JSSource.s3(613),
        "region redirect \(display(error.code)) to \(display(error.region))", true)
      return true
    }
    return nil
  }

  /// The string entries of `regionRedirectErrorCodes` (`lib/services/s3.js:22-27`); its fourth is the number 301.
  static let s3RegionRedirectErrorCodes = ["AuthorizationHeaderMalformed", "BadRequest", "PermanentRedirect"]

  /// `operationsWith200StatusCodeError` (`lib/services/s3.js:13-17`).
  static let s3OperationsWith200StatusCodeError = ["completeMultipartUpload", "copyObject", "uploadPartCopy"]

  /// The names every plain object inherits from `Object.prototype` in V8, so `obj[name]` is truthy for them.
  static let objectPrototypeProperties = [
    "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty", "__lookupGetter__",
    "__lookupSetter__", "isPrototypeOf", "propertyIsEnumerable", "toString", "valueOf", "__proto__",
    "toLocaleString",
  ]

  /// Whether `object[key]` is truthy for a plain object literal with `true` values under `ownKeys`.
  static func isOwnOrInheritedProperty(_ key: JSValue, of ownKeys: [String]) -> Bool {
    // The keys are ASCII: a lone surrogate, like U+FFFD, matches none.
    let name = key.toJSString.wellFormed
    return ExactText.isMember(name, of: ownKeys) || ExactText.isMember(name, of: objectPrototypeProperties)
  }
}
