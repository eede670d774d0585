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

public import ConformJSON
import ConformProtocol
import Foundation
import JSONRPCLineTransport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A foreign implementation: `sh -c COMMAND`, spawned once in a process group of its own, fed pipelined
/// requests on stdin and read back on stdout (stderr passes through). Answers are matched by id.
///
/// The rules a target is held to (spec/vectors.md, "Targets"):
/// - every case must be answered within `timeoutSeconds` of the moment its request was sent, whatever else
///   the target writes meanwhile; the first case that is not ends the target;
/// - every line it writes is a JSON-RPC response to a request that was sent and not yet answered, with exactly
///   one of `result` and `error`; ids are compared by value (`0.0` answers `0`); blank lines are ignored.
///   Anything else is a protocol violation: the target is given up on at once, and the violation is the
///   reason given for every case it leaves unanswered;
/// - a target given up on, or finished, is stopped with its whole group (SIGTERM, then SIGKILL after a grace).
public final class ProcessTarget: VectorTarget, @unchecked Sendable {
  private let process: TargetProcess
  private var reader: LineReader
  private let command: String
  private let timeoutNanoseconds: UInt64
  private let timeoutSeconds: Int
  /// The id the next request gets; every id below it was sent.
  private var nextID = 0
  /// Why the target was given up on, once it was.
  private var stopped: String?
  /// The request writer of the batch in flight.
  private var writer: RequestWriter?

  /// Starts `command` through `/bin/sh -c`. `timeoutSeconds` is the deadline of each case.
  ///
  /// SIGPIPE is ignored from here on, so that a target that exits while requests are being written makes the
  /// write fail (and its cases broken) instead of killing this process.
  public init(command: String, timeoutSeconds: Int = 60) throws {
    signal(SIGPIPE, SIG_IGN)
    self.command = command
    self.timeoutSeconds = timeoutSeconds
    timeoutNanoseconds = UInt64(max(1, timeoutSeconds)) * 1_000_000_000
    process = try TargetProcess(command: command)
    reader = LineReader(fd: process.output, maxLineBytes: 64 << 20)
  }

  deinit {
    process.stop()
    reader.close()
  }

  /// From now on a SIGINT or SIGTERM to this process first stops every target's process group (SIGTERM, then
  /// SIGKILL after a grace period), then ends this process by the same signal.
  public static func stopTargetsOnSignals() {
    TargetRegistry.shared.stopTargetsOnSignals()
  }

  /// Sends every request (on another thread, so that a target that answers before reading everything cannot
  /// deadlock), then reads answers until each id has one, a deadline passes, or the target breaks a rule.
  public func answer(_ calls: [(method: String, params: JSON)]) -> [TargetAnswer] {
    if let stopped { return calls.map { _ in .broken("the target (\(command)) is no longer running: \(stopped)") } }
    let firstID = nextID
    var lines = JSONWriter(reservingCapacity: calls.count * 256)
    var ends: [Int] = []
    ends.reserveCapacity(calls.count)
    for call in calls {
      lines.write(
        Encode.object([
          "id": Encode.int(nextID), "jsonrpc": .string("2.0"), "method": .string(call.method), "params": call.params,
        ]))
      lines.bytes.append(UInt8(ascii: "\n"))
      ends.append(lines.bytes.count)
      nextID += 1
    }
    let writer = RequestWriter(fd: process.input, payload: lines.bytes, ends: ends)
    self.writer = writer
    writer.start()

    var answers = [TargetAnswer?](repeating: nil, count: calls.count)
    var firstUnanswered = 0
    while firstUnanswered < calls.count {
      // The earliest deadline is the first unanswered case's: requests are sent in order.
      let sentAt = writer.sentAt(firstUnanswered)
      if sentAt == nil, writer.failed {
        return giveUp(answers, "the target stopped reading its input before every request was sent")
      }
      // Not sent yet (the previous piece is still being written): look again shortly.
      reader.deadline = sentAt.map { $0 + timeoutNanoseconds } ?? DispatchTime.now().uptimeNanoseconds + 50_000_000
      switch reader.next() {
      case .end:
        return giveUp(answers, "the target exited before answering")
      case .timedOut:
        if let sentAt, DispatchTime.now().uptimeNanoseconds >= sentAt + timeoutNanoseconds {
          return giveUp(answers, "the target did not answer in time (--timeout \(timeoutSeconds) s)")
        }
      case .tooLong(let length):
        return giveUp(answers, "the target wrote a line that is not a JSON-RPC response: a line of \(length) bytes")
      case .line(let line):
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        switch Self.parse(line) {
        case .failure(let violation):
          return giveUp(answers, violation.text)
        case .success(let (id, answer)):
          guard id >= 0, id < nextID else {
            return giveUp(answers, "the target answered id \(id), which was never sent: \(Self.excerpt(line))")
          }
          guard id >= firstID, answers[id - firstID] == nil else {
            let reason = "the target answered id \(id) twice: \(Self.excerpt(line))"
            if id >= firstID { answers[id - firstID] = .broken(reason) }
            return giveUp(answers, reason)
          }
          if case .broken(let reason) = answer {
            answers[id - firstID] = .broken(reason)
            return giveUp(answers, reason)
          }
          answers[id - firstID] = answer
          while firstUnanswered < calls.count, answers[firstUnanswered] != nil { firstUnanswered += 1 }
        }
      }
    }
    writer.wait()  // every answer came back, so the target has read every request
    self.writer = nil
    return answers.map { $0 ?? .broken("no answer") }
  }

