public import ConformProtocol

/// The line-delimited JSON-RPC 2.0 server: reads requests from one file descriptor and writes one response
/// line per request to another, until end of input, `exit`, or a closed output.
public struct LineServer {
  private let limits: ServerLimits

  /// Creates a server with the given limits.
  public init(limits: ServerLimits = ServerLimits.defaults) {
    self.limits = limits
  }

  /// Serves until the input ends (status 0), `exit` arrives (0 after `shutdown`, else 1), or the output is
  /// closed (0, quietly). Returns the process exit status.
  public func run(input: Int32, output: Int32) -> Int32 {
    var reader = LineReader(fd: input, maxLineBytes: limits.maxLineBytes)
    defer { reader.close() }
    var channel = OutputChannel(fd: output)
    var dispatcher = RequestDispatcher(limits: limits)
    while true {
      var response: [UInt8]?
      switch reader.next() {
      case .end, .timedOut:
        return 0
      case .tooLong(let length):
        response = dispatcher.lineTooLong(length: length)
      case .line(let line):
        response = dispatcher.handle(line: line)
      }
      if var response, !channel.writeLine(&response) {
        return 0
      }
      if case .exited(let status) = dispatcher.state {
        return status
      }
    }
  }
}
