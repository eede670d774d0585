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

public import ConformProtocol
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a server run ended.
public enum ServeEnd: Sendable, Equatable {
  /// The input ended or `exit` arrived (or the reader of the output went away, `EPIPE`, which is a quiet end
  /// with status 0): the process exit status.
  case exited(status: Int32)
  /// A write to the output failed with this `errno` (`ENOSPC`, `EIO`, ...): answers were lost, an error.
  case outputFailed(errno: Int32)
}

/// The line-delimited JSON-RPC 2.0 server: reads requests from one file descriptor and writes one response
/// line per request to another, until end of input, `exit`, or a failed write.
public struct LineServer {
  private let limits: ServerLimits

  /// Creates a server with the given limits.
  public init(limits: ServerLimits = ServerLimits.defaults) {
    self.limits = limits
  }

  /// Echoes every line unchanged through the same reader and writer: the I/O ceiling the benchmark compares
  /// the server with (`conform serve --echo`).
  public func echo(input: Int32, output: Int32) -> ServeEnd {
    var reader = LineReader(fd: input, maxLineBytes: limits.maxLineBytes)
    defer { reader.close() }
    var channel = OutputChannel(fd: output)
    while true {
      if !reader.hasBufferedLine(), !channel.flush() { return Self.end(channel, status: 0) }
      switch reader.next() {
      case .end:
        channel.flush()
        return Self.end(channel, status: 0)
      case .line(let bytes):
        if !channel.writeLine(bytes) { return Self.end(channel, status: 0) }
      case .tooLong, .timedOut:
        continue
      }
    }
  }

  /// `status`, unless a write failed for another reason than a reader that went away.
  static func end(_ channel: OutputChannel, status: Int32) -> ServeEnd {
    if let failure = channel.failure, failure != EPIPE { return .outputFailed(errno: failure) }
    return .exited(status: status)
  }

  /// Serves until the input ends (status 0), `exit` arrives (0 after `shutdown`, else 1), the reader of the
  /// output goes away (`EPIPE`: 0, quietly), or a write fails otherwise (`.outputFailed`).
  ///
  /// Requests that are already buffered when the server looks for work are answered together: on a machine
  /// with several cores, in parallel, each answer computed from its own line alone, and written in request
  /// order. A batch in which a line changed the dispatcher's state (`shutdown`, `exit`) is answered again one
  /// line at a time, in order, so that the change takes effect where it belongs.
  public func run(input: Int32, output: Int32) -> ServeEnd {
    var reader = LineReader(fd: input, maxLineBytes: limits.maxLineBytes)
    defer { reader.close() }
    var channel = OutputChannel(fd: output)
    var dispatcher = RequestDispatcher(limits: limits)
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
    var lines: [UnsafeRawBufferPointer] = []
    while true {
      if !reader.hasBufferedLine(), !channel.flush() { return Self.end(channel, status: 0) }
      let answers: [[UInt8]?]
      switch reader.next() {
      case .end, .timedOut:
        channel.flush()
        return Self.end(channel, status: 0)
      case .tooLong(let length):
        answers = [reader.skippedLinePrefix.withUnsafeBytes { dispatcher.lineTooLong(length: length, prefix: $0) }]
      case .line(let first):
        lines.removeAll(keepingCapacity: true)
        lines.append(first)
        while lines.count < 512, let line = reader.nextBuffered() { lines.append(line) }
        if lines.count > 1, workers > 1, dispatcher.state == .running,
          let parallel = ParallelAnswers.compute(lines, workers: workers, dispatcher: dispatcher)
        {
          answers = parallel
        } else {
          answers = lines.map { dispatcher.handle(line: $0) }
        }
      }
      for case let answer? in answers where !channel.writeLine(answer) { return Self.end(channel, status: 0) }
      if case .exited(let status) = dispatcher.state {
        channel.flush()
        return Self.end(channel, status: status)
      }
    }
  }
}

/// Answers a batch of request lines on several threads; each thread has its own copy of the running
/// dispatcher, and the answers come back in request order.
enum ParallelAnswers {
  /// The answers to `lines`, or nil if a line changed a worker's dispatcher state (`shutdown`, `exit`): the
  /// caller then answers the batch one line at a time, so the change takes effect.
  static func compute(_ lines: [UnsafeRawBufferPointer], workers: Int, dispatcher: RequestDispatcher) -> [[UInt8]?]? {
    let shares = ContiguousShares.map(count: lines.count, workers: workers) { _, range in
      var local = dispatcher
      let answers = range.map { local.handle(line: lines[$0]) }
      return (answers: answers, stateChanged: local.state != .running)
    }
    return shares.contains(where: \.stateChanged) ? nil : shares.flatMap(\.answers)
  }
}
