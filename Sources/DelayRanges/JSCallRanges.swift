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

public import JSV2Retry
import JSValueModel

/// Exact per-attempt delay ranges of js-v2's retrying calls (`js.v2.simulate`, `js.v2.handleRequestWithRetries`)
/// over every `Math.random()` value.
///
/// Each round that draws takes one value, and its delay is a function of that value alone:
/// `Math.random() * (Math.pow(2, retryCount) * base)` (`lib/util.js:891`), then `|| 0` (`lib/event_listeners.js:568`)
/// or `+ retryAfter` (`lib/util.js:913`), or a constant when a listener threw. Nothing else reads the value, but
/// whether the round retries does: it retries only when the delay is `>= 0` (`lib/event_listeners.js:588`,
/// `lib/util.js:911`). A negative `base` gives negative delays (or `-0`, which retries, for the draw 0 and for
/// products that round to zero); an infinite product gives NaN at the draw 0. The product is monotonic in the
/// draw, so the draws that retry form one interval, and the later rounds are the same for every draw in it. The
/// ranges follow the branch on which every round retries whenever some draw lets it; a round where some draws
/// retry and others end the call is a fork, reported with both sets.
public enum JSCallRanges {
  /// A run of the reference with the given `Math.random()` values.
  public typealias Run = ([Double]) throws(JSSimulationFailure) -> JSCallResult

  /// Where the call's rules live, for the sentences.
  public enum Method: Sendable {
    /// `js.v2.simulate`: `delay || 0` in `RETRY_CHECK`, retried when `>= 0` in `RESET_RETRY_STATE`.
    case serviceCall
    /// `js.v2.handleRequestWithRetries`: retried when `delay >= 0`, then `retryAfter` is added.
    case metadata

    var retryRule: String {
      switch self {
      case .serviceCall: "lib/event_listeners.js:568,588"
      case .metadata: "lib/util.js:911-913"
      }
    }
  }

  /// One round that draws, on the followed branch.
  public struct Round: Sendable {
    /// Which draw of the call this is (0-based).
    public var drawIndex: Int
    /// The index in `delays` of the delay this round makes (or would make).
    public var delayIndex: Int
    /// The delays over the draws that retry; nil when no draw does (the call ends here).
    public var retried: JSDelayRanges.Range?
    /// The delays over the draws that end the call here; nil when every draw retries.
    public var stopped: JSDelayRanges.Range?

    /// Whether the call forks here: some draws retry, others end it.
    public var forks: Bool { retried != nil && stopped != nil }
  }

  /// The ranges of a whole call.
  public struct Outcome: Sendable {
    /// The rounds that draw, in order.
    public var rounds: [Round]
    /// The draws of the followed branch (each round's smallest retried delay, or its smallest delay).
    public var random: [Double]
  }

  /// The draws V8 makes, as integers k for k × 2^-52.
  static let largestK: UInt64 = (1 << 52) - 1

  static func draw(_ k: UInt64) -> Double { Double(k) * 0x1p-52 }

  /// A draw as JS prints it.
  static func shown(_ k: UInt64) -> String { JSNumerics.numberToString(draw(k)) }

