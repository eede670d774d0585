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

import ConformJSON

/// Parses `text`, returning the value or the error.
func parseResult(_ text: String, maxDepth: Int = 128) -> Result<JSON, JSONParseError> {
  do throws(JSONParseError) {
    return .success(try JSONParser.parse(text, maxDepth: maxDepth))
  } catch {
    return .failure(error)
  }
}

/// Parses raw bytes, returning the value or the error.
func parseResult(bytes: [UInt8], maxDepth: Int = 128) -> Result<JSON, JSONParseError> {
  do throws(JSONParseError) {
    return .success(try JSONParser.parse(bytes, maxDepth: maxDepth))
  } catch {
    return .failure(error)
  }
}

/// The error `text` gives, or nil if it parses.
func parseError(_ text: String, maxDepth: Int = 128) -> JSONParseError? {
  if case .failure(let e) = parseResult(text, maxDepth: maxDepth) { return e }
  return nil
}

/// The error `bytes` give, or nil if they parse.
func parseError(bytes: [UInt8], maxDepth: Int = 128) -> JSONParseError? {
  if case .failure(let e) = parseResult(bytes: bytes, maxDepth: maxDepth) { return e }
  return nil
}

/// The number a literal parses to, or nil if it does not parse to a number.
func parseNumber(_ literal: String) -> JSONNumber? {
  if case .success(.number(let n)) = parseResult(literal) { return n }
  return nil
}

/// Compact text of a value as a String.
func encodeText(_ value: JSON) -> String {
  return String(decoding: JSONWriter.encode(value), as: UTF8.self)
}

/// A minimal arbitrary-precision unsigned integer, used to check decimal → binary64 rounding
/// exactly and independently of any floating-point parser.
struct BigUInt: Comparable {
  /// Little-endian 32-bit limbs, no trailing zero limbs.
  var limbs: [UInt32]

  init(_ v: UInt64 = 0) {
    limbs = [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)]
    normalize()
  }

  /// Parses a string of decimal digits.
  init(decimalDigits: Substring) {
    self.init(0)
    var chunk: UInt64 = 0
    var chunkDigits = 0
    for c in decimalDigits.utf8 {
      chunk = chunk * 10 + UInt64(c - 48)
      chunkDigits += 1
      if chunkDigits == 9 {
        multiply(by: 1_000_000_000, adding: UInt32(chunk))
        chunk = 0
        chunkDigits = 0
      }
    }
    if chunkDigits > 0 {
      var p: UInt32 = 1
      for _ in 0..<chunkDigits { p *= 10 }
      multiply(by: p, adding: UInt32(chunk))
    }
  }

  mutating func normalize() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }

  var isZero: Bool { limbs.isEmpty }

  mutating func multiply(by m: UInt32, adding a: UInt32 = 0) {
    var carry = UInt64(a)
    for i in 0..<limbs.count {
      let t = UInt64(limbs[i]) * UInt64(m) + carry
      limbs[i] = UInt32(truncatingIfNeeded: t)
      carry = t >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
    normalize()
  }

  mutating func multiplyByPowerOfTen(_ k: Int) {
    var k = k
    while k >= 9 {
      multiply(by: 1_000_000_000)
      k -= 9
    }
    var p: UInt32 = 1
    for _ in 0..<k { p *= 10 }
    if p != 1 { multiply(by: p) }
  }

  mutating func shiftLeft(_ bits: Int) {
    if isZero || bits == 0 { return }
    let whole = bits / 32
    let part = bits % 32
    if part != 0 {
      var carry: UInt32 = 0
      for i in 0..<limbs.count {
        let v = limbs[i]
        limbs[i] = (v << UInt32(part)) | carry
        carry = v >> UInt32(32 - part)
      }
      if carry != 0 { limbs.append(carry) }
    }
    if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
  }

  static func < (a: BigUInt, b: BigUInt) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    var i = a.limbs.count - 1
    while i >= 0 {
      if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] }
      i -= 1
    }
    return false
  }
}

/// An exact non-negative rational `mantissa × 2^exponent`.
struct BinaryValue {
  var mantissa: UInt64
  var exponent: Int
}

