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

/// `parseRetryAfterHeader` at a virtual instant; the expected values were printed by the real 3.33.3 code under
/// Node 20 with `Date.now()` fixed (the harness described in `spec/js-v3.md`).
@Suite struct RetryAfterHintTests {
  static let now = 1_764_633_600_000.0  // 2025-12-02T00:00:00Z

  func hint(_ headers: [(String, String)], status: JSValue = .number(503)) -> Double? {
    RetryAfterHint.hint(
      JSV3Error.Response(statusCode: status, headers: headers.map { JSV3Error.Header($0.0, JSString($0.1)) }),
      now: Self.now)
  }

  @Test func firstRecognisedHeaderDecides() {
    #expect(hint([("x-amz-retry-after", "1500"), ("retry-after", "1")]) == Self.now + 1500)
    #expect(hint([("Retry-After", "1"), ("x-amz-retry-after", "1500")]) == Self.now + 1000)
    #expect(hint([("x-amz-retry-after", "invalid"), ("retry-after", "1")]) == nil)
    // Integer-like names enumerate first.
    #expect(hint([("retry-after", "1"), ("7", "x")]) == Self.now + 1000)
    #expect(hint([("retry-after", "1")], status: .string("503")) == nil)
  }

  @Test func numberForms() {
    #expect(hint([("x-amz-retry-after", " 0x10 ")]) == Self.now + 16)
    #expect(hint([("x-amz-retry-after", "")]) == Self.now)
    #expect(hint([("x-amz-retry-after", "2.5")]) == Self.now + 2)
    #expect(hint([("x-amz-retry-after", "Infinity")])?.bitPattern == Double.nan.bitPattern)
    #expect(hint([("retry-after", "0.1")]) == Self.now + 100)
    #expect(hint([("retry-after", "x GMT, 3")]) == Self.now + 3000)
  }

  @Test func rfc7231Dates() {
    #expect(hint([("retry-after", "Tue, 02 Dec 2025 00:00:05 GMT")]) == Self.now + 5000)
    #expect(hint([("retry-after", "Tuesday, 02-Dec-25 00:00:05 GMT")]) == Self.now + 5000)
    #expect(hint([("retry-after", "Tue, 02 Dec 2025 0:00:05.5 GMT")]) == Self.now + 5500)
    #expect(hint([("retry-after", "Sun, 31 Feb 2026 00:00:00 GMT")]) == nil)
    #expect(hint([("retry-after", "Mon, 01 Jan 0050 00:00:00 GMT")]) == -631_152_000_000)
    #expect(hint([("retry-after", "broken GMT")]) == nil)
  }

  @Test func dateParseFallback() {
    // `:35-37`: Date.parse (Node 20, TZ=UTC) when the value is neither RFC 7231 nor a number; only a time at or
    // after now counts.
    #expect(hint([("retry-after", "2025-12-02T00:00:30.250Z")]) == Self.now + 30_250)
    #expect(hint([("retry-after", "2025-12-02T00:00:00Z")]) == Self.now)
    #expect(hint([("retry-after", "2025-12-01T23:59:59.999Z")]) == nil)
    #expect(hint([("retry-after", "2099-01-01")]) == 4_070_908_800_000)
    #expect(hint([("retry-after", "Dec 2 2025 00:01 UTC")]) == Self.now + 60_000)
    #expect(hint([("retry-after", "Tue, 02 Dec 2025 00:00:05 EST")]) == Self.now + 18_005_000)
    #expect(hint([("retry-after", "not-a-number")]) == nil)
    #expect(hint([("retry-after", "+275760-09-13T00:00:00.000Z")]) == 8.64e15)
  }
}
