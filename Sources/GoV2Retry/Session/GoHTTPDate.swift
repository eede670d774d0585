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

/// `smithytime.ParseHTTPDate` (`smithy-go@v1.27.8:time/time.go:56-64,86-101`): Go 1.23's `time.Parse` tried with
/// five layouts in order, the first that parses winning. Only the parts of `time/format.go` those layouts reach
/// are here, each as Go writes it. The process's local zone is UTC (`TZ=UTC`), so a zone name in an RFC 850 date
/// never moves the instant (an unknown abbreviation, `GMT+3` included, only names a fabricated location).
public enum GoHTTPDate {
  /// A parsed instant: whole seconds since the Unix epoch and nanoseconds within the second.
  public struct Instant: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00:00Z (negative before).
    public var unixSeconds: Int64
    /// Nanoseconds, `0..<1e9`.
    public var nanoseconds: Int64

    /// `Time.IsZero()`: January 1, year 1, 00:00:00 UTC.
    public var isZero: Bool { unixSeconds == -62_135_596_800 && nanoseconds == 0 }

    /// Unix nanoseconds, exact.
    public var unixNanoseconds: Int128 { Int128(unixSeconds) * 1_000_000_000 + Int128(nanoseconds) }
  }

  /// The layout elements of the five layouts (`time/format.go` `nextStdChunk`).
  enum Element {
    case literal(String)
    case weekDay, longWeekDay, month, zeroDay, underDay, year, longYear, hour, zeroMinute, zeroSecond, zone
  }

  /// `"Mon, 02 Jan 2006 15:04:05 GMT"`, `"Mon, _2 Jan 2006 15:04:05 GMT"`, `"Mon, _2 Jan 06 15:04:05 GMT"`,
  /// `time.RFC850` (`"Monday, 02-Jan-06 15:04:05 MST"`) and `time.ANSIC` (`"Mon Jan _2 15:04:05 2006"`).
  static let layouts: [[Element]] = [
    [
      .weekDay, .literal(", "), .zeroDay, .literal(" "), .month, .literal(" "), .longYear, .literal(" "), .hour,
      .literal(":"), .zeroMinute, .literal(":"), .zeroSecond, .literal(" GMT"),
    ],
    [
      .weekDay, .literal(", "), .underDay, .literal(" "), .month, .literal(" "), .longYear, .literal(" "), .hour,
      .literal(":"), .zeroMinute, .literal(":"), .zeroSecond, .literal(" GMT"),
    ],
    [
      .weekDay, .literal(", "), .underDay, .literal(" "), .month, .literal(" "), .year, .literal(" "), .hour,
      .literal(":"), .zeroMinute, .literal(":"), .zeroSecond, .literal(" GMT"),
    ],
    [
      .longWeekDay, .literal(", "), .zeroDay, .literal("-"), .month, .literal("-"), .year, .literal(" "), .hour,
      .literal(":"), .zeroMinute, .literal(":"), .zeroSecond, .literal(" "), .zone,
    ],
    [
      .weekDay, .literal(" "), .month, .literal(" "), .underDay, .literal(" "), .hour, .literal(":"), .zeroMinute,
      .literal(":"), .zeroSecond, .literal(" "), .longYear,
    ],
  ]

  /// The layouts as Go writes them, in `layouts` order.
  public static let layoutNames = [
    "Mon, 02 Jan 2006 15:04:05 GMT", "Mon, _2 Jan 2006 15:04:05 GMT", "Mon, _2 Jan 06 15:04:05 GMT",
    "Monday, 02-Jan-06 15:04:05 MST", "Mon Jan _2 15:04:05 2006",
  ]

  static let shortDayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let longDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
  static let shortMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// `ParseHTTPDate(text)`: the instant, or nil when every layout fails (the middleware then has no server time).
  public static func parse(_ text: String) -> Instant? { parseWithLayout(text)?.instant }

  /// `ParseHTTPDate(text)` and which of the five layouts (0-based, in `tryParse` order) read it.
  public static func parseWithLayout(_ text: String) -> (instant: Instant, layout: Int)? {
    let value = Array(text.utf8)
    for (index, layout) in layouts.enumerated() {
      if let instant = parse(layout, value[...]) { return (instant, index) }
    }
    return nil
  }

  /// `time.Parse(layout, value)` (`time/format.go` `parse`) for one of the layouts above.
  static func parse(_ layout: [Element], _ input: ArraySlice<UInt8>) -> Instant? {
    var value = input
    var year = 0
    var month = -1
    var day = -1
    var hour = 0
    var minute = 0
    var second = 0
    var nsec = 0
    for element in layout {
      switch element {
      case .literal(let prefix):
        guard let rest = skip(value, Array(prefix.utf8)[...]) else { return nil }
        value = rest
      case .weekDay:
        guard let (_, rest) = lookup(shortDayNames, value) else { return nil }
        value = rest
      case .longWeekDay:
        guard let (_, rest) = lookup(longDayNames, value) else { return nil }
        value = rest
      case .month:
        guard let (index, rest) = lookup(shortMonthNames, value) else { return nil }
        month = index + 1
        value = rest
      case .zeroDay, .underDay:
        if case .underDay = element, value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        guard let (number, rest) = getnum(value, fixed: { if case .zeroDay = element { true } else { false } }())
        else { return nil }
        day = number
        value = rest
      case .year:
        guard value.count >= 2, let number = atoi(value.prefix(2)) else { return nil }
        value = value.dropFirst(2)
        year = number >= 69 ? number + 1900 : number + 2000
      case .longYear:
        guard value.count >= 4, isDigit(value, 0), let number = atoi(value.prefix(4)) else { return nil }
        value = value.dropFirst(4)
        year = number
      case .hour:
        guard let (number, rest) = getnum(value, fixed: false), number < 24 else { return nil }
        hour = number
        value = rest
      case .zeroMinute:
        guard let (number, rest) = getnum(value, fixed: true), number < 60 else { return nil }
        minute = number
        value = rest
      case .zeroSecond:
        guard let (number, rest) = getnum(value, fixed: true), number < 60 else { return nil }
        second = number
        value = rest
        // A fractional second the layout does not have is read anyway (none of these layouts has one next).
        if value.count >= 2, isCommaOrPeriod(value[value.startIndex]), isDigit(value, 1) {
          var n = 2
          while n < value.count, isDigit(value, n) { n += 1 }
          guard let fraction = parseNanoseconds(value, n) else { return nil }
          nsec = fraction
          value = value.dropFirst(n)
        }
      case .zone:
        if value.count >= 3, value.prefix(3).elementsEqual("UTC".utf8) {
          value = value.dropFirst(3)
        } else {
          guard let n = parseTimeZone(value) else { return nil }
          value = value.dropFirst(n)
        }
      }
    }
    // parse: after the last element, any text left is "extra text".
    guard value.isEmpty else { return nil }
    if month < 0 { month = 1 }
    if day < 0 { day = 1 }
    guard day >= 1, day <= GoV2ClockSkew.daysIn(month: month, year: year) else { return nil }
    let seconds =
      GoV2ClockSkew.daysFromCivil(year: year, month: month, day: day) * 86_400
      + Int64(hour * 3600 + minute * 60 + second)
    return Instant(unixSeconds: seconds, nanoseconds: Int64(nsec))
  }

  /// `skip`: the literal prefix, a space in it matching any run of spaces (none included) in the value.
  static func skip(_ input: ArraySlice<UInt8>, _ layoutPrefix: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
    var value = input
    var prefix = layoutPrefix
    let space = UInt8(ascii: " ")
    while let first = prefix.first {
      if first == space {
        if let v = value.first, v != space { return nil }
        while prefix.first == space { prefix = prefix.dropFirst() }
        while value.first == space { value = value.dropFirst() }
        continue
      }
      guard value.first == first else { return nil }
      prefix = prefix.dropFirst()
      value = value.dropFirst()
    }
    return value
  }

  /// `lookup`: the first name `value` starts with, ASCII letters compared without case (`match`).
  static func lookup(_ table: [String], _ value: ArraySlice<UInt8>) -> (Int, ArraySlice<UInt8>)? {
    for (index, name) in table.enumerated() {
      let bytes = Array(name.utf8)
      guard value.count >= bytes.count else { continue }
      var matches = true
      for (c1, c2) in zip(value.prefix(bytes.count), bytes) where c1 != c2 {
        let l1 = c1 | 0x20
        let l2 = c2 | 0x20
        if l1 != l2 || l1 < UInt8(ascii: "a") || l1 > UInt8(ascii: "z") {
          matches = false
          break
        }
      }
      if matches { return (index, value.dropFirst(bytes.count)) }
    }
    return nil
  }

  static func isDigit(_ s: ArraySlice<UInt8>, _ i: Int) -> Bool {
    guard i < s.count else { return false }
    let c = s[s.startIndex + i]
    return c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
  }

  static func isCommaOrPeriod(_ c: UInt8) -> Bool { c == UInt8(ascii: ".") || c == UInt8(ascii: ",") }

  /// `getnum`: one or two digits (`fixed`: exactly two).
  static func getnum(_ s: ArraySlice<UInt8>, fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
    guard isDigit(s, 0) else { return nil }
    let d0 = Int(s[s.startIndex] - UInt8(ascii: "0"))
    guard isDigit(s, 1) else { return fixed ? nil : (d0, s.dropFirst()) }
    return (d0 * 10 + Int(s[s.startIndex + 1] - UInt8(ascii: "0")), s.dropFirst(2))
  }

  /// `atoi`: an optional sign, then `leadingInt` with nothing left over.
  static func atoi(_ input: ArraySlice<UInt8>) -> Int? {
    var s = input
    var negative = false
    if let c = s.first, c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
      negative = c == UInt8(ascii: "-")
      s = s.dropFirst()
    }
    guard let (x, rest) = leadingInt(s), rest.isEmpty else { return nil }
    let value = Int(truncatingIfNeeded: x)
    return negative ? 0 &- value : value
  }

  /// `leadingInt`: the leading digits; nil on overflow past 2^63.
  static func leadingInt(_ s: ArraySlice<UInt8>) -> (UInt64, ArraySlice<UInt8>)? {
    var x: UInt64 = 0
    var i = s.startIndex
    while i < s.endIndex, s[i] >= UInt8(ascii: "0"), s[i] <= UInt8(ascii: "9") {
      if x > (1 << 63) / 10 { return nil }
      x = x * 10 + UInt64(s[i] - UInt8(ascii: "0"))
      if x > 1 << 63 { return nil }
      i += 1
    }
    return (x, s[i...])
  }

  /// `parseNanoseconds(value, nbytes)`: the separator and up to nine digits, scaled to nanoseconds.
  static func parseNanoseconds(_ value: ArraySlice<UInt8>, _ count: Int) -> Int? {
    let nbytes = min(count, 10)
    guard let ns = atoi(value.dropFirst().prefix(nbytes - 1)), ns >= 0 else { return nil }
    var result = ns
    for _ in 0..<(10 - nbytes) { result *= 10 }
    return result
  }

  /// `parseTimeZone`: how many bytes of `value` a zone name takes, or nil.
  static func parseTimeZone(_ value: ArraySlice<UInt8>) -> Int? {
    guard value.count >= 3 else { return nil }
    let bytes = Array(value)
    if bytes.count >= 4, bytes[0..<4].elementsEqual("ChST".utf8) || bytes[0..<4].elementsEqual("MeST".utf8) {
      return 4
    }
    if bytes[0..<3].elementsEqual("GMT".utf8) {
      // parseGMT: "GMT" and an optional signed hour offset.
      return bytes.count == 3 ? 3 : 3 + parseSignedOffset(bytes[3...])
    }
    if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
      let length = parseSignedOffset(bytes[...])
      return length > 0 ? length : nil
    }
    var nUpper = 0
    while nUpper < 6, nUpper < bytes.count, bytes[nUpper] >= UInt8(ascii: "A"), bytes[nUpper] <= UInt8(ascii: "Z") {
      nUpper += 1
    }
    switch nUpper {
    case 5: return bytes[4] == UInt8(ascii: "T") ? 5 : nil
    case 4: return bytes[3] == UInt8(ascii: "T") || bytes[0..<4].elementsEqual("WITA".utf8) ? 4 : nil
    case 3: return 3
    default: return nil
    }
  }

  /// `parseSignedOffset`: a sign and an hour in `0...23`; its length, 0 when there is none.
  static func parseSignedOffset(_ value: ArraySlice<UInt8>) -> Int {
    guard let sign = value.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return 0 }
    guard let (x, rest) = leadingInt(value.dropFirst()), rest.count != value.count - 1, x <= 23 else { return 0 }
    return value.count - rest.count
  }
}
