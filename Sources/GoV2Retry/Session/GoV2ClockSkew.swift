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

/// The clock-skew candidate of one response (`aws/middleware/middleware.go:59-125`) and Go's `time.Time`
/// arithmetic it uses, on a virtual clock of Unix nanoseconds.
public enum GoV2ClockSkew {
  /// `computeClockSkew(serverTime, requestAt, responseAt, hasAgeHeader)` (`middleware.go:109-125`), with
  /// `serverTime` the parsed `Date` (nil when absent or unparsable) and the other instants in Unix nanoseconds.
  public static func candidate(
    serverTime: GoHTTPDate.Instant?, requestAt: Int64, responseAt: Int64, hasAgeHeader: Bool
  ) -> Int64? {
    // serverTime.IsZero() (no Date, or one that failed to parse, or year 1's first instant) gives none.
    guard let serverTime, !serverTime.isZero, !hasAgeHeader else { return nil }
    let elapsed = sub(responseAt, requestAt)
    // maxTrustedRequestDuration = 15 minutes (middleware.go:101).
    if elapsed > 15 * 60 * 1_000_000_000 { return nil }
    // requestAt.Add(elapsed / 2): Duration division truncates toward zero.
    let midpoint = Int128(requestAt) + Int128(elapsed / 2)
    return saturate(serverTime.unixNanoseconds - midpoint)
  }

  /// `t.Sub(u)` for wall-clock times: the exact difference, saturated to the Duration range (`time/time.go`).
  static func sub(_ t: Int64, _ u: Int64) -> Int64 { saturate(Int128(t) - Int128(u)) }

  static func saturate(_ value: Int128) -> Int64 {
    if value > Int128(Int64.max) { return Int64.max }
    if value < Int128(Int64.min) { return Int64.min }
    return Int64(value)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}
