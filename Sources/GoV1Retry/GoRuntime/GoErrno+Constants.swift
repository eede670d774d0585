extension GoErrno {
  /// `syscall.ECONNRESET` (104 on linux).
  static let econnreset = GoErrno(number: 104)
  /// `syscall.ECONNABORTED` (103 on linux).
  static let econnaborted = GoErrno(number: 103)
}
