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
import Testing

/// `computeNextBackoffDelay` against the SDK's own backoff spec (`DefaultRetryBackoffStrategy.spec.ts`) and the
/// research note's cap points.
@Suite struct BackoffTests {
  @Test func capsAtTwentySecondsBeforeTheJitter() {
    #expect(BackoffDelay.compute(base: 100, retryCount: 0, random: 1) == 100)
    #expect(BackoffDelay.compute(base: 100, retryCount: 7, random: 1) == 12_800)
    #expect(BackoffDelay.compute(base: 100, retryCount: 8, random: 1) == 20_000)
    #expect(BackoffDelay.compute(base: 500, retryCount: 6, random: 0.5) == 10_000)
    #expect(BackoffDelay.compute(base: 100, retryCount: 2, random: 0.999) == 399)
    #expect(BackoffDelay.compute(base: 100, retryCount: 0, random: 0) == 0)
  }
}
