#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads newline-terminated lines from a file descriptor in large chunks, never holding more than one line
/// of at most `maxLineBytes` (plus one chunk) in memory.
///
/// A longer line is reported as `.tooLong` and skipped up to its newline without being stored.
public struct LineReader {
  /// What the next call produced.
  public enum Event {
    /// A complete line (without `\n`; a trailing `\r` is removed), valid until the next call.
    case line(UnsafeRawBufferPointer)
    /// A line longer than the limit was skipped; `length` is how many bytes it had.
    case tooLong(length: Int)
    /// End of input.
    case end
    /// No byte arrived within the reader's timeout.
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
  private let timeoutMilliseconds: Int32

  /// Creates a reader of `fd`; with `timeoutMilliseconds` (> 0), a wait for input longer than that ends in
  /// `.timedOut`.
  public init(fd: Int32, maxLineBytes: Int, chunkSize: Int = 1 << 16, timeoutMilliseconds: Int32 = 0) {
    self.fd = fd
    self.timeoutMilliseconds = timeoutMilliseconds
    self.maxLineBytes = max(1, maxLineBytes)
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
    defer { start = newline + 1 }
    return line(from: start, to: newline)
  }

  /// The next line, skipped long line, or the end of input.
  public mutating func next() -> Event {
    var skipping = false
    var skipped = 0
    while true {
      if let newline = findNewline() {
        let length = newline - start
        defer { start = newline + 1 }
        if skipping || length > maxLineBytes {
          return .tooLong(length: skipped + length)
        }
        return .line(line(from: start, to: newline))
      }
      // No newline in the buffered bytes.
      if end - start > maxLineBytes {
        skipping = true
        skipped += end - start
        start = 0
        end = 0
      }
      if atEOF {
        if start == end {
          return skipping ? .tooLong(length: skipped) : .end
        }
        // A final line without a newline.
        let lineStart = start
        start = end
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

  private mutating func findNewline() -> Int? {
    if let known = knownNewline {
      knownNewline = nil
      if known >= start, known < end { return known }
    }
    guard start < end, let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), end - start) else { return nil }
    return base.distance(to: UnsafeMutableRawPointer(found))
  }

  /// Moves the unread bytes to the front and reads more; false when the wait for input timed out.
  private mutating func fill() -> Bool {
    knownNewline = nil
    if start > 0 {
      let count = end - start
      if count > 0 {
        buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: count)
      }
      start = 0
      end = count
    }
    let room = buffer.count - end
    if timeoutMilliseconds > 0 {
      var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let ready = poll(&descriptor, 1, timeoutMilliseconds)
      if ready == 0 { return false }
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
