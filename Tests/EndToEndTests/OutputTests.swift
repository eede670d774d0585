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

import ConformJSON
import ConformTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing lost on the way out: where `--output` writes atomically and where it writes through, every failed
/// write an error with a plain message, a reader that leaves early a quiet end, and `generate` files that are
/// complete or absent.
@Suite struct OutputTests {
  /// Runs `conform arguments` with stdout on `stdout` (a path opened for writing) and returns the status and
  /// stderr.
  static func run(_ arguments: [String], stdout path: String, input: String = "") throws -> (Process, String) {
    let process = Process()
    process.executableURL = ConformBinary.url
    process.arguments = arguments
    let stdin = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = FileHandle(forWritingAtPath: path)
    process.standardError = stderr
    signal(SIGPIPE, SIG_IGN)  // the child may stop reading before all of `input` is written
    try process.run()
    try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let errors = ErrorCollector(stderr.fileHandleForReading)
    process.waitUntilExit()
    return (process, errors.finish())
  }

  @Test func aFIFOIsWrittenThroughNeverReplaced() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(1, in: directory)
    let fifo = directory.appendingPathComponent("report.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let received = FIFOReader(path: fifo)
    let output = try ConformBinary.run(["run", file, "--output", fifo])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(received.finish().contains("PASSED: 1 case(s)"))
    var info = stat()
    #expect(lstat(fifo, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
  }

  /// A character device that fails every write (a private copy of /dev/full, made with mknod when the tests
  /// run as root) is written through, and the failure is reported plainly.
  @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(1, in: directory)
    let device = directory.appendingPathComponent("full").path
    guard mknod(device, S_IFCHR | 0o666, (1 << 8) | 7) == 0 else { return }  // not root: nothing to test here
    let output = try ConformBinary.run(["run", file, "--output", device])
    #expect(output.status == 1)
    #expect(output.stderr.contains("Error: cannot write the report to \(device): No space left on device"))
    #expect(!output.stderr.contains("NSCocoaErrorDomain"))
    var info = stat()
    #expect(lstat(device, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFCHR, "the device was replaced by a regular file")
  }

  @Test func aSymlinkIsFollowedAndARegularFileReplacedWithItsPermissions() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(1, in: directory)
    let real = directory.appendingPathComponent("real.txt").path
    try "old".write(toFile: real, atomically: true, encoding: .utf8)
    #expect(chmod(real, 0o640) == 0)
    let link = directory.appendingPathComponent("link.txt").path
    #expect(symlink("real.txt", link) == 0)
    #expect(try ConformBinary.run(["run", file, "--output", link]).status == 0)
    var info = stat()
    #expect(lstat(link, &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFLNK, "the symlink was replaced")
    #expect(try String(contentsOfFile: real, encoding: .utf8).contains("PASSED: 1 case(s)"))
    #expect(stat(real, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
      $0.contains("partial")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func aReportThatCannotBeWrittenToStandardOutputFails() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(1, in: directory)
    let (process, stderr) = try Self.run(["run", file], stdout: "/dev/full")
    #expect(process.terminationStatus == 1)
    #expect(stderr.contains("Error: cannot write the report to standard output: No space left on device"))
  }

  /// `conform run ... | head -1`: the reader leaves early, the runner ends quietly with the run's verdict.
  @Test func aReaderThatLeavesEarlyIsAQuietEnd() throws {
    let process = Process()
    process.executableURL = ConformBinary.url
    process.arguments = ["run", RepositoryRoot.url("vectors/go-v1/edge-cases.json").path]
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try stdout.fileHandleForReading.close()
    try process.run()
    let errors = ErrorCollector(stderr.fileHandleForReading)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "killed by SIGPIPE")
    #expect(process.terminationStatus == 0)
    #expect(errors.finish().isEmpty)
  }

  @Test func serveFailsLoudlyWhenItsOutputFails() throws {
    let request = #"{"jsonrpc":"2.0","id":1,"method":"go.v1.classify","params":{"error":null}}"# + "\n"
    let (process, stderr) = try Self.run(["serve"], stdout: "/dev/full", input: String(repeating: request, count: 2000))
    #expect(process.terminationStatus == 1)
    #expect(stderr.contains("Error: cannot write to standard output: No space left on device"))
  }

  @Test func fileErrorsReadLikeTheRestOfTheCLI() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let blocker = directory.appendingPathComponent("not-a-folder")
    try "x".write(to: blocker, atomically: true, encoding: .utf8)
    let generate = try ConformBinary.run(
      [
        "generate", "--seed", "1", "--count", "10", "--profile", "go-v1", "--out",
        blocker.appendingPathComponent("sub").path,
      ])
    #expect(generate.status == 1)
    #expect(generate.stderr.contains("Error: cannot write the vectors to \(blocker.path)/sub: Not a directory"))
    #expect(!generate.stderr.contains("NSCocoaErrorDomain"))
    let file = try VerdictTests.passingFile(1, in: directory)
    let run = try ConformBinary.run(["run", file, "--output", blocker.appendingPathComponent("report.txt").path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("Error: cannot write the report to \(blocker.path)/report.txt: Not a directory"))
  }

  /// `generate` interrupted halfway leaves no file under the final name; a generated file cut short is a bad
  /// file for `run`.
  @Test func generatedFilesAreCompleteOrAbsent() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let process = Process()
    process.executableURL = ConformBinary.url
    process.arguments = [
      "generate", "--seed", "3", "--count", "5000000", "--profile", "js-v2", "--out", directory.path, "--jobs", "1",
    ]
    process.standardError = FileHandle.nullDevice
    try process.run()
    let name = "generated-js-v2-seed3-n5000000.jsonl"
    let deadline = Date().addingTimeInterval(20)
    // Interrupt once it has written something.
    while Date() < deadline, Self.bytesIn(directory) < 100_000 { usleep(20_000) }
    kill(process.processIdentifier, SIGKILL)  // as abrupt as a crash or a full disk: no chance to clean up
    process.waitUntilExit()
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path))

    let complete = try ConformBinary.run([
      "generate", "--seed", "3", "--count", "40", "--profile", "js-v2", "--out", directory.path,
    ])
    #expect(complete.status == 0)
    let path = directory.appendingPathComponent("generated-js-v2-seed3-n40.jsonl").path
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    try (lines.dropLast(5).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let short = try ConformBinary.run(["run", path])
    #expect(short.status == 1)
    #expect(
      short.text.contains(
        "the header says 40 case(s) (conform generate --count 40) but the file holds 35: it is incomplete"))
    #expect(short.text.contains("1 bad file(s)"))
  }

  static func bytesIn(_ directory: URL) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.reduce(0) { total, name in
      var info = stat()
      return total + (stat(directory.appendingPathComponent(name).path, &info) == 0 ? Int(info.st_size) : 0)
    }
  }
}

/// Reads a FIFO to the end on a thread of its own (opening it waits for a writer).
final class FIFOReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(path: String) {
    Thread {
      if let handle = FileHandle(forReadingAtPath: path) { self.data = handle.readDataToEndOfFile() }
      self.done.signal()
    }.start()
  }

  /// What was read, or "" if no writer came within 20 s (a FIFO replaced by a file never gets one).
  func finish() -> String {
    guard done.wait(timeout: .now() + 20) == .success else { return "" }
    return String(decoding: data, as: UTF8.self)
  }
}
