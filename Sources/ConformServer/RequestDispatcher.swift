public import ConformJSON
public import ConformProtocol

/// The JSON-RPC 2.0 layer: one request line in, at most one response line out, no I/O of its own.
///
/// It parses with the server's limits, handles batches and notifications, validates the request object,
/// serves `shutdown` and `exit`, and dispatches everything else through `ConformMethods`.
public struct RequestDispatcher: Sendable {
  /// Where the server is in its lifecycle.
  public enum State: Equatable, Sendable {
    /// Serving requests.
    case running
    /// `shutdown` was received: only `exit` is accepted.
    case shutDown
    /// `exit` was received: the process should end with this status (0 after `shutdown`, else 1).
    case exited(status: Int32)
  }

  /// The lifecycle state.
  public private(set) var state: State = .running
  private var context: MethodContext
  private let methods: [String: MethodDefinition]

  /// Creates a dispatcher with the given limits.
  public init(limits: ServerLimits = .defaults, methods: [String: MethodDefinition] = ConformMethods.byName) {
    context = MethodContext(limits: limits)
    self.methods = methods
  }

  /// Whether explain traces keep rule ids only (see `MethodContext.explainRulesOnly`).
  public var explainRulesOnly: Bool {
    get { context.explainRulesOnly }
    set { context.explainRulesOnly = newValue }
  }

  /// Handles one line (without its newline). Returns the response line, or nil when nothing is to be sent
  /// (a notification, a batch of notifications, or a blank line).
  public mutating func handle(line: UnsafeRawBufferPointer) -> [UInt8]? {
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
    let json: JSON
    do {
      json = try JSONParser.parse(line, maxDepth: context.limits.maxJSONDepth)
    } catch {
      if case .tooDeep = error.reason {
        return Self.encode(
          id: .null,
          error: .limitExceeded(
            "maxJSONDepth", value: context.limits.maxJSONDepth, "the request nests JSON deeper than allowed"))
      }
      return Self.encode(id: .null, error: .parseError(error))
    }
    if case .array(let elements) = json {
      guard !elements.isEmpty else {
        return Self.encode(id: .null, error: .invalidRequest("an empty batch"))
      }
      var responses: [JSON] = []
      for element in elements {
        if let response = handle(request: element) { responses.append(response) }
      }
      guard !responses.isEmpty else { return nil }
      var writer = JSONWriter(reservingCapacity: 256 * responses.count)
      writer.write(.array(responses))
      return writer.bytes
    }
    guard let response = handle(request: json) else { return nil }
    var writer = JSONWriter(reservingCapacity: 512)
    writer.write(response)
    return writer.bytes
  }

  /// The answer for a line longer than `maxLineBytes` (its id cannot be known).
  public func lineTooLong(length: Int) -> [UInt8] {
    Self.encode(
      id: .null,
      error: .limitExceeded(
        "maxLineBytes", value: context.limits.maxLineBytes, "a request line of \(length) bytes was skipped"))
  }

  /// Calls a method in-process, as the dispatcher would, without JSON text.
  public func call(method: String, params: JSON?) -> Result<JSON, ResponseError> {
    guard let definition = methods[method] else { return .failure(.methodNotFound(method)) }
    do {
      return .success(try definition.handler(params, context))
    } catch {
      return .failure(error)
    }
  }

  /// One request object: a response object, or nil for a notification.
  private mutating func handle(request json: JSON) -> JSON? {
    guard case .object(let request) = json else {
      return Self.response(id: .null, error: .invalidRequest("a request must be an object, found \(json.kindName)"))
    }
    // The id, when it can be read; a notification has none.
    let id: RequestID?
    switch request["id"] {
    case nil: id = nil
    case .null?: id = .null
    case .string(let text)?: id = .string(text)
    case .number(let number)?: id = .number(number)
    case let other?:
      return Self.response(id: .null, error: .invalidRequest("id must be a string, a number or null, found \(other.kindName)"))
    }
    guard case .string(let version)? = request["jsonrpc"], version == "2.0" else {
      return Self.response(id: id ?? .null, error: .invalidRequest("\"jsonrpc\" must be \"2.0\""))
    }
    guard case .string(let method)? = request["method"] else {
      return Self.response(id: id ?? .null, error: .invalidRequest("\"method\" must be a string"))
    }
    // Only a request with more members than the ones just read can have an unknown one.
    let readMembers = 2 + (id == nil ? 0 : 1) + (request["params"] == nil ? 0 : 1)
    if request.members.count > readMembers,
      let unknown = Self.unknownEnvelopeMember(request, declared: methods[method]?.params)
    {
      // Like a params error: answered when the request has an id, silent for a notification.
      return reply(id, error: .invalidRequest(unknown))
    }
    let params = request["params"]
    if let params {
      switch params {
      case .object: break
      case .array:
        return reply(id, error: .invalidParams(InvalidValue("params must be an object (by-name); arrays are not supported")))
      default:
        return Self.response(id: id ?? .null, error: .invalidRequest("\"params\" must be an object or an array"))
      }
    }
    switch state {
    case .exited:
      return nil
    case .shutDown where method != "exit":
      return reply(
        id, error: ResponseError(.shuttingDown, kind: "shutting-down", "The server is shutting down; only exit is accepted"))
    default:
      break
    }
    switch method {
    case "shutdown":
      state = .shutDown
      return reply(id, result: .null)
    case "exit":
      state = .exited(status: state == .shutDown ? 0 : 1)
      return nil
    default:
      guard let definition = methods[method] else { return reply(id, error: .methodNotFound(method)) }
      do {
        return reply(id, result: try definition.handler(params, context))
      } catch {
        return reply(id, error: error)
      }
    }
  }

  /// The request object's members are `jsonrpc`, `id`, `method` and `params` (JSON-RPC 2.0 section 4): anything
  /// else is an error naming it, pointing into `params` when the method declares a member of that name.
  static func unknownEnvelopeMember(_ request: JSONObject, declared: @autoclosure () -> [WireField]?) -> String? {
    for member in request.members where !envelopeMembers.contains(where: { WireStrictness.sameName($0, member.key) }) {
      var text = "unknown member \"\(member.key)\" of the request object"
      let known = envelopeMembers
      let names = (declared() ?? []).map(\.name)
      if let param = WireStrictness.suggestion(for: member.key, among: names) {
        text += "; did you mean params.\(param)?"
      } else if let close = WireStrictness.suggestion(for: member.key, among: known) {
        text += "; did you mean \"\(close)\"?"
      }
      return text
    }
    return nil
  }

  /// The members of a JSON-RPC 2.0 request object.
  static let envelopeMembers = ["jsonrpc", "id", "method", "params"]

  private func reply(_ id: RequestID?, result: JSON) -> JSON? {
    guard let id else { return nil }
    return Encode.object(["id": id.json, "jsonrpc": .string("2.0"), "result": result])
  }

  private func reply(_ id: RequestID?, error: ResponseError) -> JSON? {
    guard let id else { return nil }
    return Self.response(id: id, error: error)
  }

  private static func response(id: RequestID, error: ResponseError) -> JSON {
    Encode.object(["error": error.json, "id": id.json, "jsonrpc": .string("2.0")])
  }

  private static func encode(id: RequestID, error: ResponseError) -> [UInt8] {
    var writer = JSONWriter(reservingCapacity: 256)
    writer.write(response(id: id, error: error))
    return writer.bytes
  }
}
