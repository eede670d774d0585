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

// GoNetParseIP.swift — net.ParseIP (net/ip.go, net/parse.go) for Go 1.19.
//
// Go 1.19 rejects IPv4 octets with leading zeros ("01.2.3.4"), rejects zones
// ("fe80::1%eth0" — only parseIPZone splits them off), accepts any number of
// leading zeros in an IPv6 group as long as the value fits 16 bits (xtoi stops at
// 0xFFFFFF), and accepts an embedded dotted quad only as the last 32 bits.

extension GoNet {
  /// net.ParseIP(s) in Go 1.19: the 16-byte form, or nil when Go returns nil (zones, leading zeros in IPv4 octets, etc. as Go 1.19 decides).
  public static func parseIP(_ s: String) -> [UInt8]? {
    if let parsed = s.utf8.withContiguousStorageIfAvailable({ parseIP($0[...]) }) { return parsed }
    return Array(s.utf8).withUnsafeBufferPointer { parseIP($0[...]) }
  }

  /// The text's bytes, read in place.
  private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// net.ParseIP on the text's bytes.
  private static func parseIP(_ b: Bytes) -> [UInt8]? {
    for c in b {
      if c == UInt8(ascii: ".") { return parseIPv4(b) }
      if c == UInt8(ascii: ":") { return parseIPv6(b) }
    }
    return nil
  }

  /// net's `big` (net/parse.go): the overflow cutoff of dtoi and xtoi.
  private static let big = 0xFFFFFF

  /// dtoi (net/parse.go): decimal prefix of s → (value, bytes consumed, ok).
  private static func dtoi(_ s: Bytes) -> (n: Int, i: Int, ok: Bool) {
    var n = 0
    var i = 0
    while i < s.count {
      let c = s[s.startIndex + i]
      guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { break }
      n = n * 10 + Int(c - UInt8(ascii: "0"))
      if n >= big { return (big, i, false) }
      i += 1
    }
    if i == 0 { return (0, 0, false) }
    return (n, i, true)
  }

  /// xtoi (net/parse.go): hexadecimal prefix of s → (value, bytes consumed, ok).
  private static func xtoi(_ s: Bytes) -> (n: Int, i: Int, ok: Bool) {
    var n = 0
    var i = 0
    while i < s.count {
      let c = s[s.startIndex + i]
      if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
        n = n * 16 + Int(c - UInt8(ascii: "0"))
      } else if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f") {
        n = n * 16 + Int(c - UInt8(ascii: "a")) + 10
      } else if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F") {
        n = n * 16 + Int(c - UInt8(ascii: "A")) + 10
      } else {
        break
      }
      if n >= big { return (0, i, false) }
      i += 1
    }
    if i == 0 { return (0, i, false) }
    return (n, i, true)
  }

  /// parseIPv4 (net/ip.go): d.d.d.d → the 16-byte IPv4-mapped form, or nil.
  private static func parseIPv4(_ str: Bytes) -> [UInt8]? {
    var s = str
    var ip: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0, 0]  // IPv4(a, b, c, d): a..d go last
    for i in 0..<4 {
      if s.isEmpty { return nil }  // missing octets
      if i > 0 {
        if s.first != UInt8(ascii: ".") { return nil }
        s = s.dropFirst()
      }
      let (n, c, ok) = dtoi(s)
      if !ok || n > 0xFF { return nil }
      if c > 1 && s.first == UInt8(ascii: "0") { return nil }  // non-zero components with leading zeroes
      s = s.dropFirst(c)
      ip[12 + i] = UInt8(n)
    }
    if !s.isEmpty { return nil }
    return ip
  }

  /// parseIPv6 (net/ip.go): RFC 4291 / RFC 5952 literal without zone → 16 bytes, or nil.
  private static func parseIPv6(_ str: Bytes) -> [UInt8]? {
    var s = str
    var ip = [UInt8](repeating: 0, count: 16)
    var ellipsis = -1  // position of ellipsis in ip
    let colon = UInt8(ascii: ":")

    // Might have leading ellipsis
    if s.count >= 2 && s[s.startIndex] == colon && s[s.startIndex + 1] == colon {
      ellipsis = 0
      s = s.dropFirst(2)
      if s.isEmpty { return ip }  // might be only ellipsis
    }

    // Loop, parsing hex numbers followed by colon.
    var i = 0
    while i < 16 {
      let (n, c, ok) = xtoi(s)
      if !ok || n > 0xFFFF { return nil }

      // If followed by dot, might be in trailing IPv4.
      if c < s.count && s[s.startIndex + c] == UInt8(ascii: ".") {
        if ellipsis < 0 && i != 16 - 4 { return nil }  // not the right place
        if i + 4 > 16 { return nil }  // not enough room
        guard let ip4 = parseIPv4(s) else { return nil }
        ip[i] = ip4[12]
        ip[i + 1] = ip4[13]
        ip[i + 2] = ip4[14]
        ip[i + 3] = ip4[15]
        s = s[s.endIndex...]
        i += 4
        break
      }

      // Save this 16-bit chunk.
      ip[i] = UInt8(truncatingIfNeeded: n >> 8)
      ip[i + 1] = UInt8(truncatingIfNeeded: n)
      i += 2

      // Stop at end of string.
      s = s.dropFirst(c)
      if s.isEmpty { break }

      // Otherwise must be followed by colon and more.
      if s.first != colon || s.count == 1 { return nil }
      s = s.dropFirst()

      // Look for ellipsis.
      if s.first == colon {
        if ellipsis >= 0 { return nil }  // already have one
        ellipsis = i
        s = s.dropFirst()
        if s.isEmpty { break }  // can be at end
      }
    }

    // Must have used entire string.
    if !s.isEmpty { return nil }
    return expandingEllipsis(ip, parsed: i, ellipsis: ellipsis)
  }

  /// The end of parseIPv6, the same in net/ip.go (Go 1.19) and net/netip (Go 1.23): with fewer than 16 bytes
  /// parsed, the `::` at `ellipsis` (-1 for none) stands for the missing zero bytes; nil when there is no `::`
  /// to expand, or when it would stand for no group at all.
  static func expandingEllipsis(_ parsed: [UInt8], parsed i: Int, ellipsis: Int) -> [UInt8]? {
    guard i < 16 else { return ellipsis < 0 ? parsed : nil }
    guard ellipsis >= 0 else { return nil }
    var ip = parsed
    let n = 16 - i
    var j = i - 1
    while j >= ellipsis {
      ip[j + n] = ip[j]
      j -= 1
    }
    for k in ellipsis..<ellipsis + n { ip[k] = 0 }
    return ip
  }
}
