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

/// `conform`: dispatches to a subcommand and turns usage errors into exit status 64.
public enum ConformCommand {
  /// The pinned version of a profile, for the help text.
  static func version(_ profile: String) -> String {
    ConformInfo.profiles.first { $0.name == profile }?.version ?? "?"
  }

  /// The top-level help.
  static let help = """
    OVERVIEW: The AWS SDK retry conformance reference: exact retry decisions and delays of the AWS SDK for Go v1
    (\(version("go-v1"))), the AWS SDK for Go v2 (\(version("go-v2"))), the AWS SDK for JavaScript v2
    (\(version("js-v2"))) and the AWS SDK for JavaScript v3 (@smithy/core \(version("js-v3"))).

    USAGE: conform <subcommand> [<options>]

    SUBCOMMANDS:
      ask <method> <params>  Answer one question in words: the decision, the delay (or its exact range over
                             every draw), the draws and the SDK rules; go-v1 --error-text reads a log's error
      compare <scenario>     One scenario (--status, --code, --network, ...) answered by every profile side by
                             side: retries, exact delay ranges, where each stops (--json, --svg <file>)
      run <path>...          Replay vector files (or folders of them) against the reference or a foreign port
      serve                  Answer line-delimited JSON-RPC 2.0 requests on stdin/stdout
      generate               Write deterministic seeded vectors
      schema                 Print the JSON Schema of vector files (spec/vectors.schema.json)

    OPTIONS:
      -h, --help             Show help information.
      --version              Show the version.

    See 'conform <subcommand> --help' for the options of a subcommand.
    EXIT STATUS: 0 success, 1 failing cases or bad vector files, 64 usage error.

    """

  /// Runs `conform` with `arguments` (without the program name) and returns the exit status.
  public static func main(_ arguments: [String], console: Console = .standard()) -> ExitCode {
    guard let subcommand = arguments.first else {
      console.err(help)
      return .usage
    }
    let rest = arguments.dropFirst()
    do throws(UsageError) {
      switch subcommand {
      case "-h", "--help", "help":
        console.out(help)
        return .success
      case "--version":
        console.out("\(ConformInfo.name) \(ConformInfo.version)\n")
        return .success
      case "ask":
        return try AskCommand.main(rest, console: console)
      case "compare":
        return try CompareCommand.main(rest, console: console)
      case "run":
        return try RunCommand.main(rest, console: console)
      case "serve":
        return try ServeCommand.main(rest, console: console)
      case "generate":
        return try GenerateCommand.main(rest, console: console)
      case "schema":
        return try SchemaCommand.main(rest, console: console)
      default:
        throw UsageError("unknown subcommand \"\(subcommand)\"")
      }
    } catch {
      console.err("Error: \(error.message)\n")
      if let usage = usageLine(subcommand) {
        console.err("Usage: \(usage)\n  See 'conform \(subcommand) --help'.\n")
      } else {
        console.err("Usage: conform <subcommand> [<options>]\n  See 'conform --help'.\n")
      }
      return .usage
    }
  }

  /// The usage line of a subcommand, or nil for a name that is not one.
  static func usageLine(_ subcommand: String) -> String? {
    switch subcommand {
    case "ask": AskCommand.usage
    case "compare": CompareCommand.usage
    case "run": RunCommand.usage
    case "serve": ServeCommand.usage
    case "generate": GenerateCommand.usage
    case "schema": SchemaCommand.usage
    default: nil
    }
  }
}
