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

/// ECMAScript's time values (21.4.1): milliseconds since the epoch as a binary64, with the abstract operations
/// `Date.UTC`, `new Date(t)` and the `getUTC…` accessors compute. An Invalid Date holds NaN (V8's quiet NaN,
/// `0x7ff8000000000000`).
public enum JSDate {
  /// msPerDay.
  static let msPerDay = 86_400_000.0

  /// TimeClip (21.4.1.31): NaN outside ±8.64e15, else the value truncated toward zero (`-0` becomes `+0`).
  public static func timeClip(_ time: Double) -> Double {
    guard time.isFinite, abs(time) <= 8.64e15 else { return .nan }
    let truncated = time.rounded(.towardZero)
    return truncated == 0 ? 0 : truncated
  }

  /// ToIntegerOrInfinity on a number: NaN is 0, otherwise truncation toward zero (`-0` becomes `+0`).
  static func toIntegerOrInfinity(_ value: Double) -> Double {
    if value.isNaN { return 0 }
    let truncated = value.rounded(.towardZero)
    return truncated == 0 ? 0 : truncated
  }

  /// DayFromYear (21.4.1.5).
  static func dayFromYear(_ y: Double) -> Double {
    365 * (y - 1970) + ((y - 1969) / 4).rounded(.down) - ((y - 1901) / 100).rounded(.down)
      + ((y - 1601) / 400).rounded(.down)
  }

  /// Whether `y` is a leap year.
  static func isLeap(_ y: Int64) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

  /// The first day of each month in a common year.
  static let monthStarts: [Double] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

  /// MakeTime (21.4.1.27).
  public static func makeTime(_ hour: Double, _ minute: Double, _ second: Double, _ ms: Double) -> Double {
    guard hour.isFinite, minute.isFinite, second.isFinite, ms.isFinite else { return .nan }
    let h = toIntegerOrInfinity(hour)
    let m = toIntegerOrInfinity(minute)
    let s = toIntegerOrInfinity(second)
    let milli = toIntegerOrInfinity(ms)
    return ((h * 3_600_000 + m * 60_000) + s * 1_000) + milli
  }

  /// MakeDay (21.4.1.28), within V8's range (years and months of at most 10^6 and 10^7 in magnitude).
  public static func makeDay(_ year: Double, _ month: Double, _ date: Double) -> Double {
    guard year.isFinite, month.isFinite, date.isFinite else { return .nan }
    let y = toIntegerOrInfinity(year)
    let m = toIntegerOrInfinity(month)
    let dt = toIntegerOrInfinity(date)
    guard abs(y) <= 1_000_000, abs(m) <= 10_000_000 else { return .nan }
    let ym = y + (m / 12).rounded(.down)
    let mn = Int(m - (m / 12).rounded(.down) * 12)
    var day = dayFromYear(ym) + monthStarts[mn]
    if mn >= 2, isLeap(Int64(ym)) { day += 1 }
    return day + dt - 1
  }

  /// MakeDate (21.4.1.29).
  public static func makeDate(_ day: Double, _ time: Double) -> Double {
    guard day.isFinite, time.isFinite else { return .nan }
    let tv = day * msPerDay + time
    return tv.isFinite ? tv : .nan
  }

  /// `Date.UTC(year, month, date, hours, minutes, seconds, ms)` (21.4.3.4) for numbers: a year in 0...99 means
  /// 1900 + year (MakeFullYear).
  public static func utc(
    _ year: Double, _ month: Double, _ date: Double, _ hours: Double, _ minutes: Double, _ seconds: Double,
    _ ms: Double
  ) -> Double {
    var fullYear = year
    if !year.isNaN {
      let integer = toIntegerOrInfinity(year)
      if integer >= 0 && integer <= 99 { fullYear = 1900 + integer }
    }
    return timeClip(makeDate(makeDay(fullYear, month, date), makeTime(hours, minutes, seconds, ms)))
  }

  /// The UTC fields of a finite time value: `getUTCFullYear()`, `getUTCMonth()` (0-based), `getUTCDate()`,
  /// `getUTCHours()`, `getUTCMinutes()`, `getUTCSeconds()`, `getUTCMilliseconds()`.
  public struct Fields: Sendable, Equatable {
    /// The year.
    public var year: Double
    /// The month, 0 to 11.
    public var month: Double
    /// The day of the month, 1 to 31.
    public var date: Double
    /// Hours.
    public var hours: Double
    /// Minutes.
    public var minutes: Double
    /// Seconds.
    public var seconds: Double
    /// Milliseconds.
    public var milliseconds: Double
  }

  /// The UTC fields of `time`; nil for an Invalid Date.
  public static func fields(_ time: Double) -> Fields? {
    guard time.isFinite else { return nil }
    let t = Int64(time)
    var days = t / 86_400_000
    var within = t % 86_400_000
    if within < 0 {
      within += 86_400_000
      days -= 1
    }
    // Civil date from days since 1970-01-01 (proleptic Gregorian).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return Fields(
      year: Double(y), month: Double(m - 1), date: Double(d), hours: Double(within / 3_600_000),
      minutes: Double(within / 60_000 % 60), seconds: Double(within / 1_000 % 60), milliseconds: Double(within % 1_000))
  }
}
