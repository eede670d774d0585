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
public import RetryCore

/// `parseRetryAfterHeader(error.$response)` (`parseRetryAfterHeader.ts:9-55`): the retry hint as a `Date`'s time
/// value (whole milliseconds, or NaN for an Invalid Date), nil when there is none. Every `Date.now()` reading is
/// the virtual clock's `now`.
public enum RetryAfterHint {
  /// The hint of `response` at `now`.
  public static func hint(_ response: JSV3Error.Response?, now: Double, trace: Trace? = nil) -> Double? {
    // HttpResponse.isInstance (`transport/httpResponse.ts:37-42`).
    guard let response, case .number = response.statusCode, let headers = response.headers else { return nil }
    // The first `retry-after` or `x-amz-retry-after` key in enumeration order decides (`:14-53`).
    let first = firstHeader(headers) { isLowercase($0, of: "retry-after") || isLowercase($0, of: "x-amz-retry-after") }
    guard let header = first else { return nil }
    if isLowercase(header.name, of: "retry-after") {
      let seconds = retryAfterSeconds(header.value.wellFormed, now: now, trace: trace)
      if seconds.isNaN {
        trace?.record("js.v3.retryAfter.none", JSV3Source.retryAfter(40), "retry-after: \(header.value) gives no hint")
        return nil
      }
      let hint = JSDate.timeClip(now + seconds * 1000)
      trace?.record(
        "js.v3.retryAfter.seconds", JSV3Source.retryAfter(44),
        "retry-after: \(header.value) -> hint \(JSNumerics.numberToString(hint))")
      return hint
    }
    let milliseconds = JSNumerics.stringToNumber(header.value.wellFormed)
    if milliseconds.isNaN {
      trace?.record(
        "js.v3.retryAfter.none", JSV3Source.retryAfter(48), "x-amz-retry-after: \(header.value) gives no hint")
      return nil
    }
    let hint = JSDate.timeClip(now + milliseconds)
    trace?.record(
      "js.v3.retryAfter.xAmz", JSV3Source.retryAfter(52),
      "x-amz-retry-after: \(header.value) -> hint \(JSNumerics.numberToString(hint))")
    return hint
  }

  /// The seconds a `retry-after` value stands for (NaN for none), `:20-38`.
  static func retryAfterSeconds(_ value: String, now: Double, trace: Trace? = nil) -> Double {
    let scalars = Array(value.unicodeScalars)
    if value.utf8.reversed().starts(with: "GMT".utf8.reversed()) {
      // parseRfc7231DateTime; a throw is caught and leaves NaN (`:22-30`).
      guard let date = RFC7231Date.parse(value, now: now) else { return .nan }
      return (date - now) / 1000
    }
    if let number = trailingNumberAfterGMT(scalars) {
      return JSNumerics.stringToNumber(number)  // `:31-32`
    }
    if isDecimal(scalars[...]) {
      return JSNumerics.stringToNumber(value)  // `:33-34`
    }
    // `:35-37`: a time value from `Date.parse` (Node 20, TZ=UTC) counts only when it is not before now.
    let parsed = JSDateParse.parse(value)
    trace?.record(
      "js.v3.retryAfter.dateParse", JSV3Source.retryAfter(35),
      "Date.parse(\(value)) = \(JSNumerics.numberToString(parsed))"
        + (parsed >= now ? "" : ", not >= Date.now() \(JSNumerics.numberToString(now))"))
    return parsed >= now ? (parsed - now) / 1000 : .nan
  }

  /// `/ GMT, ((\d+)|(\d+\.\d+))$/`: the trailing number, when the value ends that way.
  static func trailingNumberAfterGMT(_ s: [Unicode.Scalar]) -> String? {
    var start = s.count
    while start > 0, s[start - 1] == "." || isDigit(s[start - 1]) { start -= 1 }
    let marker = Array(" GMT, ".unicodeScalars)
    guard start >= marker.count, Array(s[start - marker.count..<start]) == marker, isDecimal(s[start...]) else {
      return nil
    }
    return String(String.UnicodeScalarView(s[start...]))
  }

  /// `^((\d+)|(\d+\.\d+))$` on a run of scalars.
  static func isDecimal(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = s.first, isDigit(first), let last = s.last, isDigit(last) else { return false }
    var dots = 0
    for c in s where !isDigit(c) {
      guard c == "." else { return false }
      dots += 1
    }
    return dots <= 1
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  /// `header.toLowerCase() === target` for an ASCII `target`: only ASCII letters lower-case to ASCII letters
  /// other than `k` (U+212A KELVIN SIGN), which neither target contains.
  static func isLowercase(_ name: String, of target: String) -> Bool {
    name.unicodeScalars.elementsEqual(target.unicodeScalars) { (c, t) in
      let lowered = c.value >= 0x41 && c.value <= 0x5A ? c.value + 0x20 : c.value
      return lowered == t.value
    }
  }

  /// The first key `for (const header in headers)` (or `Object.keys(headers)`) visits that `matches`, with its value.
  /// The object's own keys come integer indices first (canonical numeric strings below 2^32 - 1, ascending), then
  /// the other names in order of first assignment, a repeated name keeping its place and taking the last value.
  /// `matches` only ever accepts names with letters, never an index, so the first match is the first assignment in
  /// the list whose name matches; its value is the last assigned to that same name (bytes compared).
  static func firstHeader(_ headers: [JSV3Error.Header], where matches: (String) -> Bool) -> JSV3Error.Header? {
    guard let index = headers.firstIndex(where: { matches($0.name) }) else { return nil }
    let name = headers[index].name
    var value = headers[index].value
    for header in headers[(index + 1)...] where header.name.utf8.elementsEqual(name.utf8) { value = header.value }
    return JSV3Error.Header(name, value)
  }
}
