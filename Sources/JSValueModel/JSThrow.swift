/// An exception thrown inside SDK code, such as a `TypeError` from reading a property of `null`.
///
/// Like a Go panic it is an answer: a predicate reports `{"throw": ...}`, and in a service call the listener
/// executor turns it into the request's error (`lib/sequential_executor.js:105-108`).
public struct JSThrow: Error, Sendable, Equatable, CustomStringConvertible {
  /// The constructor name, such as `TypeError`.
  public let name: String
  /// V8's message.
  public let message: String

  /// Creates an exception.
  public init(name: String, message: String) {
    self.name = name
    self.message = message
  }

  /// `TypeError: Cannot read properties of <value> (reading '<property>')`.
  public static func readProperty(of value: JSValue, _ property: String) -> JSThrow {
    JSThrow(name: "TypeError", message: "Cannot read properties of \(value.toJSString) (reading '\(property)')")
  }

  /// `Name: message`, as `String(error)` prints it.
  public var description: String { "\(name): \(message)" }
}
