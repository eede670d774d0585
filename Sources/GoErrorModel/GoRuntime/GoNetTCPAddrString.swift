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

// GoNetTCPAddrString.swift — (*net.TCPAddr).String (net/tcpsock.go) with net.IP.String (net/ip.go)
// and JoinHostPort (net/ipsock.go), Go 1.19.

extension GoNet {
  /// (*net.TCPAddr).String() for IP (nil or 16/4 bytes) and Port, as Go 1.19 prints it (JoinHostPort, RFC 5952 IPv6 form via net.IP.String, IPv4-mapped printed as dotted IPv4, nil IP prints as empty host).
  public static func tcpAddrString(ip: [UInt8]?, port: Int) -> String {
    // ipEmptyString: "" for a nil/empty IP, else ip.String(). (TCPAddr.Zone is always "" here.)
    if let ip, to4Offset(ip) != nil {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxIPv4AddrLength) { buffer in
        let count = writeIPv4Addr(ip: ip, port: port, into: buffer)!
        // At its exact size, so that a text of up to 15 bytes is kept inline.
        return String(unsafeUninitializedCapacity: count) { out in
          out.baseAddress!.update(from: buffer.baseAddress!, count: count)
          return count
        }
      }
    }
    let host: String
    if let ip, !ip.isEmpty { host = ipString(ip) } else { host = "" }
    // JoinHostPort(host, itoa.Itoa(port)): bracket hosts that contain a colon.
    let hasColon = host.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ":")) }
    if hasColon ?? host.utf8.contains(UInt8(ascii: ":")) {
      return joined("[", host, "]:", String(port))
    }
    return joined(host, ":", String(port))
  }

  /// net.IP.String() (net/ip.go): "<nil>", dotted IPv4 (also for IPv4-mapped), RFC 5952 IPv6, or "?" + hex for odd lengths.
  static func ipString(_ ip: [UInt8]) -> String {
    if ip.isEmpty { return "<nil>" }
    // If IPv4 (4 bytes, or 16 bytes with the ::ffff:0:0/96 prefix), use dotted notation.
    if let v4 = to4Offset(ip) {
      // Dotted decimal, at most 15 bytes.
      return String(unsafeUninitializedCapacity: 15) { writeDottedIPv4(ip, from: v4, into: $0) }
    }
    let hexDigit = GoStrconv.lowerhex  // net's hexDigit (net/mac.go:7)
    if ip.count != 16 {
      // "?" + hexString(ip)
      var out: [UInt8] = [UInt8(ascii: "?")]
      for b in ip {
        out.append(hexDigit[Int(b >> 4)])
        out.append(hexDigit[Int(b & 0xF)])
      }
      return String(decoding: out, as: UTF8.self)
    }

    // Find longest run of zeros (the first one wins ties).
    var e0 = -1
    var e1 = -1
    var i = 0
    while i < 16 {
      var j = i
      while j < 16 && ip[j] == 0 && ip[j + 1] == 0 { j += 2 }
      if j > i && j - i > e1 - e0 {
        e0 = i
        e1 = j
        i = j
      }
      i += 2
    }
    // The symbol "::" MUST NOT be used to shorten just one 16 bit 0 field.
    if e1 - e0 <= 2 {
      e0 = -1
      e1 = -1
    }

    // Print with possible :: in place of run of zeros.
    var out: [UInt8] = []
    out.reserveCapacity(39)
    i = 0
    while i < 16 {
      if i == e0 {
        out.append(UInt8(ascii: ":"))
        out.append(UInt8(ascii: ":"))
        i = e1
        if i >= 16 { break }
      } else if i > 0 {
        out.append(UInt8(ascii: ":"))
      }
      // appendHex: no leading zeros, "0" for zero.
      let v = UInt32(ip[i]) << 8 | UInt32(ip[i + 1])
      if v == 0 {
        out.append(UInt8(ascii: "0"))
      } else {
        for j in stride(from: 7, through: 0, by: -1) {
          let d = v >> UInt32(j * 4)
          if d > 0 { out.append(hexDigit[Int(d & 0xF)]) }
        }
      }
      i += 2
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The longest `tcpAddrString` of an IPv4 address: a dotted host of 15 bytes, `:` and a port of up to 20 bytes.
  static let maxIPv4AddrLength = 15 + 1 + 20

  /// Writes `tcpAddrString(ip:port:)` of a 4-byte or IPv4-mapped `ip` at the start of `out` (room for
  /// `maxIPv4AddrLength` bytes) and returns the count written; nil, writing nothing, for any other `ip`.
  static func writeIPv4Addr(ip: [UInt8]?, port: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    guard let ip, let v4 = to4Offset(ip) else { return nil }
    // A dotted IPv4 host holds no colon: no brackets (JoinHostPort).
    var count = writeDottedIPv4(ip, from: v4, into: out)
    out[count] = UInt8(ascii: ":")
    count += 1
    return count + writeDecimal(port, into: UnsafeMutableBufferPointer(rebasing: out[count...]))
  }

  /// Writes the dotted decimal form of the four bytes of `ip` from `v4` (at most 15 bytes) and returns its length.
  static func writeDottedIPv4(_ ip: [UInt8], from v4: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var count = 0
    for index in v4..<(v4 + 4) {
      if index > v4 {
        out[count] = UInt8(ascii: ".")
        count += 1
      }
      let byte = ip[index]
      if byte >= 100 {
        out[count] = UInt8(ascii: "0") + byte / 100
        count += 1
      }
      if byte >= 10 {
        out[count] = UInt8(ascii: "0") + byte / 10 % 10
        count += 1
      }
      out[count] = UInt8(ascii: "0") + byte % 10
      count += 1
    }
    return count
  }

  /// Writes `value` in decimal as `itoa.Itoa` does (a leading `-` when negative; at most 20 bytes) and returns
  /// its length.
  static func writeDecimal(_ value: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var magnitude = value.magnitude
    var digits = 0
    repeat {
      digits += 1
      magnitude /= 10
    } while magnitude > 0
    let sign = value < 0 ? 1 : 0
    if sign == 1 { out[0] = UInt8(ascii: "-") }
    magnitude = value.magnitude
    var index = sign + digits
    repeat {
      index -= 1
      out[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
    return sign + digits
  }

  /// net.IP.To4() (net/ip.go) as an offset: where the 4-byte form of a 4-byte or IPv4-mapped 16-byte IP starts
  /// in `ip` (0 or 12), else nil.
  static func to4Offset(_ ip: [UInt8]) -> Int? {
    if ip.count == 4 { return 0 }
    if ip.count == 16 && ip[0..<10].allSatisfy({ $0 == 0 }) && ip[10] == 0xFF && ip[11] == 0xFF {
      return 12
    }
    return nil
  }
}
