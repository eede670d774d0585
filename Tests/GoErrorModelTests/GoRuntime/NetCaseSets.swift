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

// NetCaseSets.swift — the net case sets; a statement-for-statement mirror of scripts/go-runtime/cases/net.go,
// so Go's lines and the Swift port's lines must be identical.

import ConformTestSupport
import ConformVectors

@testable import GoErrorModel

/// The net case sets (cases.NetSets) and the Swift port's output line for each case.
enum NetCaseSets {
  /// Every net set name, in order (cases.NetSets).
  static let names = ["net-parse-random", "net-tcpaddr-random"]

  /// The ports the sets pick from (cases.NetPorts).
  static let ports = [0, 1, 80, 443, 8080, 65535, -1, 65536, 100000]

  /// Emits every output line of `set` (cases.NetLines) as `release`'s net package answers.
  static func lines(_ set: String, release: GoRelease = .go119, _ emit: (String) -> Void) {
    switch set {
    case "net-parse-random":
      var rng = SplitMix64(state: 0x1F)
      for _ in 0..<100_000 {
        let s = randomIPText(&rng)
        let port = randomPort(&rng)
        emit(parseLine(s, port, release: release))
      }
    case "net-tcpaddr-random":
      var rng = SplitMix64(state: 0x7C)
      for _ in 0..<50_000 {
        let ip = randomRawIP(&rng)
        let port = randomPort(&rng)
        emit(tcpAddrLine(ip, port))
      }
    default:
      preconditionFailure("unknown set \(set)")
    }
  }

  /// "input<TAB>port<TAB>hex(ParseIP) or nil<TAB>TCPAddr.String()" (cases.NetParseLine).
  static func parseLine(_ s: String, _ port: Int, release: GoRelease = .go119) -> String {
    let ip = release == .go119 ? GoNet.parseIP(s) : GoNet.parseIPGo123(s)
    return s + "\t" + String(port) + "\t" + (ip.map(Hex.string) ?? "nil") + "\t"
      + GoNet.tcpAddrString(ip: ip, port: port)
  }

  /// "hex(ip) or nil<TAB>port<TAB>TCPAddr.String()" (cases.NetTCPAddrLine).
  static func tcpAddrLine(_ ip: [UInt8]?, _ port: Int) -> String {
    (ip.map(Hex.string) ?? "nil") + "\t" + String(port) + "\t" + GoNet.tcpAddrString(ip: ip, port: port)
  }

  static func randomPort(_ r: inout SplitMix64) -> Int {
    var port = ports[Int(r.below(UInt64(ports.count)))]
    if r.below(2) == 0 {
      port = Int(r.below(UInt64(65536)))
    }
    return port
  }

  static func randomBytes(_ r: inout SplitMix64, _ n: Int) -> [UInt8] {
    (0..<n).map { _ in UInt8(truncatingIfNeeded: r.next()) }
  }

  static func zeroGroups(_ b: inout [UInt8], _ r: inout SplitMix64) {
    let start = Int(r.below(UInt64(8)))
    let n = 1 + Int(r.below(UInt64(8 - start)))
    for g in start..<(start + n) {
      b[2 * g] = 0
      b[2 * g + 1] = 0
    }
  }

  /// cases.RandomIP16.
  static func randomIP16(_ r: inout SplitMix64) -> [UInt8] {
    var b = randomBytes(&r, 16)
    switch r.below(UInt64(4)) {
    case 0:
      break
    case 1:
      let g = Int(r.below(UInt64(8)))
      b[2 * g] = 0
      b[2 * g + 1] = 0
    default:
      zeroGroups(&b, &r)
      if r.below(UInt64(3)) == 0 { zeroGroups(&b, &r) }
    }
    if r.below(UInt64(5)) == 0 {
      for g in 0..<8 where r.below(UInt64(2)) == 0 {
        b[2 * g] = 0
      }
    }
    return b
  }

  static func ipGroups(_ b: [UInt8]) -> [Int] {
    (0..<8).map { Int(b[2 * $0]) << 8 | Int(b[2 * $0 + 1]) }
  }

  static func padZeros(_ s: String, _ width: Int) -> String {
    String(repeating: "0", count: max(0, width - s.utf8.count)) + s
  }

  static func upperASCII(_ c: UInt8) -> UInt8 {
    c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") ? c - UInt8(ascii: "a") + UInt8(ascii: "A") : c
  }

  static func hexGroup(_ r: inout SplitMix64, _ v: Int) -> String {
    var s: String
    switch r.below(UInt64(6)) {
    case 0: s = padZeros(String(v, radix: 16), 4)
    case 1: s = String(v, radix: 16).uppercased()
    case 2: s = padZeros(String(v, radix: 16), 1 + Int(r.below(UInt64(7))))
    default: s = String(v, radix: 16)
    }
    if r.below(UInt64(8)) == 0 {
      var bs = Array(s.utf8)
      for i in bs.indices where r.below(UInt64(2)) == 0 {
        bs[i] = upperASCII(bs[i])
      }
      s = String(decoding: bs, as: UTF8.self)
    }
    return s
  }

