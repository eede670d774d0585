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

/// `Date.parse(string)` and `new Date(string)` as Node 20 (V8 11.3) compute them with the local time zone UTC
/// (`TZ=UTC`): V8's `ParseDateTimeString` (`src/date/date.cc`; `builtins-date.cc` in older trees) over
/// `DateParser::Parse` (`src/date/dateparser-inl.h`). The ES5 ISO form is read first; whatever it leaves
/// goes to the legacy parser. An unparseable string is an Invalid Date: NaN (`0x7ff8000000000000`).
public enum JSDateParse {
  /// The time value `Date.parse(string)` returns.
  public static func parse(_ string: String) -> Double {
    guard let fields = fields(string) else { return .nan }
    let day = JSDate.makeDay(Double(fields.year), Double(fields.month), Double(fields.day))
    let time = JSDate.makeTime(
      Double(fields.hour), Double(fields.minute), Double(fields.second), Double(fields.millisecond))
    var date = JSDate.makeDate(day, time)
    // A string without a zone is local time; with TZ=UTC, ToUTC subtracts nothing. Out-of-range values are NaN
    // either way, which TimeClip also gives.
    if let offset = fields.utcOffsetSeconds { date -= Double(offset) * 1000 }
    return JSDate.timeClip(date)
  }

  /// What `DateParser::Parse` writes (`dateparser.h`): a 0-based month and the zone offset in seconds (nil
  /// for local time).
  struct Fields: Equatable {
    var year, month, day, hour, minute, second, millisecond: Int
    var utcOffsetSeconds: Int?
  }

  /// `DateParser::Parse` (`dateparser-inl.h`); nil when it returns false.
  static func fields(_ string: String) -> Fields? {
    var scanner = DateStringTokenizer(string)
    var tz = DateTimeZoneComposer()
    var time = DateTimeComposer()
    var day = DateDayComposer()
    let firstUnhandled = parseES5DateTime(&scanner, &day, &time, &tz)
    if firstUnhandled.tag == .invalid { return nil }
    var hasReadNumber = !day.isEmpty
    var token = firstUnhandled
    while !token.isEndOfInput {
      if token.isNumber {
        hasReadNumber = true
        let n = token.value
        if scanner.skipSymbol(":") {
          if scanner.skipSymbol(":") {
            // n "::"
            guard time.isEmpty else { return nil }
            time.add(n)
            time.add(0)
          } else {
            // n ":"
            guard time.add(n) else { return nil }
            if scanner.peek.isSymbol(".") { _ = scanner.next() }
          }
        } else if scanner.skipSymbol("."), time.isExpecting(n) {
          // n "." milliseconds
          time.add(n)
          guard scanner.peek.isNumber else { return nil }
          let ms = readMilliseconds(scanner.next())
          guard ms >= 0 else { return nil }
          time.addFinal(ms)
        } else if tz.isExpecting(n) {
          tz.setAbsoluteMinute(n)
        } else if time.isExpecting(n) {
          // the time ends here; only the end, white space, Z or a sign may follow.
          time.addFinal(n)
          let peek = scanner.peek
          guard peek.isEndOfInput || peek.isWhiteSpace || peek.isKeywordZ || peek.isAsciiSign else { return nil }
        } else {
          guard day.add(n) else { return nil }
          _ = scanner.skipSymbol("-")
        }
      } else if case .keyword(let kind) = token.tag {
        // A word .
        if kind == .amPm && !time.isEmpty {
          time.setHourOffset(token.value)
        } else if kind == .monthName {
          day.setNamedMonth(token.value)
          _ = scanner.skipSymbol("-")
        } else if kind == .timeZoneName && hasReadNumber {
          tz.set(token.value)
        } else {
          // Garbage words are refused after a number, and must not touch the first number .
          if hasReadNumber { return nil }
          if scanner.peek.isNumber { return nil }
        }
      } else if token.isAsciiSign && (tz.isUTC || !time.isEmpty) {
        // A UTC offset, only after UTC or a time ; the number may be missing.
        tz.setSign(token.asciiSign)
        var n = 0
        var length = 0
        if scanner.peek.isNumber {
          let number = scanner.next()
          length = number.length
          n = number.value
        }
        hasReadNumber = true
        if scanner.peek.isSymbol(":") {
          tz.setAbsoluteHour(n)
          tz.setAbsoluteMinute(dateNone)
        } else if length == 1 || length == 2 {
          tz.setAbsoluteHour(n)  // GMT-8
          tz.setAbsoluteMinute(0)
        } else if length == 3 || length == 4 {
          tz.setAbsoluteHour(n / 100)  // hhmm
          tz.setAbsoluteMinute(n % 100)
        } else {
          return nil
        }
      } else if (token.isAsciiSign || token.isSymbol(")")) && hasReadNumber {
        return nil
      }
      // Anything else (white space, other symbols, comments) is ignored .
      token = scanner.next()
    }
    guard let d = day.write(), let t = time.write(), let offset = tz.write() else { return nil }
    return Fields(
      year: d.year, month: d.month, day: d.day, hour: t.hour, minute: t.minute, second: t.second,
      millisecond: t.millisecond, utcOffsetSeconds: offset)
  }

