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

/// A child process in a process group of its own, with pipes to its stdin and from its stdout (stderr is
/// shared with this process). Stopping it stops the whole group: SIGTERM, then SIGKILL after a grace period,
/// and the child is reaped, so neither an orphan nor a zombie is left behind.
final class TargetProcess: @unchecked Sendable {
  /// The child's pid, which is also its process group id.
  let pid: pid_t
  /// The write end of the child's stdin (-1 once closed).
  private(set) var input: Int32
  /// The read end of the child's stdout.
  let output: Int32
  private var reaped = false
  private var stopped = false
  private let lock = Lock()

  /// How long a group gets between SIGTERM and SIGKILL, and a finished target to exit by itself.
  static let graceNanoseconds: UInt64 = 2_000_000_000

  /// Starts `/bin/sh -c command` as the leader of a new process group. Signals this process ignores or
  /// handles (SIGPIPE, SIGINT, SIGTERM) are reset to their defaults in the child.
  init(command: String) throws(TargetStartError) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noneBlocked = sigset_t()
    sigemptyset(&noneBlocked)
    posix_spawnattr_setsigmask(&attributes, &noneBlocked)

    var child: pid_t = 0
    let arguments = ["/bin/sh", "-c", command]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var inputPipe: [Int32] = [-1, -1]
    var outputPipe: [Int32] = [-1, -1]
    // Pipes and spawn under one lock: a target started by another job at the same moment must not inherit
    // this one's pipe ends (its stdin would then never see end of input).
    let status = TargetRegistry.shared.spawning { () -> Int32 in
      guard pipe(&inputPipe) == 0 else { return errno }
      guard pipe(&outputPipe) == 0 else {
        let code = errno
        close(inputPipe[0])
        close(inputPipe[1])
        return code
      }
      for fd in inputPipe + outputPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
      posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
      posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
      let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, environ)
      close(inputPipe[0])
      close(outputPipe[1])
      if status != 0 {
        close(inputPipe[1])
        close(outputPipe[0])
      }
      return status
    }
    guard status == 0 else { throw TargetStartError(errno: status) }
    pid = child
    input = inputPipe[1]
    output = outputPipe[0]
    TargetRegistry.shared.add(child)
  }

  deinit {
    stop()
    closeInput()
    close(output)
  }

  /// Closes the child's stdin: it sees end of input.
  func closeInput() {
    lock.withLock {
      if input >= 0 {
        close(input)
        input = -1
      }
    }
  }

  /// Reaps the leader if it has exited; true once it is reaped.
  @discardableResult
  func reap(blocking: Bool = false) -> Bool {
    lock.withLock {
      if reaped { return true }
      var status: Int32 = 0
      while true {
        let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        if result == pid || (result < 0 && errno == ECHILD) {
          reaped = true
          TargetRegistry.shared.remove(pid)
          return true
        }
        if result < 0, errno == EINTR { continue }
        return false
      }
    }
  }

  /// Waits until the leader has exited by itself or `deadline` passes; true if it exited.
  func waitForExit(until deadline: UInt64) -> Bool {
    while !reap() {
      if DispatchTime.now().uptimeNanoseconds >= deadline { return false }
      usleep(10_000)
    }
    return true
  }

  /// Stops the whole group: SIGTERM, then SIGKILL to whatever is left after the grace period; reaps the
  /// leader. Only the first call does anything.
  func stop() {
    let first = lock.withLock { () -> Bool in
      defer { stopped = true }
      return !stopped
    }
    if first { TargetProcess.stopGroups([self]) }
  }

  /// Stops several groups at once (one grace period for all of them). The grace ends early once a group's
  /// leader has exited and the rest of its group has had `memberGraceNanoseconds` to follow (a member killed
  /// after its parent may linger as a zombie until init reaps it, so an empty group cannot always be seen).
  static func stopGroups(_ processes: [TargetProcess]) {
    stopGroups(processes.map(\.pid)) { pid in processes.first { $0.pid == pid }!.reap() }
    for process in processes { process.reap(blocking: true) }
  }

  /// After the leader, how long the other members of a group get to exit after SIGTERM before SIGKILL.
  static let memberGraceNanoseconds: UInt64 = 200_000_000

  /// SIGTERM to each group, then SIGKILL to each one not gone within the grace; `reap(pid)` reaps a leader
  /// without blocking and says whether it has been reaped.
  static func stopGroups(_ pids: [pid_t], reap: (pid_t) -> Bool) {
    for pid in pids { _ = kill(-pid, SIGTERM) }
    let start = DispatchTime.now().uptimeNanoseconds
    var leaderGone: [pid_t: UInt64] = [:]
    var remaining = pids
    while !remaining.isEmpty {
      let now = DispatchTime.now().uptimeNanoseconds
      if now >= start + graceNanoseconds { break }
      remaining.removeAll { pid in
        guard reap(pid) else { return false }
        if kill(-pid, 0) != 0 { return true }
        let since = leaderGone[pid] ?? now
        leaderGone[pid] = since
        return now >= since + memberGraceNanoseconds
      }
      if !remaining.isEmpty { usleep(5_000) }
    }
    for pid in pids { _ = kill(-pid, SIGKILL) }
  }
}