  /// Closes the target's stdin after the last request, reads what it still writes until it exits (anything
  /// but blank lines is a violation: a second answer, an answer to an id never sent, garbage), then stops its
  /// group. A target that does not exit within the grace period after end of input is stopped regardless.
  public func finish() -> [String] {
    guard stopped == nil else { return [] }
    stopped = "finished"
    process.closeInput()
    var violations: [String] = []
    reader.deadline = DispatchTime.now().uptimeNanoseconds + TargetProcess.graceNanoseconds
    reading: while true {
      switch reader.next() {
      case .end, .timedOut:
        break reading
      case .tooLong(let length):
        violations.append("after its last answer, the target wrote a line of \(length) bytes")
      case .line(let line):
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        switch Self.parse(line) {
        case .failure(let violation):
          violations.append("after its last answer, " + violation.text)
        case .success(let (id, _)):
          violations.append(
            id >= 0 && id < nextID
              ? "the target answered id \(id) twice: \(Self.excerpt(line))"
              : "the target answered id \(id), which was never sent: \(Self.excerpt(line))")
        }
      }
      if violations.count >= 10 { break }
    }
    _ = process.waitForExit(until: DispatchTime.now().uptimeNanoseconds + TargetProcess.graceNanoseconds)
    process.stop()
    process.closeInput()
    return violations.map { "\(command): \($0)" }
  }

  /// Gives up on the target: stops its group (which also ends a write to its stdin that it stopped reading)
  /// and answers every call still without an answer as broken, with `reason`.
  private func giveUp(_ answers: [TargetAnswer?], _ reason: String) -> [TargetAnswer] {
    TargetRegistry.shared.parkIfInterrupted()
    stopped = reason
    process.stop()
    // The writer ends once nobody reads the pipe any more; stdin is closed only after it has, so that its
    // descriptor cannot be reused by another file under the writer's feet.
    if writer?.wait(upToNanoseconds: TargetProcess.graceNanoseconds) ?? true { process.closeInput() }
    writer = nil
    return answers.map { $0 ?? .broken(reason) }
  }

  /// A protocol violation in one line.
  struct Violation: Error {
    let text: String
  }

