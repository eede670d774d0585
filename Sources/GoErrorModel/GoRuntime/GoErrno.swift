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

// GoErrno.swift — syscall.Errno for linux/amd64 (syscall/syscall_unix.go, syscall/zerrors_linux_amd64.go), Go 1.19.
//
// Data (names, numbers, messages) lives in the generated GoErrnoTable.swift.

/// A Linux error number with the behaviour of Go 1.19's linux/amd64 syscall.Errno.
public struct GoErrno: Sendable, Hashable {
  /// The raw error number.
  public let number: Int

  /// The errno named `name` in Go's linux/amd64 syscall package (all names, aliases such as EWOULDBLOCK and EDEADLOCK included), or nil.
  public init?(name: String) {
    guard let n = GoErrno.numberByName[name] else { return nil }
    self.number = n
  }

  /// The errno with the given number (any value, as Go's Errno(n) conversion).
  public init(number: Int) {
    self.number = number
  }

  /// syscall.Errno.Error(): the linux/amd64 message table (syscall/zerrors_linux_amd64.go), "errno N" outside it.
  public var message: String {
    // syscall/syscall_unix.go: if 0 <= int(e) && int(e) < len(errors) && errors[e] != "" ...
    if number >= 0 && number < GoErrno.messages.count {
      let s = GoErrno.messages[number]
      if !s.isEmpty { return s }
    }
    return "errno " + String(number)  // itoa.Itoa(int(e))
  }

  /// syscall.Errno.Temporary() (syscall/syscall_unix.go:134-136): EINTR || EMFILE || ENFILE || Timeout()
  public var temporary: Bool {
    self == .eintr || self == .emfile || self == .enfile || timeout
  }

  /// syscall.Errno.Timeout() (syscall/syscall_unix.go:138-140): EAGAIN || EWOULDBLOCK || ETIMEDOUT, where
  /// EWOULDBLOCK is EAGAIN on linux.
  public var timeout: Bool {
    self == .eagain || self == .etimedout
  }

  // The errnos the SDK's retry code and Go's net package test for (syscall/zerrors_linux_amd64.go).

  /// `syscall.EINTR` (0x4, zerrors_linux_amd64.go:1244).
  static let eintr = GoErrno(number: 0x4)
  /// `syscall.EAGAIN` (0xb, zerrors_linux_amd64.go:1212), also `EWOULDBLOCK` (1336).
  static let eagain = GoErrno(number: 0xB)
  /// `syscall.ENFILE` (0x17, zerrors_linux_amd64.go:1274).
  static let enfile = GoErrno(number: 0x17)
  /// `syscall.EMFILE` (0x18, zerrors_linux_amd64.go:1265).
  static let emfile = GoErrno(number: 0x18)
  /// `syscall.ECONNABORTED` (0x67 = 103, zerrors_linux_amd64.go:1227).
  static let econnaborted = GoErrno(number: 0x67)
  /// `syscall.ECONNRESET` (0x68 = 104, zerrors_linux_amd64.go:1229).
  static let econnreset = GoErrno(number: 0x68)
  /// `syscall.ETIMEDOUT` (0x6e, zerrors_linux_amd64.go:1330).
  static let etimedout = GoErrno(number: 0x6E)

  /// The canonical name (first name in Go's table for that number), if any.
  public var name: String? {
    GoErrno.canonicalNameByNumber[number]
  }

  /// Name → number for every entry of `table` (aliases included).
  private static let numberByName: [String: Int] = {
    var d: [String: Int] = [:]
    for (name, number) in table { d[name] = number }
    return d
  }()

  /// Number → the first name listed for it in `table` (Go's source order, which is alphabetical: EAGAIN before EWOULDBLOCK).
  private static let canonicalNameByNumber: [Int: String] = {
    var d: [Int: String] = [:]
    for (name, number) in table where d[number] == nil { d[number] = name }
    return d
  }()
}
