import JSV3Retry
import JSValueModel
import Testing

/// `parseRetryAfterHeader` at a virtual instant; the expected values were printed by the real 3.33.3 code under
/// Node 20 with `Date.now()` fixed (the harness described in `spec/js-v3.md`).
@Suite struct RetryAfterHintTests {
  static let now = 1_764_633_600_000.0  // 2025-12-02T00:00:00Z

  func hint(_ headers: [(String, String)], status: JSValue = .number(503)) throws -> Double? {
    try RetryAfterHint.hint(
      JSV3Error.Response(statusCode: status, headers: headers.map { JSV3Error.Header($0.0, $0.1) }), now: Self.now)
  }

  @Test func firstRecognisedHeaderDecides() throws {
    #expect(try hint([("x-amz-retry-after", "1500"), ("retry-after", "1")]) == Self.now + 1500)
    #expect(try hint([("Retry-After", "1"), ("x-amz-retry-after", "1500")]) == Self.now + 1000)
    #expect(try hint([("x-amz-retry-after", "invalid"), ("retry-after", "1")]) == nil)
    // Integer-like names enumerate first.
    #expect(try hint([("retry-after", "1"), ("7", "x")]) == Self.now + 1000)
    #expect(try hint([("retry-after", "1")], status: .string("503")) == nil)
  }

  @Test func numberForms() throws {
    #expect(try hint([("x-amz-retry-after", " 0x10 ")]) == Self.now + 16)
    #expect(try hint([("x-amz-retry-after", "")]) == Self.now)
    #expect(try hint([("x-amz-retry-after", "2.5")]) == Self.now + 2)
    #expect(try hint([("x-amz-retry-after", "Infinity")])?.bitPattern == Double.nan.bitPattern)
    #expect(try hint([("retry-after", "0.1")]) == Self.now + 100)
    #expect(try hint([("retry-after", "x GMT, 3")]) == Self.now + 3000)
  }

  @Test func rfc7231Dates() throws {
    #expect(try hint([("retry-after", "Tue, 02 Dec 2025 00:00:05 GMT")]) == Self.now + 5000)
    #expect(try hint([("retry-after", "Tuesday, 02-Dec-25 00:00:05 GMT")]) == Self.now + 5000)
    #expect(try hint([("retry-after", "Tue, 02 Dec 2025 0:00:05.5 GMT")]) == Self.now + 5500)
    #expect(try hint([("retry-after", "Sun, 31 Feb 2026 00:00:00 GMT")]) == nil)
    #expect(try hint([("retry-after", "Mon, 01 Jan 0050 00:00:00 GMT")]) == -631_152_000_000)
    #expect(try hint([("retry-after", "broken GMT")]) == nil)
  }

  @Test func dateParseFallbackIsRefused() {
    #expect(throws: RetryAfterHint.Unsupported.self) { try hint([("retry-after", "2099-01-01")]) }
  }
}
