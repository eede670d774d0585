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
import JSONRPCLineTransport
import Testing

/// Line framing over a pipe: CRLF, a last line without a newline, and over-long lines skipped without being
/// held in memory.
@Suite struct LineReaderTests {
  static func lines(of input: [UInt8], maxLineBytes: Int, chunkSize: Int = 16) -> [String] {
    let pipe = Pipe()
    let writer = Thread {
      try? pipe.fileHandleForWriting.write(contentsOf: Data(input))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    var reader = LineReader(
      fd: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: maxLineBytes, chunkSize: chunkSize)
    defer { reader.close() }
    var result: [String] = []
    loop: while true {
      switch reader.next() {
      case .line(let line): result.append(String(decoding: line, as: UTF8.self))
      case .tooLong(let length): result.append("<too long: \(length)>")
      case .end, .timedOut: break loop
      }
    }
    return result
  }

  @Test func splitsLinesAndStripsCarriageReturns() {
    #expect(Self.lines(of: Array("a\r\nbb\n\nccc".utf8), maxLineBytes: 10) == ["a", "bb", "", "ccc"])
  }

  @Test func skipsLongLinesAndGoesOn() {
    let long = String(repeating: "x", count: 100_000)
    let got = Self.lines(of: Array("ok\n\(long)\nnext\n\(long)".utf8), maxLineBytes: 64)
    #expect(got == ["ok", "<too long: 100000>", "next", "<too long: 100000>"])
  }

  @Test func lineExactlyAtTheLimitIsKept() {
    let exact = String(repeating: "y", count: 64)
    #expect(Self.lines(of: Array("\(exact)\n".utf8), maxLineBytes: 64) == [exact])
  }

  /// The newline search examines each byte once, however many reads a long line takes: 1,024 reads of a 4 MiB
  /// line cost 4 MiB of searching, not the half gigabyte a search starting over after every read would.
  @Test func aLongLineIsSearchedOnce() {
    let lineLength = 4 << 20
    let input = Array(repeating: UInt8(ascii: "x"), count: lineLength) + Array("\nok\n".utf8)
    let pipe = Pipe()
    let writer = Thread {
      try? pipe.fileHandleForWriting.write(contentsOf: Data(input))
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    var reader = LineReader(
      fd: pipe.fileHandleForReading.fileDescriptor, maxLineBytes: 8 << 20, chunkSize: 4096)
    defer { reader.close() }
    var lengths: [Int] = []
    loop: while true {
      switch reader.next() {
      case .line(let line): lengths.append(line.count)
      case .tooLong, .end, .timedOut: break loop
      }
    }
    #expect(lengths == [lineLength, 2])
    #expect(reader.bytesSearched == input.count, "searched \(reader.bytesSearched) bytes of \(input.count)")
  }
}
