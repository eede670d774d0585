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
import JSONRPCLineTransport

/// Which cases to run and how.
public struct RunOptions: Sendable {
  /// A case runs when one of these is a substring of its id or equals one of its flags (all run when empty).
  public var filters: [String] = []
  /// A case runs only when its method is listed (all methods when empty).
  public var methods: [String] = []
  /// A case is left out when one of these is a substring of its id or equals one of its flags.
  public var exclusions: [String] = []
  /// Files whose profile is not listed are skipped (all run when empty).
  public var profiles: [String] = []
  /// Ids of cases the target is known to fail.
  public var expectedFailures: Set<String> = []
  /// Parallel workers (each with its own target).
  public var jobs = 1
  /// Cases sent to a target at once.
  public var batchSize = 512
  /// Keep the ids of passing cases in the report (`FileReport.passedIDs`, for JUnit output).
  public var keepPassingResults = false
  /// Any skipped case fails the run (`--require-all`, for ports that claim to implement every method).
  public var requireAll = false

  /// Default options.
  public init() {}

  /// Whether `vector` is selected by the filters.
  func selects(_ vector: VectorCase) -> Bool {
    if !methods.isEmpty, !methods.contains(vector.method) { return false }
    if exclusions.contains(where: { vector.id.contains($0) || vector.flags.contains($0) }) { return false }
    if filters.isEmpty { return true }
    return filters.contains { filter in vector.id.contains(filter) || vector.flags.contains(filter) }
  }
}

/// Replays vector files against a target and judges every answer. `conform run` and the test suite both use
/// it, so they cannot disagree.
public struct VectorRunner {
  /// The options.
  public let options: RunOptions
  private let makeTarget: () throws -> any VectorTarget

  /// Creates a runner; `makeTarget` is called once per job.
  public init(options: RunOptions, makeTarget: @escaping () throws -> any VectorTarget) {
    self.options = options
    self.makeTarget = makeTarget
  }

  /// Runs every file. `progress` is called after each chunk with the cases done so far and how many of them
  /// failed (failures, errors and unexpected passes).
  ///
  /// The main thread reads each file in chunks; every job (a thread of its own, so that jobs waiting for
  /// their targets never wait for each other) decodes and validates its share of a chunk, asks its own target,
  /// and judges the answers; the main thread then records the outcomes in file order. Memory holds one chunk,
  /// whatever the number of cases. A job starts its target when it first has cases for it, so a run never
  /// starts more targets than there are cases; after the last file every target is finished (its stdin closed,
  /// its process group stopped).
  public func run(files: [String], progress: ((_ file: String, _ done: Int, _ failures: Int) -> Void)? = nil)
    -> RunReport
  {
    var report = RunReport()
    report.requireAll = options.requireAll
    let jobs = max(1, options.jobs)
    let workers = (0..<jobs).map { _ in Worker(makeTarget: makeTarget, options: options) }
    var matchedExpectedFailures: Set<String> = []
    var done = 0
    var failuresBefore = 0
    for path in files {
      var file = FileReport(path: path)
      let reader: VectorReader
      do {
        // Between chunks the workers are idle, so the first one's validator (its patterns compiled once) can
        // serve the reader on this thread.
        reader = try VectorReader(path: path, validator: workers[0].validator)
      } catch {
        file.fileError = error
        report.files.append(file)
        continue
      }
      file.profile = reader.header.profile
      if !options.profiles.isEmpty, !options.profiles.contains(reader.header.profile) {
        report.files.append(file)
        continue
      }
      let context = Worker.FileContext(path: path, flags: reader.flagNames)
      do throws(VectorFileError) {
        while true {
          let chunk = try reader.nextPending(limit: options.batchSize * jobs)
          if chunk.isEmpty { break }
          for step in Worker.process(chunk, workers: workers, context: context) {
            switch step {
            case .invalid(let error):
              throw error
            case .filteredOut(let id, let line):
              if let line { try reader.checkUnique(id, line: line) }
            case .judged(let vector, let outcome, let line):
              if let line { try reader.checkUnique(vector.id, line: line) }
              if options.expectedFailures.contains(vector.id) { matchedExpectedFailures.insert(vector.id) }
              record(vector, outcome, file: &file, report: &report)
            }
          }
          done += chunk.count
          let counts = file.counts
          progress?(path, done, failuresBefore + counts.failed + counts.errors + counts.unexpectedPasses)
        }
      } catch {
        file.fileError = error
      }
      failuresBefore += file.counts.failed + file.counts.errors + file.counts.unexpectedPasses
      report.files.append(file)
    }
    let started = workers.filter(\.hasTarget)
    report.targetErrors = ThreadShares.map(count: started.count, workers: started.count) { _, range in
      range.flatMap { started[$0].finish() }
    }.flatMap { $0 }
    report.staleExpectedFailures = options.expectedFailures.subtracting(matchedExpectedFailures).sorted()
    return report
  }

