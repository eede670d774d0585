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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes response lines to a file descriptor with `write(2)`. Lines are gathered while more requests are
/// already waiting in the input buffer and handed to the OS before the server could block on a read, so a
/// client that waits for an answer always has it, and a pipelined stream costs one system call per batch.
public struct OutputChannel {
  private let fd: Int32
  private var pending: [UInt8] = []
  /// The most bytes gathered before they are written regardless.
  private let limit = 1 << 16
  /// Whether a write failed; later writes are dropped.
  public private(set) var isClosed = false
  /// The `errno` of the write that failed: `EPIPE` when the reader went away (a quiet end), anything else
  /// (`ENOSPC`, `EIO`, ...) an error the caller must report.
  public private(set) var failure: Int32?

  /// Creates a channel on `fd`.
  public init(fd: Int32) {
    self.fd = fd
    pending.reserveCapacity(limit + 4096)
  }

  /// Adds `bytes` and a newline to the pending output, writing it out when it grows past 64 KiB.
  /// Returns false once a write has failed.
  @discardableResult
  public mutating func writeLine(_ bytes: some Collection<UInt8>) -> Bool {
    guard !isClosed else { return false }
    pending.append(contentsOf: bytes)
    pending.append(UInt8(ascii: "\n"))
    return pending.count < limit || flush()
  }

  /// Writes everything pending. Returns false once a write has failed (`failure` says why).
  @discardableResult
  public mutating func flush() -> Bool {
    guard !isClosed else { return false }
    guard !pending.isEmpty else { return true }
    let error = pending.withUnsafeBytes { Self.write($0, to: fd) }
    pending.removeAll(keepingCapacity: true)
    if let error {
      isClosed = true
      failure = error
    }
    return error == nil
  }

  /// Writes all of `bytes` to `fd`, retrying short writes and `EINTR`. Returns false if the write failed
  /// (for example because the reader has gone away).
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
    write(bytes, to: fd) == nil
  }

  /// Writes all of `bytes` to `fd`, retrying short writes and `EINTR`. Returns nil on success, else the
  /// `errno` of the failed write (`ENOSPC` when a write makes no progress at all).
  public static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(fd, base + offset, bytes.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0, errno == EINTR {
        continue
      } else {
        return written < 0 ? errno : ENOSPC
      }
    }
    return nil
  }

  /// The C library's `write(2)`, a name that does not clash with `write(_:to:)`.
  private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(fd, buffer, count)
    #else
      Darwin.write(fd, buffer, count)
    #endif
  }

  /// A plain sentence for an `errno` ("No space left on device").
  public static func describe(errno code: Int32) -> String {
    String(cString: strerror(code))
  }
}
