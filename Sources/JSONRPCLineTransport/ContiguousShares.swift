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

/// Work on `0..<count` split into contiguous shares, one per worker, run in parallel; the results come back in
/// share order. The server's batches, the runner's chunks and the generator's chunks are all split this way.
public enum ContiguousShares {
  /// Runs `body(worker, range)` once for each non-empty share, on up to `workers` threads, and returns the
  /// results in share order (one thread and no dispatch when a single share suffices). The calls run
  /// concurrently: `body` may read what it captures, and must not mutate anything shared.
  public static func map<Result>(
    count: Int, workers: Int, _ body: (_ worker: Int, _ range: Range<Int>) -> Result
  ) -> [Result] {
    let shares = max(1, min(workers, count))
    guard count > 0 else { return [] }
    guard shares > 1 else { return [body(0, 0..<count)] }
    let size = (count + shares - 1) / shares
    let slots = Slots<Result>(count: shares)
    withoutActuallyEscaping(body) { body in
      let shared = SharedBody(call: body)
      DispatchQueue.concurrentPerform(iterations: shares) { worker in
        let lower = worker * size
        let upper = min(lower + size, count)
        guard lower < upper else { return }
        slots.set(worker, shared.call(worker, lower..<upper))
      }
    }
    return slots.results
  }

  /// The body, handed to every thread (its contract above is what makes sharing it safe).
  private struct SharedBody<Result>: @unchecked Sendable {
    let call: (Int, Range<Int>) -> Result
  }

  /// One result per share, each written by one thread.
  private final class Slots<Result>: @unchecked Sendable {
    private var values: [Result?]
    private let lock = NSLock()

    init(count: Int) {
      values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }

    var results: [Result] { values.compactMap { $0 } }
  }
}
