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

  @Test func transientRulesInOrder() {
    #expect(ErrorClassification.isTransientError(JSV3Error(retryable: .init())))
    #expect(ErrorClassification.isTransientError(JSV3Error(metadata: .init(clockSkewCorrected: true))))
    #expect(
      ErrorClassification.isTransientError(
        JSV3Error(name: .string("InvalidSignatureException"), message: "Signature expired: x")))
    #expect(!ErrorClassification.isTransientError(JSV3Error(name: .string("InvalidSignatureException"))))
    #expect(ErrorClassification.isTransientError(JSV3Error(code: .string("EAI_AGAIN"))))
    #expect(ErrorClassification.isTransientError(JSV3Error(metadata: .init(httpStatusCode: .number(504)))))
    #expect(!ErrorClassification.isTransientError(JSV3Error(metadata: .init(httpStatusCode: .number(501)))))
    #expect(ErrorClassification.isTransientError(JSV3Error(isTypeError: true, message: "Load failed")))
    #expect(!ErrorClassification.isTransientError(JSV3Error(message: "Load failed")))
    #expect(
      ErrorClassification.isTransientError(
        JSV3Error(message: "x NGHTTP2_REFUSED_STREAM", code: .string("ERR_HTTP2_STREAM_ERROR"))))
  }

  @Test func causeRecursionStopsPastDepthTen() {
    func chain(_ levels: Int) -> JSV3Error {
      var error = JSV3Error(code: .string("ECONNRESET"))
      for _ in 0..<levels { error = JSV3Error(cause: error) }
      return error
    }
    #expect(ErrorClassification.isTransientError(chain(11)))
    #expect(!ErrorClassification.isTransientError(chain(12)))
  }

  @Test func errorTypeOrder() {
    let throttledServerError = JSV3Error(name: .string("SlowDown"), metadata: .init(httpStatusCode: .number(503)))
    #expect(ErrorClassification.errorType(throttledServerError) == .throttling)
    #expect(ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .number(505)))) == .serverError)
    #expect(ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .string("599")))) == .serverError)
    #expect(ErrorClassification.errorType(JSV3Error(metadata: .init(httpStatusCode: .null))) == .clientError)
    #expect(ErrorClassification.errorType(JSV3Error(name: .string("AccessDeniedException"))) == .clientError)
    #expect(ErrorClassification.isClockSkewError(JSV3Error(name: .string("AccessDeniedException"))))
  }
}
