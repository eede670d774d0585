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
import ConformTestSupport
import ConformVectors
import Testing

/// (8) Seeded random mutations of valid documents never crash the parser: each either parses
/// (and then re-encodes to stable text) or throws a JSONParseError with an offset in range.
@Suite struct MutationFuzzTests {
  static let corpus: [String] = [
    #"{"jsonrpc":"2.0","id":17,"method":"js.v2.calculateRetryDelay","params":{"retryCount":2,"retryDelayOptions":{"base":100},"random":[0.5692038748222122]}}"#,
    #"[1,-0,0.5,1e10,-2.5E-3,12345678901234567890,1e300,true,false,null,"",{}]"#,
    #"{"a":{"b":{"c":[[[[[[]]]]]],"d":"\u00e9\ud83d\ude00\n\t\"\\\/"}},"e":[{"f":1},{"f":2}],"a":0}"#,
    "{\"unicode\":\"h\u{E9}llo w\u{F6}rld \u{20AC} \u{1F600} \u{4E2D}\u{6587}\",\"k\":[\"x\",\"y\"]}",
    #"  [ { "x" : 1 , "y" : [ 2 , 3 ] } , "\uD800" , 1.7976931348623157e308 , 5e-324 ]  "#,
    #""just a string with \\ escapes \u0041 and spaces""#,
    "-12.5e+7",
    #"{"id":null,"error":{"code":-32600,"message":"Invalid Request","data":[0.1,0.2,0.30000000000000004]}}"#,
  ]

  static let interesting: [UInt8] =
    Array(#"{}[]",:\0123456789eE.+- tfn"#.utf8) + [
      0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xED, 0xF0, 0xF4, 0xF8, 0xFF,
    ]

  static func mutate(_ doc: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var bytes = doc
    let rounds = Int(rng.next() % 3) + 1
    for _ in 0..<rounds {
      let kind = rng.next() % 6
      let pos = bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count + 1))
      func randomByte() -> UInt8 {
        rng.next() % 2 == 0
          ? interesting[Int(rng.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: rng.next())
      }
      switch kind {
      case 0:  // truncate
        bytes = Array(bytes.prefix(pos))
      case 1:  // flip a byte
        if pos < bytes.count { bytes[pos] = randomByte() }
      case 2:  // flip bits
        if pos < bytes.count { bytes[pos] ^= UInt8(1) << UInt8(rng.next() % 8) }
      case 3:  // insert bytes
        let n = Int(rng.next() % 4) + 1
        bytes.insert(contentsOf: (0..<n).map { _ in randomByte() }, at: pos)
      case 4:  // delete a range
        let n = min(Int(rng.next() % 4) + 1, bytes.count - pos)
        if n > 0 { bytes.removeSubrange(pos..<(pos + n)) }
      default:  // duplicate a slice
        let n = min(Int(rng.next() % 16) + 1, bytes.count - pos)
        if n > 0 { bytes.insert(contentsOf: bytes[pos..<(pos + n)], at: pos) }
      }
    }
    return bytes
  }

  @Test func mutatedDocumentsNeverCrash() throws {
    let docs = Self.corpus.map { Array($0.utf8) }
    for doc in docs {
      _ = try JSONParser.parse(doc)  // the corpus itself is valid...
    }
    var rng = SplitMix64(state: 0x5EED_0008)
    var parsed = 0
    var failed = 0
    for _ in 0..<50_000 {
      let doc = docs[Int(rng.next() % UInt64(docs.count))]
      let mutated = Self.mutate(doc, &rng)
      switch parseResult(bytes: mutated, maxDepth: Int(rng.next() % 8) + 2) {
      case .success(let value):
        parsed += 1
        // Writer output must re-parse, and re-encoding is then stable.
        let text = JSONWriter.encode(value)
        let again = try JSONParser.parse(text)
        #expect(JSONWriter.encode(again) == text)
        var pretty = JSONWriter()
        pretty.writePretty(value)
        #expect(JSONWriter.encode(try JSONParser.parse(pretty.bytes)) == text)
      case .failure(let error):
        failed += 1
        #expect(error.offset >= 0 && error.offset <= mutated.count, "\(error) for \(mutated.count) bytes")
        if case .unexpectedEnd = error.reason {
          #expect(error.offset == mutated.count, "\(Hex.string(mutated)) -> \(error)")
        }
      }
    }
    #expect(parsed > 1_000 && failed > 10_000)
  }
}
