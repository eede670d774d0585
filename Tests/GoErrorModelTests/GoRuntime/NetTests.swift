// NetTests.swift — net.ParseIP and (*net.TCPAddr).String() against NetFixture.swift (Go 1.19.8 output).

@testable import GoErrorModel
import Testing

/// GoNet against Go-generated fixtures.
@Suite struct NetTests {
  /// ParseIP (nil-ness and bytes) and TCPAddr{IP: ParseIP(s), Port: p}.String() for every fixture input.
  @Test func parseIPAndString() throws {
    let rows = fixtureRows(netParseFixture)
    var parseMismatches = 0
    var stringMismatches = 0
    for row in rows {
      try #require(row.count == 4)
      let port = try #require(Int(row[1]))
      let ip = GoNet.parseIP(row[0])
      let got = ip.map(hexString) ?? "nil"
      if got != row[2] {
        parseMismatches += 1
        Issue.record("parseIP(\(row[0].debugDescription)) = \(got), Go: \(row[2])")
      }
      let s = GoNet.tcpAddrString(ip: ip, port: port)
      if s != row[3] {
        stringMismatches += 1
        Issue.record("tcpAddrString(\(row[0].debugDescription), \(port)) = \(s), Go: \(row[3])")
      }
    }
    print("net fixture: \(rows.count) inputs, parseIP mismatches \(parseMismatches), TCPAddr.String mismatches \(stringMismatches)")
    #expect(rows.count > 5000)
  }

  /// TCPAddr.String() for raw nil, 4-byte and 16-byte IPs.
  @Test func rawTCPAddrString() throws {
    let rows = fixtureRows(netTCPAddrFixture)
    var mismatches = 0
    for row in rows {
      try #require(row.count == 3)
      let ip: [UInt8]? = row[0] == "nil" ? nil : bytesFromHex(row[0])
      let port = try #require(Int(row[1]))
      let s = GoNet.tcpAddrString(ip: ip, port: port)
      if s != row[2] {
        mismatches += 1
        Issue.record("tcpAddrString(\(row[0]), \(port)) = \(s), Go: \(row[2])")
      }
    }
    print("raw TCPAddr fixture: \(rows.count) addresses, mismatches \(mismatches)")
    #expect(rows.count > 2000)
  }
}
