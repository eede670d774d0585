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
        let url = try NodeURLParser.parse(input)
        #expect(row["throws"] == nil, "\(input): Node throws \(row["throws"] ?? "")")
        for (key, actual) in [
          ("host", url.host), ("path", url.path), ("hostname", url.hostname), ("port", url.port),
          ("pathname", url.pathname), ("search", url.search), ("auth", url.auth), ("protocol", url.scheme),
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
