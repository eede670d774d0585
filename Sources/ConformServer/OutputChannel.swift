#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole response lines to a file descriptor with `write(2)`, so nothing is ever left in a buffer.
public struct OutputChannel {
  private let fd: Int32
  /// Whether the reader went away (`EPIPE` or another write error); later writes are dropped.
  public private(set) var isClosed = false

  /// Creates a channel on `fd`.
  public init(fd: Int32) {
    self.fd = fd
  }

  /// Writes `bytes` and a newline. Returns false once the other end has closed.
  @discardableResult
  public mutating func writeLine(_ bytes: inout [UInt8]) -> Bool {
    guard !isClosed else { return false }
    bytes.append(UInt8(ascii: "\n"))
    defer { bytes.removeLast() }
    let ok = bytes.withUnsafeBytes { raw -> Bool in
      var offset = 0
      while offset < raw.count {
        let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
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
    if !ok { isClosed = true }
    return ok
  }
}
