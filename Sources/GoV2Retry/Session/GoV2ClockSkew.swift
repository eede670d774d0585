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
  /// A `Date` value in the one form this reference reads: RFC 7231's IMF-fixdate exactly as
  /// `"Mon, 02 Jan 2006 15:04:05 GMT"` lays it out (a day and month name with that capitalisation, two-digit
  /// day, four-digit year, two-digit hour, minute and second in range), which `smithytime.ParseHTTPDate`'s
  /// first layout parses to the same instant; the result is whole Unix seconds. Nil for any other text.
  public static func parseIMFFixdate(_ text: String) -> Int64? {
    let b = Array(text.utf8)
    guard b.count == 29 else { return nil }
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func slice(_ from: Int, _ count: Int) -> String { String(decoding: b[from..<from + count], as: UTF8.self) }
    func number(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in b[from..<from + count] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard days.contains(slice(0, 3)), slice(3, 2) == ", ", b[7] == UInt8(ascii: " "),
      let monthIndex = months.firstIndex(of: slice(8, 3)), b[11] == UInt8(ascii: " "), b[16] == UInt8(ascii: " "),
      b[19] == UInt8(ascii: ":"), b[22] == UInt8(ascii: ":"), slice(25, 4) == " GMT",
      let day = number(5, 2), let year = number(12, 4), let hour = number(17, 2), let minute = number(20, 2),
      let second = number(23, 2)
    else { return nil }
    let month = monthIndex + 1
    // time.Parse's range checks (time/format.go): the weekday name is read but never checked.
    guard day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 60 else { return nil }
    return daysFromCivil(year: year, month: month, day: day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
  }

  /// `computeClockSkew(serverTime, requestAt, responseAt, hasAgeHeader)` (`middleware.go:109-125`), with
  /// `serverTime` in Unix seconds and the other instants in Unix nanoseconds.
  public static func candidate(serverSeconds: Int64?, requestAt: Int64, responseAt: Int64, hasAgeHeader: Bool) -> Int64?
  {
    guard let serverSeconds, !hasAgeHeader else { return nil }
    let elapsed = sub(responseAt, requestAt)
    // maxTrustedRequestDuration = 15 minutes (middleware.go:101).
    if elapsed > 15 * 60 * 1_000_000_000 { return nil }
    // requestAt.Add(elapsed / 2): Duration division truncates toward zero.
    let midpoint = Int128(requestAt) + Int128(elapsed / 2)
    return saturate(Int128(serverSeconds) * 1_000_000_000 - midpoint)
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
