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

/// Appends JSON text to a byte array.
///
/// Object keys are written sorted by UTF-8 byte order (stable for equal keys). Strings escape
/// only `"`, `\` and control characters below 0x20 (`\b \f \n \r \t`, else `\u00XX`, lower-case
/// hex); '/' and non-ASCII are written raw; a lone surrogate of a `.utf16String` is `\udXXX`. Numbers with an `int64` are written as that integer,
/// others in shortest round-trip form. Writing a non-finite Double is a precondition failure.
public struct JSONWriter: Sendable {
  /// The JSON text written so far.
  public var bytes: [UInt8]

  /// Creates a writer with an empty buffer of the given capacity.
  public init(reservingCapacity: Int = 256) {
    bytes = []
    bytes.reserveCapacity(reservingCapacity)
  }

  /// Encodes a value compactly and returns its bytes.
  public static func encode(_ value: JSON) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(value)
    return writer.bytes
  }

  /// Encodes a value compactly and returns its text (for messages and reports).
  public static func encodeString(_ value: JSON) -> String {
    String(decoding: encode(value), as: UTF8.self)
  }

  /// Writes a value compactly on one line, object keys sorted by UTF-8 byte order.
  public mutating func write(_ value: JSON) {
    emit(bound: { OutputBound.compact(value) }, writing: { $0.value(value) })
  }

  /// Writes a value for humans and files: keys sorted as in `write`, one member or element
  /// per line indented `indent` spaces per level, `"key": value`, empty containers as
  /// `[]`/`{}`, no trailing newline.
  public mutating func writePretty(_ value: JSON, indent: Int = 2) {
    let indent = max(0, indent)
    emit(
      bound: { OutputBound.pretty(value, indent: indent, level: 0) },
      writing: { $0.pretty(value, indent: indent, level: 0) })
  }

  /// Writes a quoted string, escaping `"`, `\` and control characters below 0x20.
  public mutating func writeString(_ s: String) {
    let bound = RawEmitter.stringBound(s)
    emit(within: bound) { e in e.string(s) }
  }

  /// Writes a finite Double in shortest round-trip form: Swift's `description` with a trailing
  /// ".0" removed (100.0 → `100`, 1e-07 → `1e-07`, 1e+21 → `1e+21`, -0.0 → `-0`).
  public mutating func writeDouble(_ d: Double) {
    emit(within: RawEmitter.maxDoubleLength) { e in e.double(d) }
  }

  /// Writes an Int64 exactly, in decimal.
  public mutating func writeInt(_ i: Int64) {
    emit(within: 20) { e in e.int(i) }
  }

  /// Writes a number: its `int64` if set (a parsed "-0" stays "-0"), else its double
  /// (precondition: finite).
  public mutating func writeNumber(_ n: JSONNumber) {
    emit(within: RawEmitter.maxDoubleLength) { e in e.number(n) }
  }

  /// Writes ASCII text verbatim, e.g. a `{"jsonrpc":"2.0"` fragment of a hand-written encoder.
  @inline(__always)
  public mutating func writeRaw(_ ascii: StaticString) {
    if ascii.hasPointerRepresentation {
      appendCopy(UnsafeRawPointer(ascii.utf8Start), ascii.utf8CodeUnitCount)
    } else {
      ascii.withUTF8Buffer { appendCopy(UnsafeRawPointer($0.baseAddress!), $0.count) }
    }
  }

  /// Writes raw bytes verbatim (the caller vouches that they are valid JSON text).
  public mutating func writeRawBytes(_ raw: UnsafeRawBufferPointer) {
    if let base = raw.baseAddress { appendCopy(base, raw.count) }
  }

  /// Runs `body` on an emitter over the buffer's spare capacity; if that was too small, reserves
  /// `bound()` bytes (an upper bound of the output) and runs it again.
  @inline(__always)
  internal mutating func emit(bound: () -> Int, writing body: (inout RawEmitter) -> Void) {
    let spare = bytes.capacity - bytes.count
    if spare >= 64 {
      var done = false
      appendUnsafe(maxCount: spare) { out in
        var e = RawEmitter(out, capacity: spare)
        body(&e)
        if e.overflow { return 0 }
        done = true
        return e.count
      }
      if done { return }
    }
    emit(within: bound(), body)
  }

  /// Reserves `size` bytes (an upper bound of the output) and runs `body` on an emitter over them.
  @inline(__always)
  internal mutating func emit(within size: Int, _ body: (inout RawEmitter) -> Void) {
    appendUnsafe(maxCount: size) { out in
      var e = RawEmitter(out, capacity: size)
      body(&e)
      precondition(!e.overflow, "OutputBound too small")
      return e.count
    }
  }

  /// Appends `count` bytes from `source`.
  @inline(__always)
  internal mutating func appendCopy(_ source: UnsafeRawPointer, _ count: Int) {
    appendUnsafe(maxCount: count) { out in
      UnsafeMutableRawPointer(out).copyMemory(from: source, byteCount: count)
      return count
    }
  }

  /// Reserves room for `maxCount` bytes after the current end, lets `body` write them
  /// through a pointer, and keeps the number of bytes `body` returns (at most `maxCount`).
  @inline(__always)
  internal mutating func appendUnsafe(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
    bytes.append(addingCapacity: maxCount) { span in
      span.withUnsafeMutableBufferPointer { buffer, initialized in
        let written = body(buffer.baseAddress!)
        precondition(written <= maxCount, "JSONWriter wrote past its reservation")
        initialized = written
      }
    }
  }
}