  /// How many cases `files` hold, read without decoding them (for the progress line's total); a file that
  /// cannot be read counts what was read before the error; a file of a profile `--profile` leaves out counts 0,
  /// as `run` skips it.
  public func countCases(files: [String]) -> Int {
    let validator = SchemaValidator(schema: VectorSchema.document)
    var total = 0
    for path in files {
      guard let reader = try? VectorReader(path: path, validator: validator) else { continue }
      if !options.profiles.isEmpty, !options.profiles.contains(reader.header.profile) { continue }
      while let chunk = try? reader.nextPending(limit: 4096), !chunk.isEmpty { total += chunk.count }
    }
    return total
  }

  private func record(_ vector: VectorCase, _ outcome: CaseOutcome, file: inout FileReport, report: inout RunReport) {
    let listed = options.expectedFailures.contains(vector.id)
    let verdict: Verdict
    switch outcome {
    case .pass: verdict = listed ? .unexpectedPass : .passed
    case .fail: verdict = listed ? .expectedFailure : .failed
    case .error: verdict = listed ? .expectedFailure : .error
    case .skip: verdict = .skipped
    }
    file.counts.add(verdict)
    if verdict == .skipped { report.skippedByMethod[vector.method, default: 0] += 1 }
    for flag in vector.flags { report.flags[flag, default: OutcomeCounts()].add(verdict) }
    file.record(CaseResult(vector: vector, outcome: outcome, verdict: verdict), keepPassing: options.keepPassingResults)
  }
}

/// Work on `0..<count` split into contiguous shares, each run on a thread of its own (the first on the
/// calling thread); results in share order. Unlike `ContiguousShares`, which is for work that keeps a core
/// busy, the number of threads is not limited to the cores: a job blocked on its target must not hold up the
/// others.
enum ThreadShares {
  static func map<Result>(
    count: Int, workers: Int, _ body: @escaping (_ worker: Int, _ range: Range<Int>) -> Result
  ) -> [Result] {
    let shares = max(1, min(workers, count))
    guard count > 0 else { return [] }
    let size = (count + shares - 1) / shares
    let ranges = (0..<shares).map { $0 * size..<min(($0 + 1) * size, count) }.filter { !$0.isEmpty }
    guard ranges.count > 1 else { return [body(0, ranges[0])] }
    // The body escapes into threads that may still hold it for a moment after they signal the group.
    let shared = SharedCall(call: body)
    let slots = ResultSlots<Result>(count: ranges.count)
    let group = DispatchGroup()
    for index in ranges.indices.dropFirst() {
      group.enter()
      Thread {
        slots.set(index, shared.call(index, ranges[index]))
        group.leave()
      }.start()
    }
    slots.set(0, body(0, ranges[0]))
    group.wait()
    return slots.values.map { $0! }
  }

  /// The body, shared by the threads (each calls it on its own range).
  private struct SharedCall<Result>: @unchecked Sendable {
    let call: (Int, Range<Int>) -> Result
  }

