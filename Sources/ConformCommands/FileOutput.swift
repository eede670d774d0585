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

import JSONRPCLineTransport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be written: `cannot write the report to X: No space left on device`.
struct FileOutputError: Error, CustomStringConvertible {
  /// What was being written ("the report", "the vectors").
  let what: String
  /// The path.
  let path: String
  /// The `errno`.
  let code: Int32

  var description: String { "cannot write \(what) to \(path): \(OutputChannel.describe(errno: code))" }
}

/// Writing files the way the CLI promises (spec/vectors.md, "Output"): a regular file, or a path that does not
/// exist yet, is written to a temporary file in the same folder and renamed over it when complete, so that a
/// reader never sees half a file; a symbolic link is followed and its target replaced the same way; anything
/// else (a FIFO, a character device such as /dev/stdout or /dev/null) is written through and never replaced.
/// Every failed write, `close` or `rename` is an error.
enum FileOutput {
  /// Writes `bytes` to `path` under the rules above.
  static func write(_ bytes: [UInt8], to path: String, what: String) throws(FileOutputError) {
    let file = try OpenedFile(path: path, what: what)
    do throws(FileOutputError) {
      try file.write(bytes)
      try file.commit()
    } catch {
      file.discard()
      throw error
    }
  }

  /// Creates `path` and its missing parents, like `mkdir -p`.
  static func createDirectories(_ path: String, what: String) throws(FileOutputError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o777) != 0, errno != EEXIST {
        throw FileOutputError(what: what, path: path, code: errno)
      }
      prefix += "/"
    }
    var info = stat()
    if stat(path, &info) != 0 { throw FileOutputError(what: what, path: path, code: errno) }
    if info.st_mode & S_IFMT != S_IFDIR { throw FileOutputError(what: what, path: path, code: ENOTDIR) }
  }

  /// Where the bytes go: `path` itself (written through) or a temporary file renamed to `path` by `commit`.
  final class OpenedFile {
    private let what: String
    /// The path the user named.
    let path: String
    /// The path finally written: `path` with symbolic links followed.
    let destination: String
    /// The temporary file, when the destination is replaced atomically.
    private let temporary: String?
    private var fd: Int32

    /// Opens `path` for writing under the rules of `FileOutput`.
    init(path: String, what: String) throws(FileOutputError) {
      self.what = what
      self.path = path
      let destination = try FileOutput.followLinks(path, what: what)
      self.destination = destination
      var info = stat()
      let exists = stat(destination, &info) == 0
      if exists, info.st_mode & S_IFMT != S_IFREG {
        // A FIFO, a device, ...: write through, never replace.
        temporary = nil
        fd = open(destination, O_WRONLY | O_CLOEXEC)
        if fd < 0 { throw FileOutputError(what: what, path: path, code: errno) }
        return
      }
      let slash = destination.lastIndex(of: "/")
      let folder = slash.map { String(destination[...$0]) } ?? ""
      let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
      let temporaryPath = folder + "." + name + ".partial-\(getpid())"
      temporary = temporaryPath
      fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_CLOEXEC, 0o666)
      if fd < 0 { throw FileOutputError(what: what, path: path, code: errno) }
      // A replaced file keeps its permissions.
      if exists { _ = fchmod(fd, info.st_mode & 0o7777) }
    }

    deinit {
      discard()
    }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws(FileOutputError) {
      let failure = bytes.withUnsafeBytes { OutputChannel.write($0, to: fd) }
      if let failure { throw FileOutputError(what: what, path: path, code: failure) }
    }

    /// Completes the file: flushes it to the disk and renames the temporary file over the destination.
    func commit() throws(FileOutputError) {
      guard fd >= 0 else { return }
      if temporary != nil {
        if fsync(fd) != 0, errno != EINVAL { throw FileOutputError(what: what, path: path, code: errno) }
      }
      let closed = close(fd)
      fd = -1
      if closed != 0 { throw FileOutputError(what: what, path: path, code: errno) }
      if let temporary, rename(temporary, destination) != 0 {
        let code = errno
        unlink(temporary)
        throw FileOutputError(what: what, path: path, code: code)
      }
    }

    /// Abandons the file: the temporary file is removed, the destination left as it was.
    func discard() {
      guard fd >= 0 else { return }
      close(fd)
      fd = -1
      if let temporary { unlink(temporary) }
    }
  }

  /// `path` with every symbolic link along the last component followed (a relative link target is relative
  /// to the link's folder); a dangling link gives the path it points to, which is then created.
  static func followLinks(_ path: String, what: String) throws(FileOutputError) -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, Int(PATH_MAX))
      guard length > 0 else { throw FileOutputError(what: what, path: path, code: errno) }
      let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if target.hasPrefix("/") {
        current = target
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + target
      } else {
        current = target
      }
    }
    throw FileOutputError(what: what, path: path, code: ELOOP)
  }
}
