import ConformJSON
import ConformServer
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
  /// Keep the ids of passing cases in the report (`FileReport.passedIDs`, for JUnit output).
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

  /// Runs every file. `progress` is called after each chunk with the cases done so far.
  ///
  /// The main thread reads each file in chunks; every job decodes and validates its share of a chunk, asks
  /// its own target, and judges the answers; the main thread then records the outcomes in file order. Memory
  /// holds one chunk, whatever the number of cases.
  public func run(files: [String], progress: ((_ file: String, _ done: Int) -> Void)? = nil) -> RunReport {
    var report = RunReport()
    let jobs = max(1, options.jobs)
    var workers: [Worker] = []
    do {
      for _ in 0..<jobs { workers.append(Worker(target: try makeTarget(), options: options)) }
    } catch {
      let unavailable = UnavailableTarget(reason: "cannot start the target: \(error)")
      workers = (0..<jobs).map { _ in Worker(target: unavailable, options: options) }
    }
    var done = 0
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
              record(vector, outcome, file: &file, report: &report)
            }
          }
          done += chunk.count
          progress?(path, done)
        }
      } catch {
        file.fileError = error
      }
      report.files.append(file)
    }
    return report
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
    file.record(CaseResult(vector: vector, outcome: outcome, verdict: verdict), keepPassing: options.keepPassingResults)
  }
}

/// One job: its target and a schema validator of its own (compiled patterns are not used by two threads at
/// once; the main thread borrows the first job's validator to open files while the jobs are idle).
final class Worker: @unchecked Sendable {
  let target: any VectorTarget
  let options: RunOptions
  let validator = SchemaValidator(schema: VectorSchema.document)

  init(target: any VectorTarget, options: RunOptions) {
    self.target = target
    self.options = options
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
    ContiguousShares.map(count: chunk.count, workers: workers.count) { index, range in
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
          vector = try VectorReader.decode(bytes, line: number, path: context.path, validator: validator, flags: context.flags)
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
