public import ConformJSON
import Foundation

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
  /// Keep passing cases in the report (for JUnit output).
  public var keepPassingResults = false

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

  /// Runs every file. `progress` is called after each batch with the cases done so far.
  public func run(files: [String], progress: ((_ file: String, _ done: Int) -> Void)? = nil) -> RunReport {
    var report = RunReport()
    let jobs = max(1, options.jobs)
    var targets: [any VectorTarget] = []
    var targetError: String?
    do {
      for _ in 0..<jobs { targets.append(try makeTarget()) }
    } catch {
      targetError = "cannot start the target: \(error)"
    }
    var done = 0
    for path in files {
      var file = FileReport(path: path)
      let reader: VectorReader
      do {
        reader = try VectorReader(path: path)
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
      var batch: [VectorCase] = []
      func flush() {
        guard !batch.isEmpty else { return }
        let answers = answer(batch, targets: targets, targetError: targetError)
        for (vector, answer) in zip(batch, answers) {
          record(vector, ResultComparison.judge(vector, answer: answer), file: &file, report: &report)
        }
        done += batch.count
        batch.removeAll(keepingCapacity: true)
        progress?(path, done)
      }
      do {
        while let vector = try reader.next() {
          guard options.selects(vector) else { continue }
          batch.append(vector)
          if batch.count >= options.batchSize * jobs { flush() }
        }
        flush()
      } catch {
        flush()
        file.fileError = error
      }
      report.files.append(file)
    }
    return report
  }

  /// Answers a batch, split across the jobs' targets.
  private func answer(_ batch: [VectorCase], targets: [any VectorTarget], targetError: String?) -> [TargetAnswer] {
    if let targetError { return batch.map { _ in .broken(targetError) } }
    let calls = batch.map { (method: $0.method, params: $0.params) }
    if targets.count == 1 { return targets[0].answer(calls) }
    let slices = stride(from: 0, to: calls.count, by: (calls.count + targets.count - 1) / targets.count).map {
      Array(calls[$0..<min($0 + (calls.count + targets.count - 1) / targets.count, calls.count)])
    }
    let results = AnswerSlots(count: slices.count)
    DispatchQueue.concurrentPerform(iterations: slices.count) { index in
      results.set(index, targets[index].answer(slices[index]))
    }
    return results.joined()
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
    for flag in vector.flags { report.flags[flag, default: OutcomeCounts()].add(verdict) }
    if verdict != .passed || options.keepPassingResults {
      file.results.append(CaseResult(vector: vector, outcome: outcome, verdict: verdict))
    }
  }
}

/// Per-job answer slots filled concurrently, each slot by one job.
private final class AnswerSlots: @unchecked Sendable {
  private var slots: [[TargetAnswer]]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: [], count: count)
  }

  func set(_ index: Int, _ answers: [TargetAnswer]) {
    lock.lock()
    slots[index] = answers
    lock.unlock()
  }

  func joined() -> [TargetAnswer] { slots.flatMap { $0 } }
}