/// Exact decomposition of a finite non-negative Double.
func binaryValue(_ d: Double) -> BinaryValue {
  precondition(d.isFinite && d.sign == .plus)
  if d == 0 { return BinaryValue(mantissa: 0, exponent: 0) }
  let bits = d.bitPattern
  let biased = Int((bits >> 52) & 0x7FF)
  let fraction = bits & ((1 << 52) - 1)
  if biased == 0 { return BinaryValue(mantissa: fraction, exponent: -1074) }
  return BinaryValue(mantissa: fraction | (1 << 52), exponent: biased - 1075)
}

/// Compares the decimal `digits × 10^exp10` with `mantissa × 2^exp2` exactly: -1, 0 or 1.
func compareDecimal(digits: BigUInt, exp10: Int, with v: BinaryValue) -> Int {
  var left = digits
  var right = BigUInt(v.mantissa)
  if exp10 >= 0 { left.multiplyByPowerOfTen(exp10) } else { right.multiplyByPowerOfTen(-exp10) }
  if v.exponent >= 0 { right.shiftLeft(v.exponent) } else { left.shiftLeft(-v.exponent) }
  if left < right { return -1 }
  if right < left { return 1 }
  return 0
}

/// Splits a JSON number literal into (negative, significant digits, decimal exponent).
func decomposeLiteral(_ literal: String) -> (negative: Bool, digits: BigUInt, exp10: Int) {
  var s = Substring(literal)
  var negative = false
  if s.first == "-" {
    negative = true
    s = s.dropFirst()
  }
  var exp10 = 0
  if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
    exp10 = Int(s[s.index(after: e)...])!
    s = s[..<e]
  }
  var digits = ""
  if let dot = s.firstIndex(of: ".") {
    let frac = s[s.index(after: dot)...]
    digits = String(s[..<dot]) + frac
    exp10 -= frac.count
  } else {
    digits = String(s)
  }
  return (negative, BigUInt(decimalDigits: Substring(digits)), exp10)
}

/// True if `d` is the correctly rounded (ties-to-even) binary64 value of `literal`, checked with
/// exact integer arithmetic. A literal that rounds to infinity must give `d == nil`.
func isCorrectlyRounded(_ literal: String, _ d: Double?) -> Bool {
  let (negative, digits, exp10) = decomposeLiteral(literal)
  guard let d else {
    // Out of range: the literal must be >= the midpoint between max and 2^1024.
    let maxValue = binaryValue(Double.greatestFiniteMagnitude)
    let mid = BinaryValue(mantissa: maxValue.mantissa * 2 + 1, exponent: maxValue.exponent - 1)
    return compareDecimal(digits: digits, exp10: exp10, with: mid) >= 0
  }
  if d.sign == .minus ? !negative : negative { return false }
  let a = abs(d)
  let v = binaryValue(a)
  let even = v.mantissa % 2 == 0
  // Lower midpoint.
  if a == 0 {
    // Must not exceed half the smallest subnormal (ties go to even, i.e. zero).
    let half = BinaryValue(mantissa: 1, exponent: -1075)
    return compareDecimal(digits: digits, exp10: exp10, with: half) <= 0
  }
  let down = binaryValue(a.nextDown)
  let up: BinaryValue
  if a == .greatestFiniteMagnitude {
    up = BinaryValue(mantissa: v.mantissa * 2 + 1, exponent: v.exponent - 1)
  } else {
    let u = binaryValue(a.nextUp)
    // (a + u) / 2 exactly, on a common exponent.
    let e = min(v.exponent, u.exponent)
    up = BinaryValue(
      mantissa: (v.mantissa << UInt64(v.exponent - e)) + (u.mantissa << UInt64(u.exponent - e)), exponent: e - 1)
  }
  let e = min(v.exponent, down.exponent)
  let lowMid = BinaryValue(
    mantissa: (v.mantissa << UInt64(v.exponent - e)) + (down.mantissa << UInt64(down.exponent - e)), exponent: e - 1)
  let cLow = compareDecimal(digits: digits, exp10: exp10, with: lowMid)
  let cHigh = compareDecimal(digits: digits, exp10: exp10, with: up)
  let aboveLow = cLow > 0 || (cLow == 0 && even)
  let belowHigh = cHigh < 0 || (cHigh == 0 && even)
  return aboveLow && belowHigh
}