  /// One result per share, each written by one thread.
  private final class ResultSlots<Result>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    var values: [Result?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}

/// One job: its target and a schema validator of its own (compiled patterns are not used by two threads at
/// once; the main thread borrows the first job's validator to open files while the jobs are idle).
final class Worker: @unchecked Sendable {
  private let makeTarget: () throws -> any VectorTarget
  private var startedTarget: (any VectorTarget)?
  let options: RunOptions
  let validator = SchemaValidator(schema: VectorSchema.document)

  init(makeTarget: @escaping () throws -> any VectorTarget, options: RunOptions) {
    self.makeTarget = makeTarget
    self.options = options
  }

  /// Whether this job has started its target.
  var hasTarget: Bool { startedTarget != nil }

  /// The job's target, started on first use (a target that cannot be started answers every call as broken).
  var target: any VectorTarget {
    if let startedTarget { return startedTarget }
    let target: any VectorTarget
    do {
      target = try makeTarget()
    } catch {
      target = UnavailableTarget(reason: "cannot start the target: \(error)")
    }
    startedTarget = target
    return target
  }

  /// Finishes the target, if one was started: the protocol violations it committed on the way out.
  func finish() -> [String] {
    startedTarget?.finish() ?? []
  }

  /// What a file's cases share.
  struct FileContext: Sendable {
    let path: String
    let flags: Set<String>
  }

  /// One case after a job handled it. `line` is set for JSON Lines cases, whose ids the main thread checks
  /// for uniqueness in file order (JSON files were checked when they were opened).
  enum Step: Sendable {
    /// The case could not be decoded: the file is bad from here on.
    case invalid(VectorFileError)
    /// Decoded but not selected by the filters.
    case filteredOut(id: String, line: Int?)
    /// Run and judged.
    case judged(VectorCase, CaseOutcome, line: Int?)
  }

  /// Splits `chunk` across the workers, each handling a contiguous share; steps come back in chunk order.
  static func process(_ chunk: [VectorReader.Pending], workers: [Worker], context: FileContext) -> [Step] {
    ThreadShares.map(count: chunk.count, workers: workers.count) { index, range in
      workers[index].handle(chunk[range], context: context)
    }.flatMap { $0 }
  }

  /// Decodes, filters, answers and judges a share of a chunk.
  func handle(_ share: ArraySlice<VectorReader.Pending>, context: FileContext) -> [Step] {
    var steps: [Step] = []
    var selected: [VectorCase] = []
    for pending in share {
      let vector: VectorCase
      let line: Int?
      switch pending {
      case .decoded(let decoded):
        (vector, line) = (decoded, nil)
      case .raw(let bytes, let number):
        do {
          vector = try VectorReader.decode(
            bytes, line: number, path: context.path, validator: validator, flags: context.flags)
        } catch {
          steps.append(.invalid(error))
          return judge(selected, steps)
        }
        line = number
      }
      if options.selects(vector) {
        selected.append(vector)
        steps.append(.judged(vector, .error(reason: "the case was not answered"), line: line))
      } else {
        steps.append(.filteredOut(id: vector.id, line: line))
      }
    }
    return judge(selected, steps)
  }

  /// Answers the selected cases with one call to the target and puts their outcomes into `steps`.
  private func judge(_ selected: [VectorCase], _ steps: [Step]) -> [Step] {
    guard !selected.isEmpty else { return steps }
    let answers = target.answer(selected.map { (method: $0.method, params: $0.params) })
    // A target that returns fewer answers than calls leaves the rest judged as errors, never as passes.
    var outcomes = zip(selected, answers).map { ResultComparison.judge($0, answer: $1) }[...]
    return steps.map { step in
      guard case .judged(let vector, _, let line) = step, let outcome = outcomes.popFirst() else { return step }
      return .judged(vector, outcome, line: line)
    }
  }
}
