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

import ConformCompare
import ConformJSON
import JSONRPCLineTransport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `conform compare`: one profile-neutral scenario, answered by every profile side by side.
enum CompareCommand {
  static let usage = """
    conform compare (--status <n> [--code <code>] | --code <code> | --network <failure>) [--retry-after <s>] \
    [--amz-retry-after <ms>] [--attempts <n>] [--succeed-on <n>] [--mode legacy|2026] [--json] [--svg <file>]
    """

  static let help = """
    OVERVIEW: One scenario, every SDK: what each profile's SDK does when every attempt fails the same way (or
    until --succeed-on). The scenario is mapped to each SDK's own error shape (spec/compare.md) and asked of the
    reference without draws, so each delay is its exact range over every possible draw (as conform ask gives it).

    USAGE: \(usage)

    SCENARIO:
      --status <n>            An error response with HTTP status n (400 to 599) from a JSON-protocol service.
      --code <code>           Its error code ("__type"); alone it means --status 400. Without it the body has none.
      --network <failure>     No response: \(CompareScenario.NetworkFailure.allCases.map(\.rawValue).joined(separator: ", ")).
      --retry-after <s>       A Retry-After header, whole seconds (with --status).
      --amz-retry-after <ms>  An x-amz-retry-after header, whole milliseconds (with --status).
      --attempts <n>          At most n attempts in every SDK (go-v1/js-v2: n - 1 retries; default: each SDK's).
      --succeed-on <n>        Attempt n succeeds (default: every attempt fails).
      --mode legacy|2026      The retry mode of go-v2 and js-v3 (AWS_NEW_RETRIES_2026; default legacy).

    OUTPUT:
      (default)               A side-by-side table, then each SDK's error and why it stops.
      --json                  The answers keyed by profile name: retries with exact bounds (each SDK's own unit
                              and milliseconds as exact text), cumulative waits, attempts, outcome, stop reason.
      --svg <file>            Also write a picture: per profile, the band of each delay and of the total wait.
      -h, --help              Show help information.

    EXAMPLES:
      conform compare --status 503
      conform compare --code ThrottlingException --status 400 --retry-after 2
      conform compare --network reset-on-read --json
      conform compare --status 500 --mode 2026 --svg compare.svg

    EXIT STATUS: 0 answered, 1 a profile refused the scenario or the file could not be written, 64 usage error.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var status: Int?
    var code: String?
    var network: CompareScenario.NetworkFailure?
    var scenario = CompareScenario(failure: .network(.closed))
    var json = false
    var svgPath: String?
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--status": status = try integer(&scanner, option)
      case "--code": code = try scanner.value(for: option)
      case "--network":
        let text = try scanner.value(for: option)
        guard let failure = CompareScenario.NetworkFailure(rawValue: text) else {
          throw UsageError(
            "--network needs one of \(CompareScenario.NetworkFailure.allCases.map(\.rawValue).joined(separator: ", ")), "
              + "not \"\(text)\"")
        }
        network = failure
      case "--retry-after": scenario.retryAfterSeconds = try integer(&scanner, option)
      case "--amz-retry-after": scenario.amzRetryAfterMs = try integer(&scanner, option)
      case "--attempts": scenario.maxAttempts = try integer(&scanner, option)
      case "--succeed-on": scenario.succeedOnAttempt = try integer(&scanner, option)
      case "--mode":
        let text = try scanner.value(for: option)
        guard let mode = CompareScenario.Mode(rawValue: text) else {
          throw UsageError("--mode needs legacy or 2026, not \"\(text)\"")
        }
        scenario.mode = mode
      case "--json": json = true
      case "--svg": svgPath = try scanner.value(for: option)
      default: throw UsageError("unknown option \(option)")
      }
    }
    if let extra = scanner.positionals.first { throw UsageError("unexpected argument \"\(extra)\"") }
    switch (status, code, network) {
    case (_, _, .some(let failure)):
      if status != nil { throw UsageError("--network and --status are two scenarios: give one") }
      if code != nil { throw UsageError("--network and --code are two scenarios: give one") }
      scenario.failure = .network(failure)
    case (nil, nil, nil):
      throw UsageError("a scenario is needed: --status <n>, --code <code> or --network <failure>")
    default:
      scenario.failure = .response(status: status ?? 400, code: code)
    }
    do throws(CompareScenarioError) {
      try scenario.check()
    } catch {
      throw UsageError(error.message)
    }
    let comparison: Comparison
    do throws(CompareError) {
      comparison = try Comparison.run(scenario)
    } catch {
      console.err("Error: \(error.message)\n")
      return .failure
    }
    if let svgPath {
      do {
        try FileOutput.write(Array(CompareSVG.render(comparison).utf8), to: svgPath, what: "the picture")
      } catch {
        console.err("Error: \(error)\n")
        return .failure
      }
    }
    let rendered = json ? JSONWriter.encodeString(comparison.json) + "\n" : CompareText.render(comparison)
    if let failure = console.writeOut(rendered), failure != EPIPE {
      console.err("Error: cannot write to standard output: \(OutputChannel.describe(errno: failure))\n")
      return .failure
    }
    return .success
  }

  static func integer(_ scanner: inout ArgumentScanner, _ option: String) throws(UsageError) -> Int {
    let text = try scanner.value(for: option)
    guard let value = Int(text) else { throw UsageError("\(option) needs an integer, not \"\(text)\"") }
    return value
  }
}
