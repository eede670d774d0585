/// `RetryErrorType` of `@smithy/types`: what the middleware hands the strategy.
public enum JSV3ErrorType: String, Sendable, CaseIterable {
  /// `"THROTTLING"`.
  case throttling = "THROTTLING"
  /// `"TRANSIENT"`.
  case transient = "TRANSIENT"
  /// `"SERVER_ERROR"`.
  case serverError = "SERVER_ERROR"
  /// `"CLIENT_ERROR"`.
  case clientError = "CLIENT_ERROR"
}
