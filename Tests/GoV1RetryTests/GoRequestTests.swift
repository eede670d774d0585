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
}
