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

import JSV3Retry
import JSValueModel
import Testing

/// The classification predicates and the middleware's error-type order on cases of
/// `service-error-classification.spec.ts` and the research note (section 4).
@Suite struct ClassificationTests {
  @Test func throttlingByStatusNameOrTrait() {
    #expect(ErrorClassification.isThrottlingError(JSV3Error(metadata: .init(httpStatusCode: .number(429)))))
    #expect(!ErrorClassification.isThrottlingError(JSV3Error(metadata: .init(httpStatusCode: .string("429")))))
    #expect(ErrorClassification.isThrottlingError(JSV3Error(name: .string("TransactionInProgressException"))))
    #expect(!ErrorClassification.isThrottlingError(JSV3Error(name: .string("throttling"))))
    #expect(ErrorClassification.isThrottlingError(JSV3Error(retryable: .init(throttling: .string("1")))))
    #expect(!ErrorClassification.isThrottlingError(JSV3Error(retryable: .init(throttling: .string("yes")))))
  }

  @Test func transientRulesInOrder() throws {
    #expect(try ErrorClassification.isTransientError(JSV3Error(retryable: .init())))
    #expect(try ErrorClassification.isTransientError(JSV3Error(metadata: .init(clockSkewCorrected: true))))
    #expect(
      try ErrorClassification.isTransientError(
        JSV3Error(name: .string("InvalidSignatureException"), message: .string("Signature expired: x"))))
    #expect(try !ErrorClassification.isTransientError(JSV3Error(name: .string("InvalidSignatureException"))))
    #expect(try ErrorClassification.isTransientError(JSV3Error(code: .string("EAI_AGAIN"))))
    #expect(try ErrorClassification.isTransientError(JSV3Error(metadata: .init(httpStatusCode: .number(504)))))
    #expect(try !ErrorClassification.isTransientError(JSV3Error(metadata: .init(httpStatusCode: .number(501)))))
    #expect(try ErrorClassification.isTransientError(JSV3Error(isTypeError: true, message: .string("Load failed"))))
    #expect(try !ErrorClassification.isTransientError(JSV3Error(message: .string("Load failed"))))
    #expect(
      try ErrorClassification.isTransientError(
        JSV3Error(message: .string("x NGHTTP2_REFUSED_STREAM"), code: .string("ERR_HTTP2_STREAM_ERROR"))))
  }

  @Test func causeRecursionStopsPastDepthTen() throws {
    func chain(_ levels: Int) -> JSV3Error {
      var error = JSV3Error(code: .string("ECONNRESET"))
      for _ in 0..<levels { error = JSV3Error(cause: error) }
      return error
    }
    #expect(try ErrorClassification.isTransientError(chain(11)))
    #expect(try !ErrorClassification.isTransientError(chain(12)))
  }

  @Test func errorTypeOrder() throws {
    let throttledServerError = JSV3Error(name: .string("SlowDown"), metadata: .init(httpStatusCode: .number(503)))
    #expect(try ErrorClassification.errorType(throttledServerError) == .throttling)
    #expect(try ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .number(505)))) == .serverError)
    #expect(
      try ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .string("599")))) == .serverError)
    #expect(try ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .null))) == .clientError)
    #expect(try ErrorClassification.errorType(JSV3Error(name: .string("AccessDeniedException"))) == .clientError)
    #expect(ErrorClassification.isClockSkewError(JSV3Error(name: .string("AccessDeniedException"))))
  }

  /// What V8 throws for values the SDK accepts but does not expect: a `null` cause (`null.$metadata`), a message
  /// that is not a string where a classifier calls `includes` on it.
  @Test func valuesThatThrow() {
    let nullCause = { () -> JSV3Error in
      var error = JSV3Error()
      error.causeIsNull = true
      return error
    }()
    #expect(throws: JSThrow(name: "TypeError", message: "Cannot read properties of null (reading '$metadata')")) {
      try ErrorClassification.errorType(nullCause)
    }
    // A throttling error never reaches isTransientError; a null cause past depth 10 is never read.
    var throttled = nullCause
    throttled.name = .string("Throttling")
    #expect(throws: Never.self) { try ErrorClassification.errorType(throttled) }
    let signature = JSV3Error(name: .string("InvalidSignatureException"), message: .number(5))
    #expect(throws: JSThrow(name: "TypeError", message: "error.message?.includes is not a function")) {
      try ErrorClassification.isTransientError(signature)
    }
    #expect(throws: Never.self) {
      try ErrorClassification.isTransientError(JSV3Error(name: .string("InvalidSignatureException"), message: .null))
    }
    let http2 = JSV3Error(message: .undefined, code: .string("ERR_HTTP2_STREAM_ERROR"))
    #expect(throws: JSThrow(name: "TypeError", message: "Cannot read properties of undefined (reading 'includes')")) {
      try ErrorClassification.isNodeJsHttp2TransientError(http2)
    }
    #expect(!ErrorClassification.isBrowserNetworkError(JSV3Error(isTypeError: true, message: .number(1))))
  }
}
