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

import JSV2Retry
import JSValueModel
import Testing

/// The js-v2 error object compares its properties by `JSValue` identity, not by `===`.
@Suite struct JSErrorObjectTests {
  @Test func identityComparesResults() {
    #expect(JSErrorObject(retryable: .number(0)) != JSErrorObject(retryable: .number(-0.0)))
    #expect(JSErrorObject(retryable: .number(.nan)) == JSErrorObject(retryable: .number(.nan)))
  }
}