  /// A response line: its id (by value) and the answer, or the rule it breaks.
  static func parse(_ line: UnsafeRawBufferPointer) -> Result<(Int, TargetAnswer), Violation> {
    let notResponse = Violation(text: "the target wrote a line that is not a JSON-RPC response: \(excerpt(line))")
    guard let json = try? JSONParser.parse(line, maxDepth: 512), let object = json.objectValue,
      let idValue = object["id"]
    else { return .failure(notResponse) }
    guard case .number(let number) = idValue, let id = integerValue(number) else {
      if idValue == .null, let message = object["error"]?.objectValue?["message"]?.stringValue {
        return .failure(Violation(text: "the target answered with id null (it could not read a request): \(message)"))
      }
      return .failure(
        Violation(text: "the target answered id \(JSONWriter.encodeString(idValue)), which was never sent"))
    }
    switch (object["result"], object["error"]) {
    case (let result?, nil):
      return .success((id, .result(result)))
    case (nil, let error?):
      guard let error = error.objectValue, let code = error["code"]?.int64Value else {
        return .success((id, .broken("the target's answer has an error that is not {code, message}: \(excerpt(line))")))
      }
      let message = error["message"]?.stringValue ?? ""
      let kind = error["data"]?.objectValue?["kind"]?.stringValue
      return .success((id, .error(code: Int(code), message: message, kind: kind)))
    case (_?, _?):
      return .success((id, .broken("the target's answer has both result and error: \(excerpt(line))")))
    case (nil, nil):
      return .success((id, .broken("the target's answer has neither result nor error: \(excerpt(line))")))
    }
  }

  /// An id compared by value: `0`, `0.0` and `0e5` are all 0; a fraction or an out-of-range value is nil.
  static func integerValue(_ number: JSONNumber) -> Int? {
    if let int64 = number.int64 { return Int(exactly: int64) }
    guard number.double.rounded() == number.double, abs(number.double) < 9.0e15 else { return nil }
    return Int(number.double)
  }

  /// The line, or its first 200 bytes, as text.
  static func excerpt(_ line: UnsafeRawBufferPointer) -> String {
    let text = String(decoding: line.prefix(200), as: UTF8.self)
    return line.count > 200 ? text + "..." : text
  }
}

/// Writes a batch's request lines to the target's stdin on a thread of its own, in pieces of about 64 KiB of
/// whole lines, recording when each piece began to be written: that moment starts the deadline of each case
/// in it.
final class RequestWriter: @unchecked Sendable {
  private let fd: Int32
  private let payload: [UInt8]
  private let ends: [Int]
  private let lock = Lock()
  /// For each piece begun: the index after its last request, and when it began.
  private var begun: [(end: Int, at: UInt64)] = []
  private let done = DispatchSemaphore(value: 0)
  private var writeFailed = false

  init(fd: Int32, payload: [UInt8], ends: [Int]) {
    self.fd = fd
    self.payload = payload
    self.ends = ends
  }

  func start() {
    let thread = Thread { [self] in run() }
    thread.start()
  }

  private func run() {
    var request = 0
    var offset = 0
    while request < ends.count {
      var last = request
      while last + 1 < ends.count, ends[last + 1] - offset <= 1 << 16 { last += 1 }
      let now = DispatchTime.now().uptimeNanoseconds
      lock.withLock { begun.append((end: last + 1, at: now)) }
      let failed = payload.withUnsafeBytes { bytes in
        OutputChannel.write(UnsafeRawBufferPointer(rebasing: bytes[offset..<ends[last]]), to: fd) != nil
      }
      if failed {
        lock.withLock { writeFailed = true }
        break
      }
      offset = ends[last]
      request = last + 1
    }
    done.signal()
  }

  /// Whether a write failed (the target closed its stdin or exited).
  var failed: Bool { lock.withLock { writeFailed } }

  /// When the request at `index` began to be written, or nil if it has not yet.
  func sentAt(_ index: Int) -> UInt64? {
    lock.withLock {
      guard let last = begun.last, index < last.end else { return nil }
      // Pieces are few (one per 64 KiB of requests).
      return begun.first { index < $0.end }?.at
    }
  }

  /// Waits for the writer to end.
  func wait() {
    done.wait()
    done.signal()
  }

  /// Waits at most `nanoseconds`; true if the writer ended.
  func wait(upToNanoseconds nanoseconds: UInt64) -> Bool {
    guard done.wait(timeout: .now() + .nanoseconds(Int(nanoseconds))) == .success else { return false }
    done.signal()
    return true
  }
}
