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

import Foundation
import JSValueModel
import Testing

@testable import JSV2Retry

/// `NodeURLParser` against a table of what Node 20's own `url.parse` returned or threw
/// (`scripts/node-url-parse-table.js` writes `Data/node-url-parse.json`).
@Suite struct NodeURLParserTests {
  static func rows() throws -> [[String: Any]] {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/node-url-parse.json")
    let table = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    return try #require(table?["rows"] as? [[String: Any]])
  }

  @Test func agreesWithNode() throws {
    let rows = try Self.rows()
    #expect(rows.count > 1000)
    var checked = 0
    for row in rows {
      let input = try #require(row["input"] as? String)
      do throws(JSThrow) {
        let url = try NodeURLParser.parse(JSString(input))
        #expect(row["throws"] == nil, "\(input): Node throws \(row["throws"] ?? "")")
        for (key, actual) in [
          ("host", url.host?.text), ("path", url.path?.text), ("hostname", url.hostname?.text),
          ("port", url.port?.text),
          ("pathname", url.pathname?.text), ("search", url.search?.text), ("auth", url.auth?.text),
          ("protocol", url.scheme),
        ] {
          #expect(row[key] as? String == actual, "\(input): \(key)")
        }
      } catch {
        #expect(row["throws"] as? String == error.description, "\(input)")
      }
      checked += 1
    }
    #expect(checked == rows.count)
  }

  @Test func idnaHosts() throws {
    #expect(try NodeURLParser.parse("http://M\u{DC}NCHEN/").host == "xn--mnchen-3ya")
    #expect(try NodeURLParser.parse("http://\u{FF21}\u{FF22}/").host == "ab")
    #expect(throws: JSThrow.self) { try NodeURLParser.parse("http://a\u{200D}b/") }
    #expect(throws: JSThrow.self) { try NodeURLParser.parse("http://\u{5D0}a/") }
  }

  /// Lone surrogates, as Node 20 parses them (`url.parse`) and as the v4 signer escapes them.
  @Test func loneSurrogates() throws {
    func url(_ units: [UInt16]) -> JSString { JSString(utf16: units) }
    let path = try NodeURLParser.parse(url(Array("http://h/p".utf16) + [0xD800]))
    #expect(path.path == url(Array("/p".utf16) + [0xD800]))
    // An auth that ends in a surrogate: Url.prototype.format's encodeStr throws ERR_INVALID_URI.
    #expect(throws: NodeURLParser.invalidURI) {
      try NodeURLParser.parse(url(Array("http://u".utf16) + [0xD800, 0x40, 0x68]))
    }
    // One inside the auth takes the next unit as its pair: no throw, the auth keeps it.
    let auth = try NodeURLParser.parse(url(Array("http://u".utf16) + [0xD800] + Array(":p@h/x".utf16)))
    #expect(auth.auth == url([0x75, 0xD800, 0x3A, 0x70]))
    // A lone surrogate in a host name: toASCII sees U+FFFD, ERR_INVALID_URL; inside IPv6 brackets it passes.
    #expect(throws: NodeURLParser.invalidURL) { try NodeURLParser.parse(url(Array("http://h".utf16) + [0xDC00])) }
    #expect(try NodeURLParser.parse(url(Array("http://[::1".utf16) + [0xD800, 0x5D, 0x2F])).path == "/")
    // toLowerCase leaves the lone surrogate (and Final_Sigma sees it as neither cased nor case-ignorable).
    let ipv6 = try NodeURLParser.parse(url(Array("http://[::A".utf16) + [0xD800, 0x3A3, 0x5D, 0x2F]))
    #expect(ipv6.host == url(Array("[::a".utf16) + [0xD800, 0x3C3, 0x5D]))
    func signing(_ location: [UInt16]) throws -> JSThrow? {
      V4SigningFailure.failure(for: try AWSEndpoint(parsing: url(location)))
    }
    #expect(try signing(Array("http://h/p".utf16) + [0xD800]) == NodeURLParser.uriMalformed)
    #expect(try signing(Array("http://h/a?b=".utf16) + [0xDC00] + Array("&c".utf16)) == NodeURLParser.uriMalformed)
    // A part decodeURIComponent rejects is decoded by unescapeBuffer, which drops the surrogate.
    #expect(try signing(Array("http://h/a?b=%41%ZZ".utf16) + [0xD800]) == nil)
    // Only the part before a second '?' is the query; a hash is not part of the path.
    #expect(try signing(Array("http://h/a?b?".utf16) + [0xD800]) == nil)
    #expect(try signing(Array("http://h/a#".utf16) + [0xD800]) == nil)
    // querystring.parse stops after 1000 pairs.
    #expect(try signing(Array(("http://h/?" + String(repeating: "&", count: 1000)).utf16) + [0xD800]) == nil)
    #expect(try signing(Array(("http://h/?" + String(repeating: "&", count: 999)).utf16) + [0xD800]) != nil)
  }

  @Test func signerFailures() throws {
    #expect(V4SigningFailure.failure(for: try AWSEndpoint(parsing: "https://"))?.code == nil)
    #expect(V4SigningFailure.failure(for: try AWSEndpoint(parsing: "https://"))?.name == "TypeError")
    #expect(V4SigningFailure.failure(for: try AWSEndpoint(parsing: "http:x"))?.code == "InvalidHeader")
    #expect(V4SigningFailure.failure(for: try AWSEndpoint(parsing: "x/y")) == nil)
  }

  @Test func nanPayloads() {
    let left = Double(bitPattern: 0x7FF8_0000_0000_0002)
    let right = Double(bitPattern: 0xFFF0_0000_0000_0005)
    #expect(JSNumerics.multiply(left, right).bitPattern == 0xFFF8_0000_0000_0005)
    #expect(JSNumerics.multiply(left, 3).bitPattern == 0x7FF8_0000_0000_0002)
  }

  @Test func s3RegionTemplate() {
    #expect(S3RegionEndpoint.endpointString(region: "$`x") == "s3.s3.x.amazonaws.com")
    #expect(S3RegionEndpoint.endpointString(region: "us-east-1") == "s3.amazonaws.com")
    #expect(S3RegionEndpoint.endpointString(region: "fips-us-gov-west-1") == "s3-fips.us-gov-west-1.amazonaws.com")
  }
}
