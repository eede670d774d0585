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
  /// Whether the reader went away (`EPIPE` or another write error); later writes are dropped.
  public private(set) var isClosed = false

  /// Creates a channel on `fd`.
  public init(fd: Int32) {
    self.fd = fd
    pending.reserveCapacity(limit + 4096)
  }

  /// Adds `bytes` and a newline to the pending output, writing it out when it grows past 64 KiB.
  /// Returns false once the other end has closed.
  @discardableResult
  public mutating func writeLine(_ bytes: some Collection<UInt8>) -> Bool {
    guard !isClosed else { return false }
    pending.append(contentsOf: bytes)
    pending.append(UInt8(ascii: "\n"))
    return pending.count < limit || flush()
  }

  /// Writes everything pending. Returns false once the other end has closed.
  @discardableResult
  public mutating func flush() -> Bool {
    guard !isClosed else { return false }
    guard !pending.isEmpty else { return true }
    let ok = pending.withUnsafeBytes { Self.writeAll($0, to: fd) }
    pending.removeAll(keepingCapacity: true)
    if !ok { isClosed = true }
    return ok
  }

  /// Writes all of `bytes` to `fd`, retrying short writes and `EINTR`. Returns false if the write failed
  /// (for example because the reader has gone away).
  public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
      let written = write(fd, base + offset, bytes.count - offset)
      if written > 0 {
        offset += written
      } else if written < 0, errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }
}
