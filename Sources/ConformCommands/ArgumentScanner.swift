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

/// A small `--name value` / `--flag` scanner in the style of swift-argument-parser's surface.
struct ArgumentScanner {
  private var arguments: ArraySlice<String>
  /// Arguments that are not options, in order.
  private(set) var positionals: [String] = []

  init(_ arguments: ArraySlice<String>) {
    self.arguments = arguments
  }

  /// The next option name (`--name`, or `--name` of `--name=value`), or nil at the end. Positionals are
  /// collected on the way.
  mutating func nextOption() -> String? {
    while let argument = arguments.popFirst() {
      if argument == "--" {
        positionals.append(contentsOf: arguments)
        arguments = []
        return nil
      }
      if argument.hasPrefix("-"), argument.count > 1 {
        if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
          arguments.insert(String(argument[argument.index(after: equals)...]), at: arguments.startIndex)
          return String(argument[..<equals])
        }
        return argument
      }
      positionals.append(argument)
    }
    return nil
  }

  /// The value of the option just read.
  mutating func value(for option: String) throws(UsageError) -> String {
    guard let value = arguments.popFirst() else { throw UsageError("\(option) needs a value") }
    return value
  }

  /// The value of the option just read, as a positive integer.
  mutating func positiveInt(for option: String, atMost maximum: Int) throws(UsageError) -> Int {
    let text = try value(for: option)
    guard let number = Int(text), number > 0, number <= maximum else {
      throw UsageError("\(option) needs an integer from 1 to \(maximum), not \"\(text)\"")
    }
    return number
  }
}
