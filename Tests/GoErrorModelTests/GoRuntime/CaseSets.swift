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

// CaseSets.swift — the verification case sets; a statement-for-statement mirror of
// scripts/go-runtime/cases/cases.go, so Go's lines and the Swift port's lines must be identical.

import ConformTestSupport
import ConformVectors

@testable import GoErrorModel

/// The verification case sets and the Swift port's output line for each case.
public enum CaseSets {
  /// Every set name, in order (cases.Sets).
  public static let names = [
    "quote-single", "quote-embedded", "quote-random",
    "atoi-random",
    "log2-dense", "log2-random", "log2-pow2", "log2-neg", "log2-doubles",
  ]

  /// Emits every output line of `set` (cases.Lines).
  static func lines(_ set: String, release: GoRelease = .go119, _ emit: (String) -> Void) {
    switch set {
    case "quote-single", "quote-embedded":
      for r in UInt32(0)...0x10FFFF {
        if r >= 0xD800 && r <= 0xDFFF { continue }
        var s = String(Unicode.Scalar(r)!)
        if set == "quote-embedded" { s = "abc" + s + "xyz" }
        emit(GoStrconv.quote(s, release: release))
      }
    case "quote-random":
      var rng = SplitMix64(state: 0x51)
      for _ in 0..<200_000 {
        emit(GoStrconv.quote(randomQuoteString(&rng), release: release))
      }
    case "atoi-random":
      var rng = SplitMix64(state: 0xA7)
      for _ in 0..<200_000 {
        let s = randomAtoiString(&rng)
        if let n = GoStrconv.atoi(s) { emit("ok " + String(n)) } else { emit("err") }
      }
    case "log2-dense":
      for d in Int64(1)...(1 << 22) { emit(log2Line(d)) }
    case "log2-random":
      var rng = SplitMix64(state: 0x1062)
      for i in 0..<2_000_000 {
        let d: Int64
        switch i % 4 {
        case 0:
          d = Int64(bitPattern: rng.next())
        case 1:
          d = Int64(bitPattern: rng.next() >> 1)
        case 2:
          let v = rng.next()
          let sh = 1 + rng.below(63)
          d = Int64(bitPattern: v >> sh)
        default:
          let v = rng.next()
          let sh = rng.below(64)
          d = Int64(bitPattern: v >> sh)
        }
        emit(log2Line(d))
      }
    case "log2-pow2":
      for k in 1...63 {
        if k == 63 {
          for d in (Int64.max - 2999)...Int64.max { emit(log2Line(d)) }
          continue
        }
        let p = Int64(1) << Int64(k)
        for d in (p - 3000)...(p + 3000) { emit(log2Line(d)) }
      }
    case "log2-neg":
      for d in stride(from: Int64(0), through: -100_000, by: -1) { emit(log2Line(d)) }
      for d in Int64.min...(Int64.min + 1000) { emit(log2Line(d)) }
      var rng = SplitMix64(state: 0x4E6)
      for _ in 0..<10_000 {
        let v = rng.next() | (1 << 63)
        let sh = rng.below(64)
        emit(log2Line(Int64(bitPattern: v) >> Int64(sh)))
      }
    case "log2-doubles":
      for b in specialDoubleBits { emit(doubleLine(b)) }
      var rng = SplitMix64(state: 0xD0B)
      for i in 0..<100_000 {
        var b: UInt64
        switch i % 5 {
        case 0:
          b = rng.next()
        case 1:
          b = rng.next() & 0x000F_FFFF_FFFF_FFFF | 0x3FE0_0000_0000_0000
        case 2:
          b = rng.next() & 0x000F_FFFF_FFFF_FFFF
        case 3:
          b = (rng.next() & 0x3FFF_FFFF_FFFF_FFFF) + 0x2000_0000_0000_0000
        default:
          let e: UInt64 = 0x3FF + rng.below(64)
          let m = rng.next() & 0x000F_FFFF_FFFF_FFFF
          b = e << 52 | m
          if rng.below(2) == 1 { b |= 1 << 63 }
        }
        emit(doubleLine(b))
      }
    default:
      fatalError("unknown set \(set)")
    }
  }

  /// Hand-picked float64 bit patterns (cases.SpecialDoubleBits).
  static let specialDoubleBits: [UInt64] = [
    0x0000000000000000, 0x8000000000000000,
    0x7FF0000000000000, 0xFFF0000000000000,
    0x7FF8000000000000, 0xFFF8000000000000, 0x7FF8000000000001, 0x7FF0000000000001, 0xFFF0000000000001,
    0x7FFFFFFFFFFFFFFF,
    0x0000000000000001, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF,
    0x3FE6A09E667F3BCD, 0x3FE6A09E667F3BCC, 0x3FE6A09E667F3BCE,
    0x3FF6A09E667F3BCD, 0x3FD6A09E667F3BCD, 0x3FF6A09E667F3BCC, 0x3FF6A09E667F3BCE,
    0x3FE0000000000000, 0x3FF0000000000000, 0x4000000000000000, 0x3FEFFFFFFFFFFFFF, 0x3FF0000000000001,
    0x43E0000000000000, 0xC3E0000000000000, 0x43DFFFFFFFFFFFFF, 0xC3DFFFFFFFFFFFFF, 0x43E0000000000001,
    0xC3E0000000000001,
    0xBFF0000000000000, 0xBFE0000000000000, 0x3FEFFFFFFFFFFFFE, 0x4330000000000000, 0x4340000000000000,
  ]

