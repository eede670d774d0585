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

/// The progress line `conform run` redraws on standard error: `1234/36424 cases (3%), 2 failures, 5120 cases/s:
/// vectors/js-v2-basic.jsonl`.
public enum ProgressLine {
  /// The line's text, without the terminal control that redraws it. `total` is the number of cases the files
  /// hold (0 when unknown: the percent is then left out); `failures` counts failures, errors and unexpected passes.
  public static func render(done: Int, total: Int, failures: Int, casesPerSecond: Int, file: String) -> String {
    var text = "\(done)"
    if total > 0 { text += "/\(total) cases (\(min(100, done * 100 / total))%)" } else { text += " cases" }
    text += ", \(failures) \(failures == 1 ? "failure" : "failures"), \(casesPerSecond) cases/s: \(file)"
    return text
  }
}
