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

/// `conform schema`.
enum SchemaCommand {
  static let usage = "conform schema"

  static func main(_ arguments: ArraySlice<String>, console: Console) throws(UsageError) -> ExitCode {
    var scanner = ArgumentScanner(arguments)
    while let option = scanner.nextOption() {
      switch option {
      case "-h", "--help":
        console.out(
          "OVERVIEW: Print the JSON Schema of vector files (the content of spec/vectors.schema.json).\n\nUSAGE: \(usage)\n"
        )
        return .success
      default:
        throw UsageError("unknown option \(option)")
      }
    }
    guard scanner.positionals.isEmpty else { throw UsageError("unexpected argument \"\(scanner.positionals[0])\"") }
    console.out(String(decoding: VectorSchema.text, as: UTF8.self))
    return .success
  }
}
