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

import JSValueModel

/// `parseRfc7231DateTime` of `serde/date-utils.ts:141-188` for the two forms that end in `GMT` (the only ones
/// `parseRetryAfterHeader` hands it): IMF-fixdate and RFC 850. The result is a time value; nil stands for the
/// `TypeError` the SDK throws (which `parseRetryAfterHeader` catches).
enum RFC7231Date {
  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
  static let shortDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let longDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  /// `DAYS_IN_MONTH` (`date-utils.ts:319`).
  static let daysInMonth: [Double] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  /// `FIFTY_YEARS_IN_MILLIS` (`date-utils.ts:280`).
  static let fiftyYears = 50.0 * 365 * 24 * 60 * 60 * 1000

  /// The fields the regular expressions capture.
  struct Captured {
    var day: String
    var month: String
    var year: String
    var hours: String
    var minutes: String
    var seconds: String
    var fraction: String?
  }

  /// The time value of `value`, or nil when the SDK throws; `now` is the clock (`new Date()`) for RFC 850 years.
  static func parse(_ value: String, now: Double) -> Double? {
    let scalars = Array(value.unicodeScalars)
    if let fields = match(scalars, days: shortDays, dateSeparator: " ", yearDigits: 4) {
      // IMF_FIXDATE (`date-utils.ts:120-122`, `:149-158`).
      guard let month = monthNumber(fields.month) else { return nil }
      return buildDate(
        year: Double(stripLeadingZeroes(fields.year))!, month: month, dayText: fields.day, fields: fields)
    }
    if let fields = match(scalars, days: longDays, dateSeparator: "-", yearDigits: 2) {
      // RFC_850_DATE (`date-utils.ts:123-125`, `:160-174`).
      guard let month = monthNumber(fields.month) else { return nil }
      let year = twoDigitYear(fields.year, now: now)
      guard let date = buildDate(year: year, month: month, dayText: fields.day, fields: fields) else { return nil }
      return adjustRfc850Year(date, now: now)
    }
    return nil
  }

  /// `^(?:days), (\d{2})SEP(month)SEP(\d{yearDigits}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$`.
  static func match(_ s: [Unicode.Scalar], days: [String], dateSeparator: Unicode.Scalar, yearDigits: Int)
    -> Captured?
  {
    var i = 0
    func literal(_ text: String) -> Bool {
      let scalars = Array(text.unicodeScalars)
      guard i + scalars.count <= s.count, Array(s[i..<i + scalars.count]) == scalars else { return false }
      i += scalars.count
      return true
    }
    func digits(_ count: Int) -> String? {
      guard i + count <= s.count, s[i..<i + count].allSatisfy(isDigit) else { return nil }
      defer { i += count }
      return String(String.UnicodeScalarView(s[i..<i + count]))
    }
    guard
      days.contains(where: { name in
        let start = i
        if literal(name) { return true }
        i = start
        return false
      })
    else { return nil }
    guard literal(", "), let day = digits(2), literal(String(dateSeparator)) else { return nil }
    guard
      let month = months.first(where: { name in
        let start = i
        if literal(name) { return true }
        i = start
        return false
      })
    else { return nil }
    guard literal(String(dateSeparator)), let year = digits(yearDigits), literal(" ") else { return nil }
    var hourCount = 0
    while hourCount < 2, i + hourCount < s.count, isDigit(s[i + hourCount]) { hourCount += 1 }
    guard hourCount > 0, let hours = digits(hourCount), literal(":"), let minutes = digits(2), literal(":"),
      let seconds = digits(2)
    else { return nil }
    var fraction: String?
    if i < s.count, s[i] == "." {
      var count = 0
      while i + 1 + count < s.count, isDigit(s[i + 1 + count]) { count += 1 }
      if count > 0 {
        i += 1
        fraction = digits(count)
      }
    }
    guard literal(" GMT"), i == s.count else { return nil }
    return Captured(
      day: day, month: month, year: year, hours: hours, minutes: minutes, seconds: seconds, fraction: fraction)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  /// `stripLeadingZeroes` (`date-utils.ts:375-384`).
  static func stripLeadingZeroes(_ value: String) -> String {
    var text = Substring(value)
    while text.count > 1, text.first == "0" { text = text.dropFirst() }
    return String(text)
  }

  /// `parseMonthByShortName` (`date-utils.ts:311-317`): 1-based.
  static func monthNumber(_ name: String) -> Double? {
    months.firstIndex(of: name).map { Double($0 + 1) }
  }

  /// `parseDateValue` (`date-utils.ts:342-348`): the value, or nil (a throw) outside `lower...upper`.
  static func dateValue(_ text: String, _ lower: Double, _ upper: Double) -> Double? {
    let value = Double(stripLeadingZeroes(text))!
    return value < lower || value > upper ? nil : value
  }

  /// `buildDate` (`date-utils.ts:237-255`) with `validateDayOfMonth` (`:327-336`) and `parseMilliseconds` (`:350-356`).
  static func buildDate(year: Double, month: Double, dayText: String, fields: Captured) -> Double? {
    guard let day = dateValue(dayText, 1, 31) else { return nil }
    let adjustedMonth = month - 1
    var maxDays = daysInMonth[Int(adjustedMonth)]
    if adjustedMonth == 1, isLeapYear(year) { maxDays = 29 }
    if day > maxDays { return nil }
    guard let hours = dateValue(fields.hours, 0, 23), let minutes = dateValue(fields.minutes, 0, 59),
      let seconds = dateValue(fields.seconds, 0, 60)
    else { return nil }
    // strictParseFloat32("0." + value) * 1000: parseFloat of a plain decimal literal.
    let milliseconds = fields.fraction.map { JSNumerics.stringToNumber("0." + $0) * 1000 } ?? 0
    return JSDate.utc(year, adjustedMonth, day, hours, minutes, seconds, milliseconds)
  }

  /// `isLeapYear` (`date-utils.ts:338-340`).
  static func isLeapYear(_ year: Double) -> Bool {
    year.truncatingRemainder(dividingBy: 4) == 0
      && (year.truncatingRemainder(dividingBy: 100) != 0 || year.truncatingRemainder(dividingBy: 400) == 0)
  }

  /// `parseTwoDigitYear` (`date-utils.ts:268-278`): this century, or the next when that is already past.
  static func twoDigitYear(_ text: String, now: Double) -> Double {
    let thisYear = JSDate.fields(now)!.year
    let value = (thisYear / 100).rounded(.down) * 100 + Double(stripLeadingZeroes(text))!
    return value < thisYear ? value + 100 : value
  }

  /// `adjustRfc850Year` (`date-utils.ts:294-309`): a date more than fifty years ahead moves back a century.
  static func adjustRfc850Year(_ time: Double, now: Double) -> Double {
    guard time - now > fiftyYears, let f = JSDate.fields(time) else { return time }
    return JSDate.utc(f.year - 100, f.month, f.date, f.hours, f.minutes, f.seconds, f.milliseconds)
  }
}
