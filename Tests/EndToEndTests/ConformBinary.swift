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

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `conform` executable (the products directory `swift test` builds it into, or the path in
/// `CONFORM_BINARY`, to run these tests against another build).
enum ConformBinary {
  static let url: URL = {
    if let path = ProcessInfo.processInfo.environment["CONFORM_BINARY"] { return URL(fileURLWithPath: path) }
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidate = products.appendingPathComponent("conform")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    return Bundle.main.bundleURL.appendingPathComponent("conform")
  }()

  struct Output {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
    var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 } }
  }

  /// Runs `conform arguments...` with `input` on stdin, reading both outputs concurrently. A process still
  /// running after `timeoutSeconds` is killed (a test then fails instead of hanging).
  static func run(
    _ arguments: [String], input: Data = Data(), currentDirectory: URL? = nil, timeoutSeconds: Int = 120
  ) throws -> Output {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeoutSeconds), execute: watchdog)
    defer { watchdog.cancel() }
    let writer = Thread {
      try? stdin.fileHandleForWriting.write(contentsOf: input)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorReader = ErrorCollector(stderr.fileHandleForReading)
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(status: process.terminationStatus, stdout: output, stderr: errorReader.finish())
  }
}

/// Reads a pipe to the end on its own thread.
final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func finish() -> String {
    done.wait()
    return String(decoding: data, as: UTF8.self)
  }
}
