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

/// Counts of outcomes.
public struct OutcomeCounts: Sendable, Equatable {
  /// Cases whose answer matched.
  public var passed = 0
  /// Cases whose answer differed (not listed as expected failures).
  public var failed = 0
  /// Cases not run.
  public var skipped = 0
  /// Cases that could not be judged.
  public var errors = 0
  /// Listed expected failures that did fail.
  public var expectedFailures = 0
  /// Listed expected failures that passed: reported so the list shrinks.
  public var unexpectedPasses = 0

  /// Creates zero counts.
  public init() {}

  /// All cases counted.
  public var total: Int { passed + failed + skipped + errors + expectedFailures + unexpectedPasses }

  /// Whether anything should make the run fail.
  public var hasFailures: Bool { failed + errors + unexpectedPasses > 0 }

  mutating func add(_ verdict: Verdict) {
    switch verdict {
    case .passed: passed += 1
    case .failed: failed += 1
    case .skipped: skipped += 1
    case .error: errors += 1
    case .expectedFailure: expectedFailures += 1
    case .unexpectedPass: unexpectedPasses += 1
    }
  }

  static func += (lhs: inout OutcomeCounts, rhs: OutcomeCounts) {
    lhs.passed += rhs.passed
    lhs.failed += rhs.failed
    lhs.skipped += rhs.skipped
    lhs.errors += rhs.errors
    lhs.expectedFailures += rhs.expectedFailures
    lhs.unexpectedPasses += rhs.unexpectedPasses
  }
}

/// How a case counts, after the expected-failures list is applied.
public enum Verdict: String, Sendable, Equatable {
  /// Matched.
  case passed
  /// Differed.
  case failed
  /// Not run.
  case skipped
  /// Could not be judged.
  case error
  /// Differed, as the expected-failures list says.
  case expectedFailure = "expected-failure"
  /// Matched although the expected-failures list says it should not.
  case unexpectedPass = "unexpected-pass"
}

/// One case's result.
public struct CaseResult: Sendable, Equatable {
  /// The case.
  public var vector: VectorCase
  /// What happened.
  public var outcome: CaseOutcome
  /// How it counts.
  public var verdict: Verdict
}

/// The results of one vector file.
public struct FileReport: Sendable, Equatable {
  /// The file.
  public var path: String
  /// Its profile, when the header could be read.
  public var profile: String?
  /// The reason the file could not be used, if it could not.
  public var fileError: VectorFileError?
  /// Outcome counts.
  public var counts = OutcomeCounts()
  /// Every case that did not pass, in file order.
  public var results: [CaseResult] = []
  /// The ids of the passing cases in file order, when `RunOptions.keepPassingResults` asks for them (JUnit
  /// output lists every case). Nothing else of a passing case is kept, so a long run stays small.
  public var passedIDs = CaseIDs()
  /// For each of `results`, how many of `passedIDs` come before it in the file.
  var passedBefore: [Int] = []

  /// Records a case: its id alone when it passed (if `keepPassing`), its whole result otherwise.
  mutating func record(_ result: CaseResult, keepPassing: Bool) {
    if result.verdict == .passed {
      if keepPassing { passedIDs.append(result.vector.id) }
    } else {
      results.append(result)
      passedBefore.append(passedIDs.count)
    }
  }

  /// Every kept case in file order: a passing one as its id and nil, any other as its id and its result.
  func forEachCase(_ body: (_ id: String, _ result: CaseResult?) -> Void) {
    var nextPassed = passedIDs.startIndex
    for (index, result) in results.enumerated() {
      let before = index < passedBefore.count ? min(passedBefore[index], passedIDs.count) : passedIDs.count
      while nextPassed < before {
        body(passedIDs[nextPassed], nil)
        nextPassed += 1
      }
      body(result.vector.id, result)
    }
    while nextPassed < passedIDs.endIndex {
      body(passedIDs[nextPassed], nil)
      nextPassed += 1
    }
  }
}

/// Case ids packed into one buffer, in the order appended: a few bytes per id, not an allocation each.
public struct CaseIDs: RandomAccessCollection, Sendable, Equatable {
  private var utf8: [UInt8] = []
  private var ends: [Int] = []

  /// An empty list.
  public init() {}

  /// The position of the first id.
  public var startIndex: Int { 0 }
  /// The position after the last id.
  public var endIndex: Int { ends.count }

  /// The id at `position`.
  public subscript(position: Int) -> String {
    String(decoding: utf8[(position == 0 ? 0 : ends[position - 1])..<ends[position]], as: UTF8.self)
  }

  /// Appends `id`.
  public mutating func append(_ id: String) {
    utf8.append(contentsOf: id.utf8)
    ends.append(utf8.count)
  }
}

/// The results of a whole run.
public struct RunReport: Sendable, Equatable {
  /// Per file, in the order run.
  public var files: [FileReport] = []
  /// Per flag.
  public var flags: [String: OutcomeCounts] = [:]
  /// How many cases were skipped, per method (a target answered `-32601` for them).
  public var skippedByMethod: [String: Int] = [:]
  /// Whether a skipped case fails the run (`--require-all`).
  public var requireAll = false
  /// The ids of the expected-failures list that matched no selected case, sorted: the list must stay true.
  public var staleExpectedFailures: [String] = []
  /// Protocol violations a target committed after its last answer (a second answer, an answer to an id never
  /// sent, garbage), each prefixed with the target command.
  public var targetErrors: [String] = []

  /// Totals over every file.
  public var totals: OutcomeCounts {
    var counts = OutcomeCounts()
    for file in files { counts += file.counts }
    return counts
  }

  /// How many files could not be read or failed validation.
  public var badFiles: Int {
    files.count { $0.fileError != nil }
  }

  /// Why the run fails beyond its cases and files, in the order reported: no case ran, every case was
  /// skipped, no case passed, a skip under `--require-all`, stale expected-failure ids, target violations.
  public var problems: [String] {
    var problems: [String] = []
    let totals = totals
    if totals.total == 0 {
      problems.append("no case ran: no file held a case that the filters select")
    } else if totals.skipped == totals.total {
      problems.append("every case was skipped: the target implements none of the methods selected")
    } else if totals.passed + totals.unexpectedPasses == 0 {
      problems.append("no case passed")
    }
    if requireAll, totals.skipped > 0 {
      problems.append("--require-all: \(totals.skipped) case(s) skipped")
    }
    if !staleExpectedFailures.isEmpty {
      let shown = staleExpectedFailures.prefix(20).joined(separator: ", ")
      let more = staleExpectedFailures.count > 20 ? " and \(staleExpectedFailures.count - 20) more" : ""
      problems.append(
        "\(staleExpectedFailures.count) id(s) of --expected-failures match no selected case: \(shown)\(more)")
    }
    problems.append(contentsOf: targetErrors)
    return problems
  }

  /// Whether the run failed: a failing case, an error, an unexpected pass, a bad file, or one of `problems`.
  public var failed: Bool {
    totals.hasFailures || badFiles > 0 || !problems.isEmpty
  }
}
