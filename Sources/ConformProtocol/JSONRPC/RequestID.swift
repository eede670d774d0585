public import ConformJSON

/// A JSON-RPC request id: a string, a number (echoed exactly as given) or `null`.
public enum RequestID: Sendable, Equatable {
  /// A string id.
  case string(String)
  /// A number id, kept as parsed so that it is echoed unchanged.
  case number(JSONNumber)
  /// `null` (also used in replies when the id could not be read).
  case null

  /// The id as JSON.
  public var json: JSON {
    switch self {
    case .string(let text): .string(text)
    case .number(let number): .number(number)
    case .null: .null
    }
  }
}
