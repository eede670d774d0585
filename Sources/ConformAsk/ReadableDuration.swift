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

/// Durations in the largest unit that keeps them at least 1, written exactly (no rounding).
public enum ReadableDuration {
  /// `59999999` -> `59.999999 ms`, `300000000000` -> `300 s`, `-5` -> `-5 ns`.
  public static func nanoseconds(_ ns: Int64) -> String {
    let magnitude = ns.magnitude
    let units: [(UInt64, String)] = [(1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "µs")]
    for (size, name) in units where magnitude >= size {
      return (ns < 0 ? "-" : "") + decimal(magnitude, size) + " " + name
    }
    return "\(ns) ns"
  }

  /// Milliseconds as seconds, minutes or hours when large (`90000` -> `90 s`).
  public static func milliseconds(_ ms: Double) -> String {
    let seconds = ms / 1000
    if abs(seconds) >= 3600 { return "about \(rounded(seconds / 3600)) h" }
    if abs(seconds) >= 60 { return "about \(rounded(seconds / 60)) min" }
    return "about \(rounded(seconds)) s"
  }

  static func decimal(_ value: UInt64, _ size: UInt64) -> String {
    let whole = value / size
    var fraction = value % size
    guard fraction > 0 else { return String(whole) }
    var digits = String(size).count - 1
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let text = String(fraction)
    return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
  }

  static func rounded(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return scaled == scaled.rounded() ? String(Int64(scaled)) : String(scaled)
  }
}
