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

// Minimal arbitrary-precision unsigned integer used for correctly rounded
// decimal -> binary64 conversion (the role V8's Bignum plays in
// src/base/numbers/strtod.cc and bignum.cc in V8 11.3). Only the operations that
// DecimalToDouble.swift needs are provided.

extension DecimalToDouble {
  /// Little-endian base-2^32 unsigned integer; `limbs` has no high zero limbs.
  struct BigUInt {
    var limbs: [UInt32]

    init(_ value: UInt64 = 0) {
      limbs = []
      if value != 0 {
        limbs.append(UInt32(truncatingIfNeeded: value))
        let hi = UInt32(truncatingIfNeeded: value >> 32)
        if hi != 0 { limbs.append(hi) }
      }
    }

    var isZero: Bool { limbs.isEmpty }

    /// Number of significant bits (0 for zero).
    var bitWidth: Int {
      guard let top = limbs.last else { return 0 }
      return limbs.count * 32 - top.leadingZeroBitCount
    }

    /// self = self * m + a
    mutating func multiply(by m: UInt32, adding a: UInt32 = 0) {
      var carry = UInt64(a)
      let m64 = UInt64(m)
      for i in 0..<limbs.count {
        let p = UInt64(limbs[i]) &* m64 &+ carry
        limbs[i] = UInt32(truncatingIfNeeded: p)
        carry = p >> 32
      }
      if carry != 0 { limbs.append(UInt32(truncatingIfNeeded: carry)) }
      normalize()
    }

    /// self = self * 10^e (e >= 0)
    mutating func multiplyByPowerOfTen(_ e: Int) {
      var e = e
      while e >= 9 {
        multiply(by: 1_000_000_000)
        e -= 9
      }
      if e > 0 {
        var p: UInt32 = 1
        for _ in 0..<e { p &*= 10 }
        multiply(by: p)
      }
    }

    /// self = self << n
    mutating func shiftLeft(_ n: Int) {
      guard n > 0, !isZero else { return }
      let words = n / 32
      let bits = n % 32
      if bits != 0 {
        var carry: UInt32 = 0
        for i in 0..<limbs.count {
          let v = limbs[i]
          limbs[i] = (v << UInt32(bits)) | carry
          carry = v >> UInt32(32 - bits)
        }
        if carry != 0 { limbs.append(carry) }
      }
      if words > 0 {
        limbs.insert(contentsOf: repeatElement(0, count: words), at: 0)
      }
    }

    /// self = self << 1 (fast path used by the bitwise division loop)
    mutating func shiftLeftOne() {
      var carry: UInt32 = 0
      for i in 0..<limbs.count {
        let v = limbs[i]
        limbs[i] = (v << 1) | carry
        carry = v >> 31
      }
      if carry != 0 { limbs.append(carry) }
    }

    /// Three-way comparison: -1, 0 or 1.
    static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
      if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
      var i = a.limbs.count - 1
      while i >= 0 {
        if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] ? -1 : 1 }
        i -= 1
      }
      return 0
    }

    /// self = self - b; requires self >= b.
    mutating func subtract(_ b: BigUInt) {
      var borrow: UInt64 = 0
      for i in 0..<limbs.count {
        let bi = i < b.limbs.count ? UInt64(b.limbs[i]) : 0
        let ai = UInt64(limbs[i])
        let d = ai &- bi &- borrow
        limbs[i] = UInt32(truncatingIfNeeded: d)
        borrow = (ai < bi + borrow) ? 1 : 0
      }
      normalize()
    }

    /// The top 64 bits of self (self must be nonzero), whether any bit below
    /// them is set, and the power of two they are scaled by:
    /// self = (top + fraction) * 2^shift with fraction in [0, 1), nonzero iff sticky.
    func top64() -> (top: UInt64, sticky: Bool, shift: Int) {
      let width = bitWidth
      if width <= 64 {
        var v: UInt64 = 0
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
          v = (v << 32) | UInt64(limbs[i])
        }
        return (v, false, 0)
      }
      let shift = width - 64
      var v: UInt64 = 0
      for bit in 0..<64 {
        let pos = shift + bit
        if (limbs[pos / 32] >> UInt32(pos % 32)) & 1 != 0 { v |= 1 << UInt64(bit) }
      }
      var sticky = false
      let fullWords = shift / 32
      for i in 0..<fullWords where limbs[i] != 0 {
        sticky = true
        break
      }
      let rem = shift % 32
      if !sticky, rem != 0, limbs[fullWords] & ((1 << UInt32(rem)) - 1) != 0 { sticky = true }
      return (v, sticky, shift)
    }

    /// floor(self / divisor) given that the quotient is below 2^63, and
    /// whether the remainder is nonzero. Bitwise restoring division.
    func divide63(by divisor: BigUInt) -> (quotient: UInt64, inexact: Bool) {
      var d = divisor
      d.shiftLeft(62)
      var r = self
      var q: UInt64 = 0
      for i in 0..<63 {
        q <<= 1
        if BigUInt.compare(r, d) >= 0 {
          r.subtract(d)
          q |= 1
        }
        if i < 62 { r.shiftLeftOne() }
      }
      return (q, !r.isZero)
    }

    private mutating func normalize() {
      while let last = limbs.last, last == 0 { limbs.removeLast() }
    }
  }
}
