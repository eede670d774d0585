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

// GoNetParseIP123.swift — net.ParseIP for Go 1.23 (net/ip.go parseIP over net/netip's ParseAddr).
//
// Go 1.23's net.ParseIP is netip.ParseAddr, with nil for an error or a zone. Unlike Go 1.19 it allows at
// most four hex digits in an IPv6 group, and rejects a leading zero in an embedded IPv4 octet as in a plain
// one.

extension GoNet {
  /// net.ParseIP(s) in Go 1.23: the 16-byte form, or nil.
  public static func parseIPGo123(_ s: String) -> [UInt8]? {
    let b = Array(s.utf8)
    // ParseAddr: the first '.', ':' or '%' decides; an address with a zone is nil for ParseIP, so any '%' is.
    for c in b {
      if c == UInt8(ascii: ".") {
        guard let fields = parseIPv4Fields123(b[...]) else { return nil }
        return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + fields
      }
      if c == UInt8(ascii: ":") { return b.contains(UInt8(ascii: "%")) ? nil : parseIPv6Go123(b) }
      if c == UInt8(ascii: "%") { return nil }
    }
    return nil
  }

  /// netip's parseIPv4Fields: exactly four decimal fields in 0...255, no leading zero, nothing else.
  private static func parseIPv4Fields123(_ s: ArraySlice<UInt8>) -> [UInt8]? {
    var fields = [UInt8](repeating: 0, count: 4)
    var val = 0
    var pos = 0
    var digLen = 0
    let bytes = Array(s)
    for i in bytes.indices {
      let c = bytes[i]
      if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
        if digLen == 1 && val == 0 { return nil }
        val = val * 10 + Int(c - UInt8(ascii: "0"))
        digLen += 1
        if val > 255 { return nil }
      } else if c == UInt8(ascii: ".") {
        if i == 0 || i == bytes.count - 1 || bytes[i - 1] == UInt8(ascii: ".") { return nil }
        if pos == 3 { return nil }
        fields[pos] = UInt8(val)
        pos += 1
        val = 0
        digLen = 0
      } else {
        return nil
      }
    }
    if pos < 3 { return nil }
    fields[3] = UInt8(val)
    return fields
  }

  /// netip's parseIPv6 without a zone.
  private static func parseIPv6Go123(_ input: [UInt8]) -> [UInt8]? {
    var s = input[...]
    var ip = [UInt8](repeating: 0, count: 16)
    var ellipsis = -1
    if s.count >= 2, s[s.startIndex] == UInt8(ascii: ":"), s[s.startIndex + 1] == UInt8(ascii: ":") {
      ellipsis = 0
      s = s.dropFirst(2)
      if s.isEmpty { return ip }
    }
    var i = 0
    while i < 16 {
      var off = 0
      var acc: UInt32 = 0
      while off < s.count {
        let c = s[s.startIndex + off]
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
          acc = (acc << 4) + UInt32(c - UInt8(ascii: "0"))
        } else if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f") {
          acc = (acc << 4) + UInt32(c - UInt8(ascii: "a") + 10)
        } else if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F") {
          acc = (acc << 4) + UInt32(c - UInt8(ascii: "A") + 10)
        } else {
          break
        }
        if off > 3 || acc > 0xFFFF { return nil }
        off += 1
      }
      if off == 0 { return nil }
      if off < s.count, s[s.startIndex + off] == UInt8(ascii: ".") {
        // An embedded IPv4 address: the rest of the text, as the last four bytes.
        if ellipsis < 0 && i != 12 { return nil }
        if i + 4 > 16 { return nil }
        guard let fields = parseIPv4Fields123(s) else { return nil }
        ip.replaceSubrange(i..<i + 4, with: fields)
        s = s[s.endIndex...]
        i += 4
        break
      }
      ip[i] = UInt8(acc >> 8)
      ip[i + 1] = UInt8(acc & 0xFF)
      i += 2
      s = s.dropFirst(off)
      if s.isEmpty { break }
      if s.first != UInt8(ascii: ":") { return nil }
      if s.count == 1 { return nil }
      s = s.dropFirst()
      if s.first == UInt8(ascii: ":") {
        if ellipsis >= 0 { return nil }
        ellipsis = i
        s = s.dropFirst()
        if s.isEmpty { break }
      }
    }
    if !s.isEmpty { return nil }
    return expandingEllipsis(ip, parsed: i, ellipsis: ellipsis)
  }
}
