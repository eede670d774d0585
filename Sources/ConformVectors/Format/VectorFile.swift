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

public import ConformJSON

/// The header of a vector file: what the cases are for and where they came from.
public struct VectorHeader: Sendable, Equatable {
  /// The format version this project reads and writes.
  public static let schemaVersion = "conform-vectors/1"

  /// The profile, `go-v1` or `js-v2`.
  public var profile: String
  /// The SDK the expectations describe: `{name, version}`.
  public var sdkName: String
  /// The pinned SDK version.
  public var sdkVersion: String
  /// What produced the file: `hand-written`, `real-sdk-samples`, or `conform generate`.
  public var producerName: String
  /// The producer's version, when it has one.
  public var producerVersion: String?
  /// The arguments the producer ran with (for a generator: enough to regenerate the file byte for byte).
  public var producerArguments: [String]
  /// What the file covers, in a sentence or two.
  public var description: String
  /// The flags the cases use, each described once (Wycheproof's `notes`).
  public var flags: [Flag]

  /// How many cases the file must hold, when the header says: a `conform generate` file's `--count`. A file
  /// with fewer (or more) cases is incomplete and reported as a bad file.
  public var declaredCaseCount: Int? {
    guard producerName == "conform generate", let index = producerArguments.firstIndex(of: "--count"),
      index + 1 < producerArguments.count
    else { return nil }
    return Int(producerArguments[index + 1])
  }

  /// A flag: why a case exists.
  public struct Flag: Sendable, Equatable {
    /// The flag name, such as `ReadConnectionReset`.
    public var name: String
    /// What the flag means.
    public var description: String
    /// SDK lines, issues or notes that explain it.
    public var links: [String]

    /// Creates a flag.
    public init(name: String, description: String, links: [String] = []) {
      self.name = name
      self.description = description
      self.links = links
    }
  }

  /// Creates a header.
  public init(
    profile: String, sdkName: String, sdkVersion: String, producerName: String, producerVersion: String? = nil,
    producerArguments: [String] = [], description: String, flags: [Flag]
  ) {
    self.profile = profile
    self.sdkName = sdkName
    self.sdkVersion = sdkVersion
    self.producerName = producerName
    self.producerVersion = producerVersion
    self.producerArguments = producerArguments
    self.description = description
    self.flags = flags
  }
}

/// One case: a method call and what the reference answers.
public struct VectorCase: Sendable, Equatable {
  /// A stable id, never renumbered.
  public var id: String
  /// Why the case exists, in a sentence.
  public var description: String
  /// The behaviours it exercises (declared in the file header).
  public var flags: [String]
  /// The method to call.
  public var method: String
  /// The params object.
  public var params: JSON
  /// The expected answer.
  public var expectation: Expectation

  /// What a case expects: a result (compared field by field after canonicalisation) or a JSON-RPC error.
  public enum Expectation: Sendable, Equatable {
    /// The result object; members absent from it are not compared.
    case result(JSON)
    /// A JSON-RPC error with this code and, when given, this `data.kind`.
    case error(code: Int, kind: String?)
  }

  /// Creates a case.
  public init(
    id: String, description: String, flags: [String], method: String, params: JSON, expectation: Expectation
  ) {
    self.id = id
    self.description = description
    self.flags = flags
    self.method = method
    self.params = params
    self.expectation = expectation
  }
}