/// Why a target could not be started.
struct TargetStartError: Error, CustomStringConvertible {
  let errno: Int32

  var description: String { String(cString: strerror(errno)) }
}

/// Every target process group still alive, so that a SIGINT or SIGTERM to the runner stops them too before
/// it ends (they are in groups of their own, so the terminal's Ctrl-C does not reach them).
final class TargetRegistry: @unchecked Sendable {
  static let shared = TargetRegistry()
  private let lock = Lock()
  private var pids: Set<pid_t> = []
  private var signalSources: [any DispatchSourceSignal] = []

  func add(_ pid: pid_t) { lock.withLock { _ = pids.insert(pid) } }
  func remove(_ pid: pid_t) { lock.withLock { _ = pids.remove(pid) } }

  /// Runs `spawn` unless the runner is already being interrupted.
  func spawning(_ spawn: () -> Int32) -> Int32 {
    lock.withLock { stopping ? ECANCELED : spawn() }
  }

  private var stopping = false

  /// From now on SIGINT and SIGTERM stop every registered group (SIGTERM, grace, SIGKILL), then end this
  /// process by the same signal.
  func stopTargetsOnSignals() {
    lock.withLock {
      guard signalSources.isEmpty else { return }
      for signalNumber in [SIGINT, SIGTERM] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler { TargetRegistry.shared.interrupted(by: signalNumber) }
        source.resume()
        signalSources.append(source)
      }
    }
  }

  private func interrupted(by signalNumber: Int32) {
    let groups: [pid_t] = lock.withLock {
      stopping = true
      return Array(pids)
    }
    TargetProcess.stopGroups(groups) { pid in
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      return result == pid || (result < 0 && errno == ECHILD)
    }
    for pid in groups {
      var status: Int32 = 0
      _ = waitpid(pid, &status, 0)
    }
    // End by the same signal: default action, unblocked on this thread (the signal source may have blocked it).
    signal(signalNumber, SIG_DFL)
    var only = sigset_t()
    sigemptyset(&only)
    sigaddset(&only, signalNumber)
    pthread_sigmask(SIG_UNBLOCK, &only, nil)
    raise(signalNumber)
  }

  /// Parks the calling thread for good if the runner is being interrupted: a target stopped by the interrupt
  /// must not be reported as broken while the signal handler ends the process.
  func parkIfInterrupted() {
    guard lock.withLock({ stopping }) else { return }
    while true { sleep(60) }
  }
}

/// A mutex.
final class Lock: @unchecked Sendable {
  private var mutex = pthread_mutex_t()

  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }

  func withLock<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return try body()
  }
}
