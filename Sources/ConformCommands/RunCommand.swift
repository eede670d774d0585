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
import ConformProtocol
import ConformVectors
import Foundation
import JSONRPCLineTransport

/// `conform run`.
enum RunCommand {
  static let usage =
    "conform run <path>... [--target <command>] [--filter <text>]... [--exclude <text>]... [--method <name>]... [--profile <name>]... "
    + "[--expected-failures <file>] [--require-all] [--format text|json|junit] [--output <file>] [--jobs <n>] [--timeout <seconds>] "
    + "[--max-failures <n>] [--progress | --no-progress]"

  static let help = """
    OVERVIEW: Replay vector files against the built-in reference, or against any program that speaks the protocol.

    Each case's answer is compared exactly with its expectation (doubles by bit pattern, int64 by value, draw
    counts both ways). Failing cases are printed with their id, description, params and the differences; a
    summary per file and per flag follows. Files that are not valid against spec/vectors.schema.json are
    reported as errors, never skipped.

    USAGE: \(usage)

    ARGUMENTS:
      <path>                     Vector files (.json, .jsonl) or folders searched recursively.

    OPTIONS:
      --target <command>         Run the cases against 'sh -c <command>' instead of the reference: it is spawned
                                 in a process group of its own, once per job that has cases, and fed pipelined
                                 JSON-RPC requests on stdin (closed after the last request). Each line it
                                 writes must answer a request sent and not yet answered, with exactly one of
                                 result and error (ids compared by value); any other line is a protocol
                                 violation that ends the target at once and errors its unanswered cases.
      --filter <text>            Run only cases whose id contains <text> or that carry the flag <text>
                                 (repeatable; a case runs if any filter selects it).
      --exclude <text>           Leave out cases whose id contains <text> or that carry the flag <text>
                                 (repeatable; applied after --filter).
      --method <name>            Run only cases calling this method, such as js.v2.calculateRetryDelay
                                 (repeatable; combines with --filter: both must select a case).
      --profile <name>           Run only files of this profile: go-v1, go-v2, js-v2 or js-v3 (repeatable).
      --expected-failures <file> Case ids the target knowingly fails, one per line ('#' starts a comment). Listed
                                 cases that fail count as expected; listed cases that pass, and listed ids that
                                 match no selected case, are reported and fail the run.
      --require-all              Fail the run if any case is skipped (for ports that implement every method).
      --format <format>          text (default), json or junit. Every format shows the skipped count by method.
      --output <file>            Write the report to <file> instead of standard output: a regular file (or a new
                                 path) via a temporary file renamed over it, a symlink's target likewise, a
                                 FIFO or device written through, never replaced.
      --jobs <n>                 Parallel workers, each with its own target (default: 1, at most 256).
      --timeout <seconds>        The deadline of each --target case, from the moment its request is sent
                                 (default: 60, at most 86400), whatever else the target writes. A target that
                                 misses it is given up on: its process group gets SIGTERM, then SIGKILL after
                                 a grace of at most 2 s, and its unanswered cases are errors. The same happens
                                 to every target when the run ends or is interrupted (SIGINT, SIGTERM).
      --max-failures <n>         Print the details of only the first <n> failing cases (failures, errors,
                                 unexpected passes) in the text report; every case still runs and counts in
                                 the summary, and a line says how many details were left out.
      --progress / --no-progress Show a progress line on standard error (default: when it is a terminal): cases
                                 done/total, percent, failures so far, cases per second and the current file.
      -h, --help                 Show help information.

    VERDICT: the run fails on any failing case, error, unexpected pass or bad file (unreadable, invalid, or a
    generated file with fewer cases than its header's --count), and also when no case ran, every case was
    skipped, no case passed, a case was skipped under --require-all, an expected-failures id matched no selected
    case, or the target broke the protocol after its last answer. Each reason is printed as an ERROR line.

    EXIT STATUS: 0 when the run passes, 1 when it fails or the report cannot be written (a reader that closes the
    pipe early is a quiet end with the run's status), 64 on bad usage.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var options = RunOptions()
    var target: String?
    var format = "text"
    var outputPath: String?
    var timeout = 60
    var progress: Bool?
    var maxFailures: Int?
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--target": target = try scanner.value(for: option)
      case "--filter": options.filters.append(try scanner.value(for: option))
      case "--exclude": options.exclusions.append(try scanner.value(for: option))
      case "--method":
        let method = try scanner.value(for: option)
        guard ConformMethods.byName[method] != nil else { throw UsageError("unknown method \"\(method)\"") }
        options.methods.append(method)
      case "--profile":
        let profile = try scanner.value(for: option)
        guard ConformInfo.profiles.contains(where: { $0.name == profile }) else {
          throw UsageError("unknown profile \"\(profile)\" (expected go-v1, go-v2, js-v2 or js-v3)")
        }
        options.profiles.append(profile)
      case "--expected-failures":
        let path = try scanner.value(for: option)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
          throw UsageError("cannot read the expected-failures file \"\(path)\"")
        }
        options.expectedFailures = parseExpectedFailures(text)
      case "--format":
        format = try scanner.value(for: option)
        guard ["text", "json", "junit"].contains(format) else {
          throw UsageError("unknown format \"\(format)\" (expected text, json or junit)")
        }
      case "--output": outputPath = try scanner.value(for: option)
      case "--jobs": options.jobs = try scanner.positiveInt(for: option, atMost: 256)
      case "--timeout": timeout = try scanner.positiveInt(for: option, atMost: 86_400)
      case "--max-failures": maxFailures = try scanner.positiveInt(for: option, atMost: 1_000_000_000)
      case "--require-all": options.requireAll = true
      case "--progress": progress = true
      case "--no-progress": progress = false
      default: throw UsageError("unknown option \(option)")
      }
    }
    guard !scanner.positionals.isEmpty else { throw UsageError("no vector files or folders given") }
    let files: [String]
    do {
      files = try VectorReader.files(in: scanner.positionals)
    } catch {
      throw UsageError(error.description)
    }
    options.keepPassingResults = format == "junit"

    // A closed stdout (`| head -1`) is an EPIPE to handle, not a signal that kills the run mid-report.
    signal(SIGPIPE, SIG_IGN)
    if target != nil { ProcessTarget.stopTargetsOnSignals() }
    let showProgress = progress ?? console.errorIsTerminal
    let started = Date()
    var lastDraw = Date.distantPast
    let runner = VectorRunner(options: options) {
      if let target { return try ProcessTarget(command: target, timeoutSeconds: timeout) }
      return ReferenceTarget()
    }
    let total = showProgress ? runner.countCases(files: files) : 0
    let report = runner.run(files: files) { file, done, failures in
      guard showProgress, Date().timeIntervalSince(lastDraw) > 0.25 else { return }
      lastDraw = Date()
      let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
      let line = ProgressLine.render(
        done: done, total: total, failures: failures, casesPerSecond: Int(rate), file: file)
      console.err("\r\u{1B}[K\(line)")
    }
    if showProgress { console.err("\r\u{1B}[K") }
    let seconds = Date().timeIntervalSince(started)

    let rendered: String
    switch format {
    case "json":
      rendered = String(decoding: JSONWriter.encode(JSONReport.render(report, seconds: seconds)), as: UTF8.self) + "\n"
    case "junit": rendered = JUnitReport.render(report, seconds: seconds)
    default: rendered = TextReport.render(report, seconds: seconds, maxFailures: maxFailures)
    }
    let verdict: ExitCode = report.failed ? .failure : .success
    if let outputPath {
      do {
        try FileOutput.write(Array(rendered.utf8), to: outputPath, what: "the report")
      } catch {
        console.err("Error: \(error)\n")
        return .failure
      }
      console.err(summaryLine(report))
    } else if let failure = console.writeOut(rendered), failure != EPIPE {
      // A reader that closed the pipe early (EPIPE) wanted no more: a quiet end with the run's verdict.
      console.err("Error: cannot write the report to standard output: \(OutputChannel.describe(errno: failure))\n")
      return .failure
    }
    return verdict
  }

  /// One line for standard error when the report goes to a file.
  static func summaryLine(_ report: RunReport) -> String {
    let totals = report.totals
    var line =
      "\(report.failed ? "FAILED" : "PASSED"): \(totals.total) case(s): \(totals.passed) passed, "
      + "\(totals.failed + totals.unexpectedPasses) failed, \(totals.errors) errors, \(totals.skipped) skipped\n"
    for problem in report.problems { line += "ERROR \(problem)\n" }
    return line
  }

  /// Ids, one per line; `#` starts a comment.
  static func parseExpectedFailures(_ text: String) -> Set<String> {
    var ids: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) {
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        .trimmingCharacters(in: .whitespaces)
      if !content.isEmpty { ids.insert(content) }
    }
    return ids
  }
}
