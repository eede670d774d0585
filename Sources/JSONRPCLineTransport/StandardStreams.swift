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

/// Process-level set-up for a protocol on stdout.
public enum StandardStreams {
  /// Reserves stdout for the protocol: duplicates fd 1 for the server and points fd 1 at stderr, so a stray
  /// `print` anywhere in the process lands on stderr instead of corrupting the stream (sourcekit-lsp does the
  /// same). Also ignores `SIGPIPE`, so a closed stdout is an `EPIPE` the server handles quietly.
  /// Returns the descriptor to write protocol messages to.
  public static func guardStdout() -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    let protocolFD = dup(1)
    guard protocolFD >= 0 else { return 1 }
    _ = dup2(2, 1)
    return protocolFD
  }
}
