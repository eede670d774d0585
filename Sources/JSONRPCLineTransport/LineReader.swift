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

import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads newline-terminated lines from a file descriptor in large chunks, never holding more than one line
/// of at most `maxLineBytes` (plus one chunk) in memory.
///
/// A longer line is reported as `.tooLong` and skipped up to its newline without being stored; only its first
/// bytes are kept (`skippedLinePrefix`), so that a server can still read the request's id from them.
///
/// A line of N bytes costs time linear in N however it arrives: the search for its newline resumes where the
/// previous one stopped, and the buffered part of a line is moved to the front at most once per read.
public struct LineReader {
  /// What the next call produced.
  public enum Event {
    /// A complete line (without `\n`; a trailing `\r` is removed), valid until the next call.
    case line(UnsafeRawBufferPointer)
    /// A line longer than the limit was skipped; `length` is how many bytes it had.
    case tooLong(length: Int)
    /// End of input.
    case end
    /// The reader's `deadline` passed before a complete line arrived (the bytes read so far are kept).
    case timedOut
  }

  private let fd: Int32
  private let maxLineBytes: Int
  private var buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var atEOF = false
  /// The newline `hasBufferedLine()` found, so that `next()` does not search for it again.
  private var knownNewline: Int?
  /// Where the search for the next newline resumes: the bytes from `start` up to here hold none.
  private var searched = 0
  /// How many bytes the newline search has examined in all. Each byte is examined once, however many reads a
  /// line takes (a search that started over after every read made a long line cost quadratic time).
  public private(set) var bytesSearched = 0
  /// The first bytes (at most `prefixLimit`) of the line most recently reported as `.tooLong`.
  public private(set) var skippedLinePrefix: [UInt8] = []
  /// How many bytes of an over-long line are kept in `skippedLinePrefix`.
  private let prefixLimit: Int
  /// When set (`DispatchTime` uptime nanoseconds), a wait for input that would last past it ends in
  /// `.timedOut`, however many bytes without a newline arrive meanwhile.
  public var deadline: UInt64?

  /// Creates a reader of `fd`.
  public init(fd: Int32, maxLineBytes: Int, chunkSize: Int = 1 << 16) {
    self.fd = fd
    self.maxLineBytes = max(1, maxLineBytes)
    prefixLimit = min(self.maxLineBytes, 1 << 16)
    buffer = .allocate(byteCount: max(chunkSize, 1) + self.maxLineBytes + 1, alignment: 1)
  }

  /// Frees the buffer.
  public func close() {
    buffer.deallocate()
  }

  /// Whether a complete line is already buffered, so that `next()` will not wait for input.
  public mutating func hasBufferedLine() -> Bool {
    knownNewline = findNewline()
    return knownNewline != nil
  }

  /// The next line when a complete one is already buffered, without reading; nil otherwise. Lines returned
  /// this way stay valid until the next call of `next()`, so several can be collected and answered together.
  public mutating func nextBuffered() -> UnsafeRawBufferPointer? {
    guard let newline = findNewline() else { return nil }
    let length = newline - start
    guard length <= maxLineBytes else {
      knownNewline = newline
      return nil
    }
    defer { consume(through: newline) }
    return line(from: start, to: newline)
  }

  /// The next line, skipped long line, or the end of input.
  public mutating func next() -> Event {
    var skipping = false
    var skipped = 0
    while true {
      if let newline = findNewline() {
        let length = newline - start
        defer { consume(through: newline) }
        if skipping || length > maxLineBytes {
          if !skipping { keepPrefix() }
          return .tooLong(length: skipped + length)
        }
        return .line(line(from: start, to: newline))
      }
      // No newline in the buffered bytes.
      if end - start > maxLineBytes {
        if !skipping { keepPrefix() }
        skipping = true
        skipped += end - start
        start = 0
        end = 0
        searched = 0
      }
      if atEOF {
        if start == end {
          return skipping ? .tooLong(length: skipped) : .end
        }
        // A final line without a newline.
        let lineStart = start
        start = end
        searched = end
        if skipping { return .tooLong(length: skipped + (end - lineStart)) }
        return .line(line(from: lineStart, to: end))
      }
      if !fill() { return .timedOut }
    }
  }

  /// The bytes from `lineStart` up to `lineEnd` (a newline or the end of input), without a trailing `\r`.
  private func line(from lineStart: Int, to lineEnd: Int) -> UnsafeRawBufferPointer {
    var lineEnd = lineEnd
    if lineEnd > lineStart, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
    return UnsafeRawBufferPointer(rebasing: buffer[lineStart..<lineEnd])
  }

  /// Moves past a line that ends at `newline`.
  private mutating func consume(through newline: Int) {
    start = newline + 1
    searched = start
  }

  /// Keeps the first bytes of the over-long line that starts at `start`.
  private mutating func keepPrefix() {
    skippedLinePrefix = Array(buffer[start..<min(end, start + prefixLimit)])
  }

  /// The next newline at or after `start`, searching only bytes not searched before.
  private mutating func findNewline() -> Int? {
    if let known = knownNewline {
      knownNewline = nil
      if known >= start, known < end { return known }
    }
    let from = max(start, searched)
    guard from < end, let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + from, Int32(UInt8(ascii: "\n")), end - from) else {
      bytesSearched += end - from
      searched = end
      return nil
    }
    let newline = base.distance(to: UnsafeMutableRawPointer(found))
    bytesSearched += newline + 1 - from
    return newline
  }

  /// Moves the unread bytes to the front and reads more; false when the wait for input timed out.
  private mutating func fill() -> Bool {
    knownNewline = nil
    if start > 0 {
      let count = end - start
      if count > 0 {
        buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: count)
      }
      searched = max(0, searched - start)
      start = 0
      end = count
    }
    let room = buffer.count - end
    if let deadline {
      var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      while true {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < deadline else { return false }
        let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready > 0 || (ready < 0 && errno != EINTR) { break }
      }
    }
    let count = read(fd, buffer.baseAddress! + end, room)
    if count > 0 {
      end += count
    } else if count == 0 {
      atEOF = true
    } else if errno != EINTR {
      atEOF = true
    }
    return true
  }
}
