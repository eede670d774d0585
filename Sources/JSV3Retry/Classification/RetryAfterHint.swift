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
    for header in enumerationOrder(headers) {
      if isLowercase(header.name, of: "retry-after") {
        // The parsers read a lone surrogate as they read U+FFFD: a unit that is no digit, space or letter.
        let seconds = retryAfterSeconds(header.value.wellFormed, now: now, trace: trace)
        if seconds.isNaN {
          trace?.record(
            "js.v3.retryAfter.none", JSV3Source.retryAfter(40), "retry-after: \(header.value) gives no hint")
          return nil
        }
        let hint = JSDate.timeClip(now + seconds * 1000)
        trace?.record(
          "js.v3.retryAfter.seconds", JSV3Source.retryAfter(44),
          "retry-after: \(header.value) -> hint \(JSNumerics.numberToString(hint))")
        return hint
      }
      if isLowercase(header.name, of: "x-amz-retry-after") {
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
    }
    return nil
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

  /// `for (const header in headers)`: the object's own keys, integer indices (canonical numeric strings below
  /// 2^32 - 1) first in ascending order, then the other names in order of first assignment; a repeated name
  /// keeps its place and takes the last value.
  static func enumerationOrder(_ headers: [JSV3Error.Header]) -> [JSV3Error.Header] {
    var order: [[UInt8]] = []
    var latest: [[UInt8]: JSV3Error.Header] = [:]
    for header in headers {
      let key = Array(header.name.utf8)
      if latest.updateValue(header, forKey: key) == nil { order.append(key) }
    }
    let indexed = order.compactMap { key in arrayIndex(key).map { (key, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    let named = order.filter { arrayIndex($0) == nil }
    return (indexed + named).map { key in
      let last = latest[key]!
      return JSV3Error.Header(String(decoding: key, as: UTF8.self), last.value)
    }
  }

  /// The array index a property name stands for: "0", or digits without a leading zero, below 2^32 - 1.
  static func arrayIndex(_ bytes: [UInt8]) -> UInt64? {
    guard !bytes.isEmpty, bytes.count <= 10, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    if bytes.count > 1 && bytes[0] == 0x30 { return nil }
    let value = bytes.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - 0x30) }
    return value < 4_294_967_295 ? value : nil
  }
}
