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

/// V8's marker for a missing component (`dateparser.h`: `kNone = kMaxInt`).
let dateNone = Int(Int32.max)

/// `Between(x, lo, hi)` (`dateparser.h`).
@inline(__always)
func dateBetween(_ x: Int, _ lo: Int, _ hi: Int) -> Bool { x >= lo && x <= hi }

/// `DateParser::DayComposer` (`dateparser.h`, `dateparser.cc`): up to three numbers and a named
/// month, ordered as year-month-day, month-day-year and the named-month orders, with the two-digit year rule.
struct DateDayComposer {
  private var components: [Int] = []
  private var namedMonth = dateNone
  /// Set once the ES5 form has been read: always year-month-day, no two-digit year rule.
  var isISODate = false

  var isEmpty: Bool { components.isEmpty }

  mutating func add(_ n: Int) -> Bool {
    guard components.count < 3 else { return false }
    components.append(n)
    return true
  }

  mutating func setNamedMonth(_ n: Int) { namedMonth = n }

  static func isMonth(_ x: Int) -> Bool { dateBetween(x, 1, 12) }
  static func isDay(_ x: Int) -> Bool { dateBetween(x, 1, 31) }

  /// `DayComposer::Write` (`dateparser.cc`): (year, 0-based month, day), nil when invalid. Missing
  /// components are 1, so the "only one component" branches of V8 never run .
  func write() -> (year: Int, month: Int, day: Int)? {
    guard !components.isEmpty else { return nil }
    var comp = components
    while comp.count < 3 { comp.append(1) }
    var year = 0  // the default year 0 means 2000
    let month: Int
    let day: Int
    if namedMonth == dateNone {
      if isISODate || !Self.isDay(comp[0]) {
        (year, month, day) = (comp[0], comp[1], comp[2])  // YMD
      } else {
        (month, day, year) = (comp[0], comp[1], comp[2])  // MDY
      }
    } else {
      month = namedMonth
      if !Self.isDay(comp[0]) {
        (year, day) = (comp[0], comp[1])  // YMD, MYD or YDM
      } else {
        (day, year) = (comp[0], comp[1])  // DMY, MDY or DYM
      }
    }
    if !isISODate {
      if dateBetween(year, 0, 49) {
        year += 2000
      } else if dateBetween(year, 50, 99) {
        year += 1900
      }
    }
    // Smi::IsValid(year) holds for every year a numeral of nine digits gives.
    guard Self.isMonth(month), Self.isDay(day) else { return nil }
    return (year, month - 1, day)
  }
}

/// `DateParser::TimeComposer` (`dateparser.h`, `dateparser.cc`): hour, minute, second and
/// millisecond with an AM/PM hour offset.
struct DateTimeComposer {
  private var components: [Int] = []
  private var hourOffset = dateNone

  var isEmpty: Bool { components.isEmpty }

  /// Whether `n` fits the next slot after the hour (`dateparser.h`).
  func isExpecting(_ n: Int) -> Bool {
    (components.count == 1 && Self.isMinute(n)) || (components.count == 2 && Self.isSecond(n))
      || (components.count == 3 && Self.isMillisecond(n))
  }

  @discardableResult
  mutating func add(_ n: Int) -> Bool {
    guard components.count < 4 else { return false }
    components.append(n)
    return true
  }

  /// Adds `n` and fills the remaining slots with 0.
  @discardableResult
  mutating func addFinal(_ n: Int) -> Bool {
    guard add(n) else { return false }
    while components.count < 4 { components.append(0) }
    return true
  }

  mutating func setHourOffset(_ n: Int) { hourOffset = n }

  static func isMinute(_ x: Int) -> Bool { dateBetween(x, 0, 59) }
  static func isHour(_ x: Int) -> Bool { dateBetween(x, 0, 23) }
  static func isSecond(_ x: Int) -> Bool { dateBetween(x, 0, 59) }
  static func isMillisecond(_ x: Int) -> Bool { dateBetween(x, 0, 999) }

  /// `TimeComposer::Write` (`dateparser.cc`): missing slots are 0; with AM/PM the hour must be 0-12;
  /// hour 24 only as 24:00:00.000.
  func write() -> (hour: Int, minute: Int, second: Int, millisecond: Int)? {
    var comp = components
    while comp.count < 4 { comp.append(0) }
    var hour = comp[0]
    let (minute, second, millisecond) = (comp[1], comp[2], comp[3])
    if hourOffset != dateNone {
      guard dateBetween(hour, 0, 12) else { return nil }
      hour = hour % 12 + hourOffset
    }
    if !Self.isHour(hour) || !Self.isMinute(minute) || !Self.isSecond(second) || !Self.isMillisecond(millisecond) {
      guard hour == 24, minute == 0, second == 0, millisecond == 0 else { return nil }
    }
    return (hour, minute, second, millisecond)
  }
}

/// `DateParser::TimeZoneComposer` (`dateparser.h`, `dateparser.cc`): a sign, hours and minutes.
struct DateTimeZoneComposer {
  private var sign = dateNone
  private var hour = dateNone
  private var minute = dateNone

  /// A named zone: its offset in whole hours.
  mutating func set(_ offsetInHours: Int) {
    sign = offsetInHours < 0 ? -1 : 1
    hour = offsetInHours * sign
    minute = 0
  }

  mutating func setSign(_ s: Int) { sign = s < 0 ? -1 : 1 }
  mutating func setAbsoluteHour(_ h: Int) { hour = h }
  mutating func setAbsoluteMinute(_ m: Int) { minute = m }

  /// An hour has been read and the minutes not yet (`dateparser.h`).
  func isExpecting(_ n: Int) -> Bool { hour != dateNone && minute == dateNone && DateTimeComposer.isMinute(n) }
  var isUTC: Bool { hour == 0 && minute == 0 }
  var isEmpty: Bool { hour == dateNone }

  /// `TimeZoneComposer::Write` (`dateparser.cc`): the offset in seconds (nil inside `.some` when no zone
  /// was given: local time), or nil when the offset exceeds Smi::kMaxValue. The sum is unsigned 32-bit arithmetic
  /// that wraps, as V8's is.
  func write() -> Int?? {
    guard sign != dateNone else { return .some(nil) }
    let h = UInt32(truncatingIfNeeded: hour == dateNone ? 0 : hour)
    let m = UInt32(truncatingIfNeeded: minute == dateNone ? 0 : minute)
    let total = h &* 3600 &+ m &* 60
    guard total <= UInt32(Int32.max) else { return nil }
    return .some(sign < 0 ? -Int(total) : Int(total))
  }
}
