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

import JSONRPCLineTransport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes: standard output and standard error, or buffers in tests.
public final class Console: @unchecked Sendable {
  private let outputFD: Int32?
  private let errorFD: Int32?
  /// What was written to standard output (buffered consoles only).
  public private(set) var capturedOutput = ""
  /// What was written to standard error (buffered consoles only).
  public private(set) var capturedError = ""

  private init(outputFD: Int32?, errorFD: Int32?) {
    self.outputFD = outputFD
    self.errorFD = errorFD
  }

  /// The process's standard output and error.
  public static func standard() -> Console { Console(outputFD: 1, errorFD: 2) }

  /// A console that keeps everything in memory.
  public static func buffered() -> Console { Console(outputFD: nil, errorFD: nil) }

  /// Whether standard error is a terminal (progress lines are redrawn in place there).
  var errorIsTerminal: Bool { errorFD.map { isatty($0) == 1 } ?? false }

  /// Writes to standard output.
  public func out(_ text: String) {
    if let outputFD { Console.write(text, to: outputFD) } else { capturedOutput += text }
  }

  /// Writes to standard output and reports a failed write: nil on success, else the `errno` (`EPIPE` when the
  /// reader went away).
  func writeOut(_ text: String) -> Int32? {
    guard let outputFD else {
      capturedOutput += text
      return nil
    }
    var text = text
    return text.withUTF8 { OutputChannel.write(UnsafeRawBufferPointer($0), to: outputFD) }
  }

  /// Writes to standard error.
  public func err(_ text: String) {
    if let errorFD { Console.write(text, to: errorFD) } else { capturedError += text }
  }

  private static func write(_ text: String, to fd: Int32) {
    var text = text
    _ = text.withUTF8 { OutputChannel.writeAll(UnsafeRawBufferPointer($0), to: fd) }
  }
}