  /// Analyses the call that `run` makes; `limit` bounds the draws a run can take (the attempt limit).
  public static func analyse(_ method: Method, limit: Int, run: Run) throws(JSSimulationFailure) -> Outcome {
    var prefix: [Double] = []
    var rounds: [Round] = []
    let probes: [UInt64] = [0, 1, largestK]
    while true {
      let i = prefix.count
      let pad = max(limit + 1 - i, 1)
      var runs: [JSCallResult] = []
      for k in probes {
        runs.append(try run(prefix + Array(repeating: draw(k), count: pad)))
      }
      // Rounds where the three probes agree are decided alike by every draw (the retried draws are one
      // interval, and the draw 0 retries unless the product is NaN or infinite, when 1 does).
      var j = i
      var fork: Int?
      while runs.allSatisfy({ j < $0.drawOutcomes.count }) {
        let outcomes = runs.map { $0.drawOutcomes[j] }
        guard outcomes.allSatisfy({ $0.retried == outcomes[0].retried }) else {
          fork = j
          break
        }
        let candidates = zip(probes, outcomes).map { Candidate(k: $0, value: $1.delay) }
        let range = bounds(candidates, whole: true, method: method, retried: outcomes[0].retried)
        rounds.append(
          Round(
            drawIndex: j, delayIndex: outcomes[0].delayIndex, retried: outcomes[0].retried ? range : nil,
            stopped: outcomes[0].retried ? nil : range))
        j += 1
      }
      prefix += rounds[i..<j].map { $0.retried?.min.draws.first ?? $0.stopped?.min.draws.first ?? 0 }
      guard let fork else {
        // Every probe ended at the same round (a round that stops, or a round that draws no more).
        return Outcome(rounds: rounds, random: prefix)
      }
      // The fork: find where the outcome changes among the draws k >= 1 (the product is monotonic there).
      // The probe runs share the prefix, so their outcomes at the fork are those of their draws.
      var known = Dictionary(uniqueKeysWithValues: zip(probes, runs.map { $0.drawOutcomes[fork] }))
      func outcome(_ k: UInt64) throws(JSSimulationFailure) -> JSDrawOutcome {
        if let outcome = known[k] { return outcome }
        let outcome = try run(prefix + [draw(k)] + Array(repeating: 0, count: pad)).drawOutcomes[fork]
        known[k] = outcome
        return outcome
      }
      let atZero = runs[0].drawOutcomes[fork]
      let atOne = runs[1].drawOutcomes[fork]
      let atMax = runs[2].drawOutcomes[fork]
      var retriedSet: [ClosedRange<UInt64>] = []
      var stoppedSet: [ClosedRange<UInt64>] = []
      func add(_ part: ClosedRange<UInt64>, retried: Bool) {
        if retried { retriedSet.append(part) } else { stoppedSet.append(part) }
      }
      add(0...0, retried: atZero.retried)
      if atOne.retried == atMax.retried {
        add(1...largestK, retried: atOne.retried)
      } else {
        // The last k with atOne's outcome.
        var low: UInt64 = 1
        var high = largestK
        while high - low > 1 {
          let middle = low + (high - low) / 2
          if try outcome(middle).retried == atOne.retried { low = middle } else { high = middle }
        }
        add(1...low, retried: atOne.retried)
        add(high...largestK, retried: atMax.retried)
      }
      func range(_ set: [ClosedRange<UInt64>], retried: Bool) throws(JSSimulationFailure) -> JSDelayRanges.Range {
        var candidates: [Candidate] = []
        for part in set {
          for k in Set([part.lowerBound, part.upperBound]) {
            candidates.append(Candidate(k: k, value: try outcome(k).delay))
          }
        }
        var range = bounds(candidates, whole: false, method: method, retried: retried)
        if !retried {
          range.notes.append("These delays are not >= 0: the attempt is not retried (\(method.retryRule)).")
        }
        range.notes.append(
          (retried ? "The attempt retries for " : "The call ends here for ")
            + set.map { "Math.random() in [\(shown($0.lowerBound)), \(shown($0.upperBound))]" }.joined(
              separator: " and ")
            + " (\(method.retryRule)).")
        return range
      }
      let retried = try range(retriedSet, retried: true)
      let stopped = try range(stoppedSet, retried: false)
      rounds.append(Round(drawIndex: fork, delayIndex: atZero.delayIndex, retried: retried, stopped: stopped))
      prefix.append(retried.min.draws[0])
    }
  }

  struct Candidate {
    var k: UInt64
    var value: JSValue
  }

  /// The smallest and largest of `candidates` in numeric order (-0 below +0, NaN only when nothing else).
  static func bounds(_ candidates: [Candidate], whole: Bool, method: Method, retried: Bool) -> JSDelayRanges.Range {
    func number(_ candidate: Candidate) -> Double { candidate.value.toNumber }
    func below(_ a: Candidate, _ b: Candidate) -> Bool {
      let (x, y) = (number(a), number(b))
      if x.isNaN { return false }
      if y.isNaN { return true }
      return x < y || (x == y && x.sign == .minus && y.sign == .plus) || (x == y && x.sign == y.sign && a.k < b.k)
    }
    var low = candidates[0]
    var high = candidates[0]
    for candidate in candidates.dropFirst() {
      if below(candidate, low) { low = candidate }
      if below(high, candidate) || number(high).isNaN { high = candidate }
    }
    func bound(_ candidate: Candidate) -> JSDelayRanges.Range.Bound {
      let position: String
      switch candidate.k {
      case 0: position = "the smallest draw"
      case largestK: position = "the largest draw V8 makes"
      default: position = whole ? "the draw 2^-52" : "an end of the draws that \(retried ? "retry" : "end the call")"
      }
      return JSDelayRanges.Range.Bound(
        value: candidate.value, draws: [draw(candidate.k)],
        because: "Math.random() = \(shown(candidate.k)), \(position): delay \(candidate.value.toJSString) "
          + "(lib/util.js:891, \(method.retryRule))")
    }
    var notes: [String] = []
    for candidate in candidates where number(candidate).isNaN && !number(low).isNaN {
      notes.append("Math.random() = \(shown(candidate.k)) gives NaN.")
    }
    if !retried, whole {
      notes.append("No draw makes this attempt retry: the call ends here whatever the draw.")
    }
    return JSDelayRanges.Range(min: bound(low), max: bound(high), drawCount: (1, 1), notes: notes)
  }
}