  static func ipv6Text(_ g: [String], _ z0: Int, _ z1: Int) -> String {
    if z0 < 0 { return g.joined(separator: ":") }
    return g[..<z0].joined(separator: ":") + "::" + g[z1...].joined(separator: ":")
  }

  static func dotted(_ r: inout SplitMix64, _ b: ArraySlice<UInt8>) -> String {
    var parts: [String] = []
    for i in 0..<4 {
      let byte = b[b.startIndex + i]
      if r.below(UInt64(20)) == 0 {
        parts.append(padZeros(String(byte), 2 + Int(r.below(UInt64(2)))))
      } else {
        parts.append(String(byte))
      }
    }
    return parts.joined(separator: ".")
  }

  static func randomZeroRun(_ r: inout SplitMix64, _ gv: [Int]) -> (Int, Int) {
    var runs: [(Int, Int)] = []
    var i = 0
    while i < gv.count {
      if gv[i] != 0 {
        i += 1
        continue
      }
      var j = i
      while j < gv.count && gv[j] == 0 { j += 1 }
      for a in i..<j {
        for c in (a + 1)...j { runs.append((a, c)) }
      }
      i = j
    }
    if runs.isEmpty { return (-1, -1) }
    if r.below(UInt64(6)) == 0 { return (-1, -1) }
    return runs[Int(r.below(UInt64(runs.count)))]
  }

  static let mutationAlphabet = Array("0123456789abcdefABCDEF:.%xg []-+/_".utf8)

  static func mutate(_ r: inout SplitMix64, _ s: String) -> String {
    var bs = Array(s.utf8)
    switch r.below(UInt64(4)) {
    case 0:
      if !bs.isEmpty {
        let i = Int(r.below(UInt64(bs.count)))
        bs.remove(at: i)
      }
    case 1:
      let i = Int(r.below(UInt64(bs.count + 1)))
      let c = mutationAlphabet[Int(r.below(UInt64(mutationAlphabet.count)))]
      bs.insert(c, at: i)
    case 2:
      if !bs.isEmpty {
        let i = Int(r.below(UInt64(bs.count)))
        bs[i] = mutationAlphabet[Int(r.below(UInt64(mutationAlphabet.count)))]
      }
    default:
      if bs.count > 1 {
        let i = Int(r.below(UInt64(bs.count)))
        let j = i + Int(r.below(UInt64(bs.count - i)))
        bs = Array(bs[..<j]) + Array(bs[i..<j]) + Array(bs[j...])
      }
    }
    return String(decoding: bs, as: UTF8.self)
  }

  /// cases.RandomIPText.
  static func randomIPText(_ r: inout SplitMix64) -> String {
    switch r.below(UInt64(10)) {
    case 0, 1:
      var b = randomBytes(&r, 4)
      if r.below(UInt64(4)) == 0 {
        b[Int(r.below(UInt64(4)))] = 0
      }
      return dotted(&r, b[...])
    case 2, 3, 4:
      let gv = ipGroups(randomIP16(&r))
      var g: [String] = []
      for i in 0..<8 { g.append(hexGroup(&r, gv[i])) }
      let (z0, z1) = randomZeroRun(&r, gv)
      return ipv6Text(g, z0, z1)
    case 5:
      var s = GoNet.ipString(randomIP16(&r))
      if r.below(UInt64(3)) == 0 { s = s.uppercased() }
      return s
    case 6:
      var b = randomIP16(&r)
      if r.below(UInt64(2)) == 0 {
        b.replaceSubrange(0..<12, with: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF])
      }
      let gv = ipGroups(b)
      var g: [String] = []
      for i in 0..<6 { g.append(hexGroup(&r, gv[i])) }
      let (z0, z1) = randomZeroRun(&r, Array(gv[0..<6]) + [1, 1])
      var s = ipv6Text(g + ["X"], z0, z1)
      if s.hasSuffix("X") { s.removeLast() }
      if !s.hasSuffix(":") { s += ":" }
      return s + dotted(&r, b[12...])
    case 7:
      let s = GoNet.ipString(randomIP16(&r))
      switch r.below(UInt64(3)) {
      case 0: return s + "%eth" + String(r.below(UInt64(3)))
      case 1: return "[" + s + "]"
      default: return s + "%"
      }
    default:
      let base: String
      if r.below(UInt64(2)) == 0 {
        let b = randomBytes(&r, 4)
        base = dotted(&r, b[...])
      } else {
        base = GoNet.ipString(randomIP16(&r))
      }
      var s = mutate(&r, base)
      if r.below(UInt64(3)) == 0 { s = mutate(&r, s) }
      return s
    }
  }

  /// cases.RandomRawIP.
  static func randomRawIP(_ r: inout SplitMix64) -> [UInt8] {
    switch r.below(UInt64(4)) {
    case 0:
      return randomBytes(&r, 4)
    case 1:
      let b = randomBytes(&r, 4)
      return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF] + b  // net.IPv4
    default:
      var b = randomIP16(&r)
      if r.below(UInt64(6)) == 0 {
        b.replaceSubrange(0..<12, with: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFE + UInt8(r.below(UInt64(2)))])
      }
      return b
    }
  }
}
