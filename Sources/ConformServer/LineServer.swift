public import ConformProtocol

/// The line-delimited JSON-RPC 2.0 server: reads requests from one file descriptor and writes one response
/// line per request to another, until end of input, `exit`, or a closed output.
public struct LineServer {
  private let limits: ServerLimits

  /// Creates a server with the given limits.
  public init(limits: ServerLimits = ServerLimits.defaults) {
    self.limits = limits
  }

  /// Echoes every line unchanged through the same reader and writer: the I/O ceiling the benchmark compares
  /// the server with (`conform serve --echo`).
  public func echo(input: Int32, output: Int32) -> Int32 {
    serve(input: input, output: output) { event, _ in
      if case .line(let bytes) = event { return Array(bytes) }
      return nil
    }
  }

  /// Serves until the input ends (status 0), `exit` arrives (0 after `shutdown`, else 1), or the output is
  /// closed (0, quietly). Returns the process exit status.
  public func run(input: Int32, output: Int32) -> Int32 {
    var dispatcher = RequestDispatcher(limits: limits)
    return serve(input: input, output: output) { event, status in
      defer {
        if case .exited(let code) = dispatcher.state { status = code }
      }
      switch event {
      case .line(let line): return dispatcher.handle(line: line)
      case .tooLong(let length): return dispatcher.lineTooLong(length: length)
      case .end, .timedOut: return nil
      }
    }
  }

  /// The loop: read a line, answer it, and flush the gathered answers whenever no further line is buffered.
  /// `answer` may set the exit status, which ends the loop after its answer is written.
  private func serve(
    input: Int32, output: Int32, _ answer: (LineReader.Event, inout Int32?) -> [UInt8]?
  ) -> Int32 {
    var reader = LineReader(fd: input, maxLineBytes: limits.maxLineBytes)
    defer { reader.close() }
    var channel = OutputChannel(fd: output)
    var status: Int32?
    while true {
      if !reader.hasBufferedLine(), !channel.flush() { return 0 }
      let event = reader.next()
      if case .end = event {
        channel.flush()
        return 0
      }
      if let response = answer(event, &status), !channel.writeLine(response) {
        return 0
      }
      if let status {
        channel.flush()
        return status
      }
    }
  }
}
