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

/// Exact per-attempt delay ranges of a session (`go.v2.session`, `js.v3.session`) whose control flow does not
/// read the draws and in which each delay is a function of its own draw alone.
///
/// Under those two conditions (the callers check them: `spec/ask.md`) a run in which every draw is `k` gives, for
/// each attempt that draws, exactly the delay that attempt makes with the draw `k`, whatever the other draws are.
/// Each such delay is monotonic in its draw (the backoff formulas: `GoV2DelayRanges`, `JSV3DelayRanges`; the
/// `Retry-After` clamps are monotonic in the backoff), so its bounds are among the runs with the probe draws
/// (smallest, next, largest; the next one matters where the smallest gives NaN). The runs are the reference's own.
public enum SessionDelayRanges {
  /// What one attempt of a run did: how many draws it took, and its delay (nil: it did not sleep).
  public struct Step<Value: Sendable>: Sendable {
    /// Draws the attempt took (0 or 1).
    public var draws: Int
    /// The delay after the attempt, nil when there is none.
    public var delay: Value?
    /// Everything else the attempt decided, in words (outcomes, quotas): must not depend on the draws.
    public var shape: String

    /// Creates a step.
    public init(draws: Int, delay: Value?, shape: String) {
      self.draws = draws
      self.delay = delay
      self.shape = shape
    }
  }

  /// Why no ranges were computed.
  public enum Failure<RunError: Error>: Error {
    /// A run failed.
    case run(RunError)
    /// The probe runs differ in something other than the delays: the conditions do not hold.
    case drawDependent(String)
  }

  /// The probe draws and how to order values and draws.
  public struct Domain<Value: Sendable, Draw: Sendable> {
    /// The smallest draw, the one after it, and the largest.
    public var probes: (smallest: Draw, next: Draw, largest: Draw)
    /// Whether `a` comes before `b`.
    public var below: (Value, Value) -> Bool

    /// Creates a domain.
    public init(probes: (smallest: Draw, next: Draw, largest: Draw), below: @escaping (Value, Value) -> Bool) {
      self.probes = probes
      self.below = below
    }
  }

  /// The ranges of every step of the run (nil for a step without a delay), in order.
  public static func analyse<Value: Sendable, Draw: Sendable, RunError: Error>(
    _ domain: Domain<Value, Draw>, describe: (Draw) -> String,
    run: (Draw) throws(RunError) -> [Step<Value>]
  ) throws(Failure<RunError>) -> [DelayRange<Value, Draw>?] {
    func steps(_ draw: Draw) throws(Failure<RunError>) -> [Step<Value>] {
      do {
        return try run(draw)
      } catch {
        throw .run(error)
      }
    }
    let probes = [domain.probes.smallest, domain.probes.next, domain.probes.largest]
    var runs: [[Step<Value>]] = []
    for probe in probes { runs.append(try steps(probe)) }
    for other in runs.dropFirst() {
      let same =
        other.count == runs[0].count
        && zip(other, runs[0]).allSatisfy {
          $0.draws == $1.draws && $0.shape == $1.shape && ($0.delay == nil) == ($1.delay == nil)
        }
      guard same else {
        throw .drawDependent("the attempts differ between the draws \(describe(probes[0])) and others")
      }
    }
    var ranges: [DelayRange<Value, Draw>?] = []
    for (index, step) in runs[0].enumerated() {
      guard let first = step.delay else {
        ranges.append(nil)
        continue
      }
      guard step.draws > 0 else {
        let bound = DelayRange<Value, Draw>.Bound(value: first, draws: [], because: "this delay takes no draw")
        ranges.append(DelayRange(min: bound, max: bound, drawCount: (0, 0)))
        continue
      }
      let candidates = zip(probes, runs).map { (draw: $0, value: $1[index].delay!) }
      var low = candidates[0]
      var high = candidates[0]
      for candidate in candidates.dropFirst() {
        if domain.below(candidate.value, low.value) { low = candidate }
        if !domain.below(candidate.value, high.value) { high = candidate }
      }
      func bound(_ candidate: (draw: Draw, value: Value)) -> DelayRange<Value, Draw>.Bound {
        DelayRange<Value, Draw>.Bound(
          value: candidate.value, draws: [candidate.draw],
          because: "the draw \(describe(candidate.draw)), run through the session")
      }
      ranges.append(DelayRange(min: bound(low), max: bound(high), drawCount: (1, 1)))
    }
    return ranges
  }
}
