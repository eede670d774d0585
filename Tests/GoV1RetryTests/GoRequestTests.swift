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

import GoErrorModel
import GoV1Retry
import Testing

/// `GoRequest`'s precomputed classification is a cache of `IsErrorRetryable(r.Error)`: it follows `error` and
/// never takes part in equality.
@Suite struct GoRequestTests {
  static let retryable = GoError.aws(AWSBaseError(code: "RequestTimeout", message: "m"))
  static let notRetryable = GoError.aws(AWSBaseError(code: "ValidationError", message: "m"))

  @Test func settingTheErrorDropsThePrecomputedAnswer() throws {
    var request = GoRequest(error: Self.retryable)
    request.precomputeClassification()
    #expect(try request.errorRetryable())
    request.error = Self.notRetryable
    #expect(try !request.errorRetryable())
    request.error = nil
    #expect(try !request.errorRetryable())
  }

  @Test func thePrecomputedAnswerIsNoPartOfEquality() {
    let plain = GoRequest(error: Self.retryable)
    var precomputed = plain
    precomputed.precomputeClassification()
    #expect(plain == precomputed)
    var other = precomputed
    other.error = Self.notRetryable
    #expect(other != plain)
  }

  @Test func headerGetMatchesCanonicalKeys() {
    func header(_ keys: String...) -> GoHeader {
      GoHeader(keys.enumerated().map { GoHeader.Entry(key: $0.element, values: ["\($0.offset)"]) })
    }
    // textproto.CanonicalMIMEHeaderKey folds case word by word; a key with a non-token byte stays as given.
    #expect(header("retry-after").get("Retry-After") == "0")
    #expect(header("RETRY-AFTER").get("rEtRy-aFtEr") == "0")
    #expect(header("Retry After", "retry_after", "x-retry-after", "Retry-After").get("retry-after") == "3")
    #expect(header("Retry After").get("Retry After") == "0")
    #expect(header("Retry After").get("retry after") == "")
    #expect(header("Retry-Aft\u{E9}r").get("retry-aft\u{E9}r") == "")
    #expect(header("Retry-After").get("Retry-After ") == "")
    #expect(header().get("Retry-After") == "")
    #expect(
      GoHeader([.init(key: "retry-after", values: []), .init(key: "Retry-After", values: ["1", "2"])])
        .get("RETRY-AFTER") == "1")
  }
}
