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

import ConformVectors
import Foundation

/// `conform generate`.
enum GenerateCommand {
  static let usage =
    "conform generate --seed <s> --count <n> --profile go-v1|go-v2|js-v2|js-v3 --out <dir> [--jobs <n>]"

  static let help = """
    OVERVIEW: Write deterministic seeded vectors: the same arguments give the same bytes on any machine.

    Cases are drawn with SplitMix64 through the mappings of spec/generation.md; expectations come from the
    reference; each case's flags name the rules that decided it. The file is JSON Lines, named
    generated-<profile>-seed<s>-n<n>.jsonl, inside <dir>. It is written under a temporary name and renamed
    when complete, so an interrupted or failed run leaves no file that looks complete; 'conform run' reports a
    generated file with fewer cases than its header's --count as a bad file.

    USAGE: \(usage)

    OPTIONS:
      --seed <s>          The seed: an unsigned 64-bit decimal integer.
      --count <n>         How many cases (at most 1000000000).
      --profile <name>    go-v1, go-v2, js-v2 or js-v3.
      --out <dir>         The folder to write into (created if missing).
      --jobs <n>          Threads that build cases (default: the number of processors, at most 256). Does not change
                          the output.
      -h, --help          Show help information.

    """

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    var seed: UInt64?
    var count: Int?
    var profile: String?
    var outDirectory: String?
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(help)
        return .success
      case "--seed":
        let text = try scanner.value(for: option)
        guard let value = UInt64(text) else {
          throw UsageError("--seed needs an unsigned 64-bit integer, not \"\(text)\"")
        }
        seed = value
      case "--count": count = try scanner.positiveInt(for: option, atMost: 1_000_000_000)
      case "--profile": profile = try scanner.value(for: option)
      case "--out": outDirectory = try scanner.value(for: option)
      case "--jobs": jobs = try scanner.positiveInt(for: option, atMost: 256)
      default: throw UsageError("unknown option \(option)")
      }
    }
    guard scanner.positionals.isEmpty else { throw UsageError("unexpected argument \"\(scanner.positionals[0])\"") }
    guard let seed else { throw UsageError("--seed is required") }
    guard let count else { throw UsageError("--count is required") }
    guard let profile else { throw UsageError("--profile is required (go-v1, go-v2, js-v2 or js-v3)") }
    guard let outDirectory else { throw UsageError("--out is required") }
    guard let generator = VectorGenerator(seed: seed, count: count, profile: profile) else {
      throw UsageError("unknown profile \"\(profile)\" (expected go-v1, go-v2, js-v2 or js-v3)")
    }
    let path = (outDirectory.hasSuffix("/") ? outDirectory : outDirectory + "/") + generator.fileName
    let started = Date()
    // Written to a temporary name and renamed when complete: an interrupted or failed run leaves no file that
    // looks complete (and `conform run` checks a generated file's case count against its header).
    do {
      try FileOutput.createDirectories(outDirectory, what: "the vectors")
      let file = try FileOutput.OpenedFile(path: path, what: "the vectors")
      try generator.generate(jobs: jobs) { bytes in try file.write(bytes) }
      try file.commit()
    } catch {
      // Only FileOutputError is thrown here (the generator rethrows what the write throws): a plain sentence.
      console.err("Error: \(error)\n")
      return .failure
    }
    let seconds = Date().timeIntervalSince(started)
    console.err("wrote \(count) \(profile) case(s) to \(path) in \(String(format: "%.2f", seconds)) s\n")
    return .success
  }
}