  /// `ParseES5DateTime` (`dateparser-inl.h`):
  /// `[('-'|'+')yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|(+|-)hh:mm]]`. Returns the end of input when the whole
  /// string is that form, `invalid` when it fails after the `T`, or the first token the legacy parser is to read.
  static func parseES5DateTime(
    _ scanner: inout DateStringTokenizer, _ day: inout DateDayComposer, _ time: inout DateTimeComposer,
    _ tz: inout DateTimeZoneComposer
  ) -> DateToken {
    if scanner.peek.isAsciiSign {
      // The sign goes back to the legacy parser unless six digits follow .
      let signToken = scanner.next()
      guard scanner.peek.isFixedLengthNumber(6) else { return signToken }
      let sign = signToken.asciiSign
      let year = scanner.peek.value
      _ = scanner.next()
      if sign < 0 && year == 0 { return signToken }  // -000000
      _ = day.add(sign * year)
    } else if scanner.peek.isFixedLengthNumber(4) {
      _ = day.add(scanner.next().value)
    } else {
      return scanner.next()
    }
    if scanner.skipSymbol("-") {
      guard scanner.peek.isFixedLengthNumber(2), DateDayComposer.isMonth(scanner.peek.value) else {
        return scanner.next()
      }
      _ = day.add(scanner.next().value)
      if scanner.skipSymbol("-") {
        guard scanner.peek.isFixedLengthNumber(2), DateDayComposer.isDay(scanner.peek.value) else {
          return scanner.next()
        }
        _ = day.add(scanner.next().value)
      }
    }
    if scanner.peek.tag != .keyword(.timeSeparator) {
      if !scanner.peek.isEndOfInput { return scanner.next() }
    } else {
      // The time part : from here on a mismatch is final.
      _ = scanner.next()
      guard scanner.peek.isFixedLengthNumber(2), dateBetween(scanner.peek.value, 0, 24) else { return .invalid }
      let hourIs24 = scanner.peek.value == 24  // 24:00[:00[.000]] only
      time.add(scanner.next().value)
      guard scanner.skipSymbol(":") else { return .invalid }
      guard scanner.peek.isFixedLengthNumber(2), DateTimeComposer.isMinute(scanner.peek.value),
        !(hourIs24 && scanner.peek.value > 0)
      else { return .invalid }
      time.add(scanner.next().value)
      if scanner.skipSymbol(":") {
        guard scanner.peek.isFixedLengthNumber(2), DateTimeComposer.isSecond(scanner.peek.value),
          !(hourIs24 && scanner.peek.value > 0)
        else { return .invalid }
        time.add(scanner.next().value)
        if scanner.skipSymbol(".") {
          guard scanner.peek.isNumber, !(hourIs24 && scanner.peek.value > 0) else { return .invalid }
          time.add(readMilliseconds(scanner.next()))  // any number of digits
        }
      }
      if scanner.peek.isKeywordZ {
        _ = scanner.next()
        tz.set(0)
      } else if scanner.peek.isSymbol("+") || scanner.peek.isSymbol("-") {
        tz.setSign(scanner.next().isSymbol("+") ? 1 : -1)
        if scanner.peek.isFixedLengthNumber(4) {
          // hhmm
          let hourMinute = scanner.next().value
          let (hour, minute) = (hourMinute / 100, hourMinute % 100)
          guard DateTimeComposer.isHour(hour), DateTimeComposer.isMinute(minute) else { return .invalid }
          tz.setAbsoluteHour(hour)
          tz.setAbsoluteMinute(minute)
        } else {
          guard scanner.peek.isFixedLengthNumber(2), DateTimeComposer.isHour(scanner.peek.value) else {
            return .invalid
          }
          tz.setAbsoluteHour(scanner.next().value)
          guard scanner.skipSymbol(":") else { return .invalid }
          guard scanner.peek.isFixedLengthNumber(2), DateTimeComposer.isMinute(scanner.peek.value) else {
            return .invalid
          }
          tz.setAbsoluteMinute(scanner.next().value)
        }
      }
      guard scanner.peek.isEndOfInput else { return .invalid }
    }
    // A date-only form without a zone is UTC; a date-time form without one is local time .
    if tz.isEmpty && time.isEmpty { tz.set(0) }
    day.isISODate = true
    return .endOfInput
  }

  /// `ReadMilliseconds` (`dateparser.cc`): the first three significant digits of a numeral, from its value
  /// and length (at most nine digits were kept).
  static func readMilliseconds(_ token: DateToken) -> Int {
    var number = token.value
    var length = token.length
    if length == 1 {
      number *= 100
    } else if length == 2 {
      number *= 10
    } else if length > 3 {
      length = min(length, 9)
      var factor = 1
      repeat {
        factor *= 10
        length -= 1
      } while length > 3
      number /= factor
    }
    return number
  }
}