  /// "d int(Log2(float64(d)))+1 bits(Log2)" (cases.log2Line).
  static func log2Line(_ d: Int64) -> String {
    let l = GoMath.log2(Double(d))
    return String(d) + " " + String(GoMath.int64(truncating: l) + 1) + " " + Hex.digits16(l.bitPattern)
  }

  /// "bits(x) bits(Log2(x)) int64(x)" (cases.doubleLine).
  static func doubleLine(_ b: UInt64) -> String {
    let x = Double(bitPattern: b)
    return Hex.digits16(b) + " " + Hex.digits16(GoMath.log2(x).bitPattern) + " " + String(GoMath.int64(truncating: x))
  }

  /// cases.quoteSpecials.
  static let quoteSpecials: [UInt32] = [
    0xA0, 0xAD, 0xFFFD, 0xFEFF, 0x2028, 0x2029, 0x200B, 0x1F600, 0xE000, 0x10FFFF, 0xFFFF, 0x061C, 0x180E, 0x3000,
    0x0085, 0x00FF, 0x0100, 0x1F1E6, 0xE0001, 0x10000,
  ]

  /// One random Unicode scalar, never a surrogate (cases.RandomQuoteScalar).
  static func randomQuoteScalar(_ r: inout SplitMix64) -> UInt32 {
    switch r.below(10) {
    case 0, 1, 2:
      return UInt32(0x20 + r.below(0x5F))
    case 3:
      let c = r.below(66)
      if c < 32 { return UInt32(c) }
      if c == 32 { return 0x7F }
      return UInt32(0x80 + c - 33)
    case 4:
      return [0x22, 0x27, 0x5C, 0x60][Int(r.below(4))]
    case 5:
      return quoteSpecials[Int(r.below(UInt64(quoteSpecials.count)))]
    case 6, 7:
      var v = r.below(0x10000 - 0x800)
      if v >= 0xD800 { v += 0x800 }
      return UInt32(v)
    default:
      var v = r.below(0x110000 - 0x800)
      if v >= 0xD800 { v += 0x800 }
      return UInt32(v)
    }
  }

  /// 0...40 random scalars (cases.RandomQuoteString).
  static func randomQuoteString(_ r: inout SplitMix64) -> String {
    let n = Int(r.below(41))
    var v = String.UnicodeScalarView()
    for _ in 0..<n { v.append(Unicode.Scalar(randomQuoteScalar(&r))!) }
    return String(v)
  }

  /// cases.atoiAlphabet.
  static let atoiAlphabet = [
    "0", "1", "5", "9", "+", "-", "_", " ", "x", "X", ".", "e", "a", "\t", "\u{0660}", "\u{FF11}", "\u{00B2}", "0x",
    "0b", "00",
  ]
  /// cases.atoiBoundaries.
  static let atoiBoundaries = [
    "9223372036854775807", "9223372036854775808", "9223372036854775806", "9223372036854775809", "18446744073709551615",
    "18446744073709551616", "99999999999999999999", "10000000000000000000", "0", "999999999999999999",
    "1000000000000000000", "9999999999999999999",
  ]
  /// cases.atoiSmall.
  static let atoiSmall = [
    "", "+", "-", "++1", "-+1", "+-1", "--1", "- 1", " 1", "1 ", "0", "-0", "+0", "00", "-00", "1_000", "0x10", "1e3",
    "1.0", "+_1",
  ]
  /// cases.signs.
  static let signs = ["", "+", "-"]

  /// `n` zeros.
  static func zeros(_ n: UInt64) -> String { String(repeating: "0", count: Int(n)) }

  /// One random Atoi input (cases.RandomAtoiString).
  static func randomAtoiString(_ r: inout SplitMix64) -> String {
    switch r.below(8) {
    case 0:
      var s = String(Int64(bitPattern: r.next()))
      if s.first != "-" && r.below(3) == 0 { s = "+" + s }
      return s
    case 1:
      let v = r.next()
      let sh = r.below(64)
      let sign = signs[Int(r.below(3))]
      let z = zeros(r.below(4))
      return sign + z + String(v >> sh)
    case 2:
      let base = atoiBoundaries[Int(r.below(UInt64(atoiBoundaries.count)))]
      let sign = signs[Int(r.below(3))]
      var z: UInt64 = 0
      if r.below(2) == 1 { z = r.below(30) }
      return sign + zeros(z) + base
    case 3:
      let sign = signs[Int(r.below(3))]
      let n = 1 + Int(r.below(30))
      var s = sign
      for _ in 0..<n { s.append(Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(r.below(10))))) }
      return s
    case 4:
      let n = Int(r.below(23))
      var s = ""
      for _ in 0..<n { s += atoiAlphabet[Int(r.below(UInt64(atoiAlphabet.count)))] }
      return s
    case 5:
      let v = r.next()
      let sh = r.below(64)
      let s = Array(String(Int64(bitPattern: v >> sh)).utf8)
      let pos = Int(r.below(UInt64(s.count + 1)))
      let ins = atoiAlphabet[Int(r.below(UInt64(atoiAlphabet.count)))]
      return String(decoding: s[..<pos], as: UTF8.self) + ins + String(decoding: s[pos...], as: UTF8.self)
    case 6:
      let sign = signs[Int(r.below(3))]
      let z = zeros(r.below(40))
      let v = r.next()
      let sh = r.below(64)
      return sign + z + String(v >> sh)
    default:
      if r.below(2) == 0 {
        return atoiSmall[Int(r.below(UInt64(atoiSmall.count)))]
      }
      let sign = signs[Int(r.below(3))]
      return sign + String(r.below(1000))
    }
  }
}
