public import ConformJSON
public import ConformProtocol
import ConformServer
import Foundation

/// Something that answers method calls: the built-in reference, or a foreign program speaking the protocol.
///
/// A runner gives each job its own target, so an instance is only ever used by one thread at a time.
public protocol VectorTarget: AnyObject, Sendable {
  /// Answers `calls` in order.
  func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer]
}

/// The built-in reference, called in-process through the same dispatcher `conform serve` uses.
public final class ReferenceTarget: VectorTarget, @unchecked Sendable {
  private let dispatcher: RequestDispatcher

  /// Creates the reference with the given limits.
  public init(limits: ServerLimits = .defaults) {
    dispatcher = RequestDispatcher(limits: limits)
  }

  /// Answers in-process.
  public func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    calls.map { call in
      switch dispatcher.call(method: call.method, params: call.params) {
      case .success(let result): .result(result)
      case .failure(let error): .error(code: error.code.rawValue, message: error.message, kind: error.kind)
      }
    }
  }
}

/// A target that could not be started: every call is answered as broken, with the reason.
final class UnavailableTarget: VectorTarget {
  let reason: String

  init(reason: String) {
    self.reason = reason
  }

  func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    calls.map { _ in .broken(reason) }
  }
}

/// A foreign implementation: `sh -c COMMAND`, spawned once, fed pipelined requests on stdin and read back on
/// stdout (stderr passes through). Answers are matched by id.
public final class ProcessTarget: VectorTarget, @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var reader: LineReader
  private var nextID = 0
  private var exited = false
  private let command: String

  /// Starts `command` through `/bin/sh -c`. `timeoutSeconds` bounds the wait for each answer.
  ///
  /// SIGPIPE is ignored from here on, so that a target that exits while requests are being written makes the
  /// write fail (and its cases broken) instead of killing this process.
  public init(command: String, timeoutSeconds: Int = 60) throws {
    signal(SIGPIPE, SIG_IGN)
    self.command = command
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    reader = LineReader(
      fd: output.fileHandleForReading.fileDescriptor, maxLineBytes: 64 << 20,
      timeoutMilliseconds: Int32(clamping: min(max(1, timeoutSeconds), Int(Int32.max) / 1000) * 1000))
  }

  deinit {
    try? input.fileHandleForWriting.close()
    // A target that answered everything sees end of input and exits; one given up on was terminated, and is
    // not waited for (Foundation would wait for any child it left behind holding the pipes).
    if !exited { process.waitUntilExit() }
    reader.close()
  }

  /// Sends every request, then reads answers until each id has one.
  public func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    guard !exited else { return calls.map { _ in .broken("the target (\(command)) is no longer running") } }
    let firstID = nextID
    var writer = JSONWriter(reservingCapacity: calls.count * 256)
    for call in calls {
      writer.write(
        Encode.object([
          "id": Encode.int(nextID), "jsonrpc": .string("2.0"), "method": .string(call.method), "params": call.params,
        ]))
      writer.bytes.append(UInt8(ascii: "\n"))
      nextID += 1
    }
    // Write on another thread so that a target that answers before reading everything cannot deadlock us.
    let handle = input.fileHandleForWriting
    let payload = Data(writer.bytes)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? handle.write(contentsOf: payload)
      done.signal()
    }
    var answers = [TargetAnswer?](repeating: nil, count: calls.count)
    var missing = calls.count
    while missing > 0 {
      switch reader.next() {
      case .end:
        return giveUp(answers, "the target exited before answering")
      case .timedOut:
        return giveUp(answers, "the target did not answer in time")
      case .tooLong:
        continue
      case .line(let line):
        guard let (id, answer) = Self.parse(line), id >= firstID, id < firstID + calls.count,
          answers[id - firstID] == nil
        else { continue }
        answers[id - firstID] = answer
        missing -= 1
      }
    }
    done.wait()  // every answer came back, so the target has read every request
    return answers.map { $0 ?? .broken("no answer") }
  }

  /// Gives up on the target: terminates it, which also ends a write to its stdin that it stopped reading (the
  /// writer thread is not waited for), and answers every call still without an answer as broken, with `reason`.
  private func giveUp(_ answers: [TargetAnswer?], _ reason: String) -> [TargetAnswer] {
    exited = true
    if process.isRunning { process.terminate() }
    return answers.map { $0 ?? .broken(reason) }
  }

  /// A response line: its integer id and the answer.
  static func parse(_ line: UnsafeRawBufferPointer) -> (Int, TargetAnswer)? {
    guard let json = try? JSONParser.parse(line, maxDepth: 512), let object = json.objectValue,
      let id = object["id"]?.int64Value
    else { return nil }
    if let result = object["result"] { return (Int(id), .result(result)) }
    if let error = object["error"]?.objectValue {
      let code = Int(error["code"]?.int64Value ?? 0)
      let message = error["message"]?.stringValue ?? ""
      let kind = error["data"]?.objectValue?["kind"]?.stringValue
      return (Int(id), .error(code: code, message: message, kind: kind))
    }
    return (Int(id), .broken("a response with neither result nor error"))
  }
}
