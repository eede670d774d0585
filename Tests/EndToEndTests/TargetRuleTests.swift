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
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a target must do (spec/vectors.md, "Targets"): answer each request once, by id, with exactly one of
/// result and error, in lines that are JSON-RPC responses, within --timeout of the request; and what the runner
/// does to it: a process group of its own, stopped with SIGTERM then SIGKILL, stdin closed after the last
/// request, never more targets than cases.
@Suite struct TargetRuleTests {
  static var serve: String { ConformBinary.url.path + " serve" }

  /// Runs `run FILE --target TARGET` with extra arguments; returns the output and the seconds it took.
  static func run(_ file: String, target: String, _ extra: [String] = []) throws -> (ConformBinary.Output, Double) {
    let started = Date()
    let output = try ConformBinary.run(["run", file, "--target", target, "--no-progress"] + extra, timeoutSeconds: 30)
    return (output, Date().timeIntervalSince(started))
  }

  // MARK: Protocol violations

  @Test func aSecondAnswerToTheSameIdFails() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    // One case: the duplicate comes after the only answer, so only reading to the end finds it.
    let one = try VerdictTests.passingFile(1, in: directory, name: "one.jsonl")
    let (single, _) = try Self.run(one, target: "\(Self.serve) | sed -u p")
    #expect(single.status == 1)
    #expect(single.text.contains("the target answered id 0 twice"))
    let many = try VerdictTests.passingFile(5, in: directory, name: "five.jsonl")
    let (several, _) = try Self.run(many, target: "\(Self.serve) | sed -u p")
    #expect(several.status == 1)
    #expect(several.text.contains("twice"))
  }

  @Test func answersToIdsNeverSentBothResultAndErrorAndGarbageFailAtOnce() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(3, in: directory)
    let (unknown, _) = try Self.run(file, target: #"\#(Self.serve) | sed -u 's/^{"id":/{"id":1000/'"#)
    #expect(unknown.status == 1)
    #expect(unknown.text.contains("the target answered id 10000, which was never sent"))

    let (both, _) = try Self.run(
      file, target: #"\#(Self.serve) | sed -u 's/"result":/"error":{"code":1,"message":"x"},"result":/'"#)
    #expect(both.status == 1)
    #expect(both.text.contains("the target's answer has both result and error"))

    let (garbage, seconds) = try Self.run(file, target: "yes garbage", ["--timeout", "30"])
    #expect(garbage.status == 1)
    #expect(garbage.text.contains("the target wrote a line that is not a JSON-RPC response: garbage"))
    #expect(seconds < 10, "reported at once, not after the 30 s timeout")
  }

  @Test func idsAreComparedByValue() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(3, in: directory)
    let (output, _) = try Self.run(file, target: #"\#(Self.serve) | sed -u 's/^{"id":\([0-9]*\),/{"id":\1.0,/'"#)
    #expect(output.status == 0, "\(output.text)")
    #expect(output.text.contains("3 passed"))
  }

  // MARK: Deadlines

  /// A case not answered within --timeout of being sent is an error, whatever else the target writes: blank
  /// lines, or bytes that never end a line.
  @Test func theTimeoutIsADeadlinePerCase() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(2, in: directory)
    for chatter in [#"yes """#, "while :; do printf ' '; sleep 0.2; done"] {
      let (output, seconds) = try Self.run(file, target: chatter, ["--timeout", "1"])
      #expect(output.status == 1)
      #expect(output.text.contains("the target did not answer in time (--timeout 1 s)"), "\(chatter)")
      #expect(seconds < 8, "\(chatter) took \(seconds) s")
    }
  }

  /// Silent targets on more jobs than cores cost one timeout, not timeout x jobs/cores, and none survives.
  @Test func silentTargetsOnManyJobsEndPromptly() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(64, in: directory)
    let marker = Self.markedSleep()
    let (output, seconds) = try Self.run(file, target: marker, ["--jobs", "16", "--timeout", "2"])
    #expect(output.status == 1)
    #expect(output.text.contains("64 errors"))
    #expect(seconds < 10, "took \(seconds) s")
    #expect(Self.liveProcesses(named: marker).isEmpty, "a target survived")
  }

  // MARK: Process groups

  /// A `sleep` whose argument marks it (and the shell running it) uniquely: 1000 seconds and a random tail.
  static func markedSleep() -> String {
    "sleep 1000.\(UInt32.random(in: 100_000...999_999))"
  }

  /// The pids of live (not zombie) processes whose command line contains `text`.
  static func liveProcesses(named text: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> Int32? in
      guard let pid = Int32(entry),
        let command = try? String(contentsOfFile: "/proc/\(entry)/cmdline", encoding: .utf8),
        command.replacingOccurrences(of: "\u{0}", with: " ").contains(text), !command.contains("conform"),
        let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
        let state = stat.split(separator: ")").last?.split(separator: " ").first, state != "Z"
      else { return nil }
      return pid
    }
  }

  /// Polls until no live process named `text` is left, up to `seconds`.
  static func waitUntilGone(_ text: String, seconds: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if liveProcesses(named: text).isEmpty { return true }
      usleep(50_000)
    }
    return liveProcesses(named: text).isEmpty
  }

  /// A child the target leaves running in the background is stopped with it, whether the runner finished
  /// normally or gave up on the target.
  @Test func theWholeGroupIsStoppedWhenTheRunEnds() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(2, in: directory)
    let finished = Self.markedSleep()
    let (normal, _) = try Self.run(file, target: "\(finished) >/dev/null & exec \(Self.serve)")
    #expect(normal.status == 0, "\(normal.text)")
    #expect(Self.liveProcesses(named: finished).isEmpty, "a background child outlived the finished run")

    let abandoned = Self.markedSleep()
    let (givenUp, seconds) = try Self.run(file, target: "\(abandoned) & wait", ["--timeout", "1"])
    #expect(givenUp.status == 1)
    #expect(seconds < 8)
    #expect(Self.liveProcesses(named: abandoned).isEmpty, "a child of a target given up on survived")
  }

  /// The runner closes the target's stdin after the last request, and does not start more targets than cases.
  @Test func stdinIsClosedAndTargetsAreNotOverStarted() throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(3, in: directory)
    let log = directory.appendingPathComponent("log").path
    let (output, _) = try Self.run(
      file, target: "echo started >> \(log); \(Self.serve); echo saw-end-of-input >> \(log)", ["--jobs", "16"])
    #expect(output.status == 0, "\(output.text)")
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(lines.filter { $0 == "started" }.count == 3, "one target per case at most, not one per job")
    #expect(lines.filter { $0 == "saw-end-of-input" }.count == 3)
  }

  /// SIGINT or SIGTERM to the runner stops the target's group too (it is not in the runner's group, so a
  /// terminal's Ctrl-C would not reach it), then the runner ends by that signal.
  @Test(arguments: [SIGINT, SIGTERM])
  func anInterruptedRunnerStopsItsTargets(signalNumber: Int32) throws {
    let directory = try CommandLineTests.temporaryDirectory()
    let file = try VerdictTests.passingFile(2, in: directory)
    let marker = Self.markedSleep()
    let process = Process()
    process.executableURL = ConformBinary.url
    process.arguments = ["run", file, "--no-progress", "--target", "\(marker) & wait"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(10)
    while Self.liveProcesses(named: marker).isEmpty, Date() < deadline { usleep(20_000) }
    #expect(!Self.liveProcesses(named: marker).isEmpty, "the target never started")
    kill(process.processIdentifier, signalNumber)
    let started = Date()
    process.waitUntilExit()
    #expect(Date().timeIntervalSince(started) < 8)
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == signalNumber)
    #expect(Self.waitUntilGone(marker, seconds: 1), "the target survived the interrupted runner")
  }
}
