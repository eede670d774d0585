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

import ConformProtocol
import JSONRPCLineTransport

/// `conform serve`.
enum ServeCommand {
  static let usage =
    "conform serve [--max-line-bytes <n>] [--max-json-depth <n>] [--max-error-chain-depth <n>] [--max-attempts <n>] [--echo]"

  static let help = """
    OVERVIEW: Answer line-delimited JSON-RPC 2.0 requests on stdin, one response line per request on stdout.

    Every method of spec/protocol.md answers without 'initialize'. stdout carries protocol messages only (anything
    else the process prints goes to stderr). Responses come in request order; those to requests that arrived
    together are written together, and all of them before the server waits for more input.
    End of input ends the server with status 0; 'shutdown' then 'exit' also ends it with 0, 'exit' alone with 1
    ('exit' sent with an id is answered first). A reader that closes stdout ends the server quietly (status 0);
    any other failed write to stdout (a full disk) is an error: status 1 and a message on stderr.

    Ids: every answer carries its request's id whenever the id can be read, even from a line that is not JSON,
    nests too deeply, or is too long (its first 64 KiB are read); id null only when the id itself is
    unreadable. A string id comes back exactly as sent, escapes such as "\\ud800" included.

    USAGE: \(usage)

    OPTIONS:
      --max-line-bytes <n>         Longest request line in bytes; longer lines get error -32002 and are skipped; a
                                   line costs time linear in its length
                                   (default: \(ServerLimits.defaults.maxLineBytes), at most \(ServerLimits.ceilings.maxLineBytes)).
      --max-json-depth <n>         Deepest JSON nesting of a request (default: \(ServerLimits.defaults.maxJSONDepth), at most \(ServerLimits.ceilings.maxJSONDepth)).
      --max-error-chain-depth <n>  Deepest Go error chain; element i of a batch counts i levels deeper
                                   (default: \(ServerLimits.defaults.maxErrorChainDepth), at most \(ServerLimits.ceilings.maxErrorChainDepth)).
      --max-attempts <n>           Most attempts a simulated call may make (default: \(ServerLimits.defaults.maxAttempts), at most \(ServerLimits.ceilings.maxAttempts)).
      --echo                       Diagnostics: echo each line back unchanged through the same transport (the
                                   benchmark's baseline).
      -h, --help                   Show help information.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var limits = ServerLimits.defaults
    var echo = false
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--max-line-bytes":
        limits.maxLineBytes = try scanner.positiveInt(for: option, atMost: ServerLimits.ceilings.maxLineBytes)
      case "--max-json-depth":
        limits.maxJSONDepth = try scanner.positiveInt(for: option, atMost: ServerLimits.ceilings.maxJSONDepth)
      case "--max-error-chain-depth":
        limits.maxErrorChainDepth = try scanner.positiveInt(
          for: option, atMost: ServerLimits.ceilings.maxErrorChainDepth)
      case "--max-attempts":
        limits.maxAttempts = try scanner.positiveInt(for: option, atMost: ServerLimits.ceilings.maxAttempts)
      case "--echo": echo = true
      default: throw UsageError("unknown option \(option)")
      }
    }
    guard scanner.positionals.isEmpty else { throw UsageError("unexpected argument \"\(scanner.positionals[0])\"") }
    let protocolFD = StandardStreams.guardStdout()
    let server = LineServer(limits: limits)
    switch echo ? server.echo(input: 0, output: protocolFD) : server.run(input: 0, output: protocolFD) {
    case .exited(let status):
      return ExitCode(rawValue: status)
    case .outputFailed(let code):
      console.err("Error: cannot write to standard output: \(OutputChannel.describe(errno: code))\n")
      return .failure
    }
  }
}
