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

import ConformJSON
public import ConformProtocol
import Foundation
import JSONRPCLineTransport

/// `conform generate`: deterministic seeded vectors. The same seed, count and profile give the same bytes on
/// any machine: the cases come from `SplitMix64` through the documented mappings, the expectations from the
/// reference, and the flags from the rules that fired (`spec/generation.md`).
public struct VectorGenerator: Sendable {
  /// The seed.
  public let seed: UInt64
  /// How many cases.
  public let count: Int
  /// `go-v1`, `go-v2`, `js-v2` or `js-v3`.
  public var profile: String { kind.rawValue }
  private let kind: Kind
  /// The digits of a case number in an id: at least 7, zero-padded, so that ids increase in byte order as
  /// JSON Lines files require.
  private let idWidth: Int

  /// What differs between the profiles.
  private enum Kind: String {
    case goV1 = "go-v1"
    case goV2 = "go-v2"
    case jsV2 = "js-v2"
    case jsV3 = "js-v3"

    /// The per-profile salt mixed into every case's generator.
    var salt: UInt64 {
      switch self {
      case .goV1: 0x676F_2D76_3100_0000
      case .goV2: 0x676F_2D76_3200_0000
      case .jsV2: 0x6A73_2D76_3200_0000
      case .jsV3: 0x6A73_2D76_3300_0000
      }
    }

    /// The flags raised by the rules that fired.
    var flagTable: [FlagRules.Rule] {
      switch self {
      case .goV1: FlagRules.goV1
      case .goV2: FlagRules.goV2
      case .jsV2: FlagRules.jsV2
      case .jsV3: FlagRules.jsV3
      }
    }

    /// `(method, params)` of a case drawn from `random`.
    func makeCall(_ random: SplitMix64) -> (String, JSON) {
      switch self {
      case .goV1:
        var generator = GoV1CaseGenerator(random: random)
        return generator.makeCase()
      case .goV2:
        var generator = GoV2CaseGenerator(random: random)
        return generator.makeCase()
      case .jsV2:
        var generator = JSV2CaseGenerator(random: random)
        return generator.makeCase()
      case .jsV3:
        var generator = JSV3CaseGenerator(random: random)
        return generator.makeCase()
      }
    }
  }

  /// Creates a generator; nil for an unknown profile.
  public init?(seed: UInt64, count: Int, profile: String) {
    guard let kind = Kind(rawValue: profile) else { return nil }
    self.kind = kind
    self.seed = seed
    self.count = count
    idWidth = max(7, String(max(count - 1, 0)).count)
  }

  /// The file name it writes: `generated-<profile>-seed<seed>-n<count>.jsonl`.
  public var fileName: String { "generated-\(profile)-seed\(seed)-n\(count).jsonl" }

  /// The header of the generated file.
  public var header: VectorHeader {
    let info = ConformInfo.profiles.first { $0.name == profile }
    var flags = [
      VectorHeader.Flag(name: "Generated", description: "A seeded case from conform generate."),
      VectorHeader.Flag(
        name: "PanicAnswer", description: "Some answer is a Go panic or fatal error, or a JavaScript exception."),
    ]
    flags += kind.flagTable.map { VectorHeader.Flag(name: $0.flag, description: $0.description) }
    return VectorHeader(
      profile: profile, sdkName: info?.sdk ?? "", sdkVersion: info?.version ?? "", producerName: "conform generate",
      producerVersion: ConformInfo.version,
      producerArguments: ["--seed", String(seed), "--count", String(count), "--profile", profile],
      description: "\(count) seeded \(profile) cases covering the input space of every method; expectations from "
        + "the reference (checked against the real SDK by the maintainers), flags from the rules that fired.",
      flags: flags)
  }

  /// Case `index`: params from its own SplitMix64 stream, expectation and flags from the reference.
  public func makeCase(_ index: Int, methods: MethodTable) -> VectorCase {
    let (method, params) = kind.makeCall(SplitMix64(seed: seed, salt: kind.salt, index: index))
    var explained = params.objectValue ?? JSONObject()
    explained.append("explain", .bool(true))
    let expectation: VectorCase.Expectation
    var rules: Set<String> = []
    switch methods.call(method: method, params: .object(explained)) {
    case .success(let result):
      var members = JSONObject()
      for member in result.objectValue?.members ?? [] {
        if member.key == "explain" {
          Self.collectRules(member.value, into: &rules)
        } else {
          members.append(member.key, member.value)
        }
      }
      expectation = .result(.object(members))
    case .failure(let error):
      expectation = .error(code: error.code.rawValue, kind: error.kind)
    }
    var flags = ["Generated"] + FlagRules.flags(for: rules, table: kind.flagTable)
    if case .result(let result) = expectation, Self.containsPanic(result) { flags.append("PanicAnswer") }
    let number = String(index)
    let id = "\(profile)/gen/s\(seed)/" + String(repeating: "0", count: max(0, idWidth - number.count)) + number
    return VectorCase(
      id: id,
      description: "Seeded case \(index) of seed \(seed): \(CaseSummary.describe(method: method, params: params))",
      flags: flags, method: method, params: params, expectation: expectation)
  }

  /// Writes the whole set as JSON Lines through `write`, in chunks, generating chunks on `jobs` threads.
  public func generate(jobs: Int = 1, write: ([UInt8]) throws -> Void) rethrows {
    var headerWriter = JSONWriter(reservingCapacity: 4096)
    headerWriter.write(header.jsonLinesHeader)
    headerWriter.bytes.append(UInt8(ascii: "\n"))
    try write(headerWriter.bytes)
    let chunk = 2048
    var start = 0
    let limits = ServerLimits.defaults
    while start < count {
      let end = min(start + chunk, count)
      let chunkStart = start
      let parts = ContiguousShares.map(count: end - start, workers: jobs) { _, range in
        var methods = MethodTable(limits: limits)
        methods.explainRulesOnly = true
        var writer = JSONWriter(reservingCapacity: range.count * 1280)
        for index in range {
          writer.write(makeCase(chunkStart + index, methods: methods).json)
          writer.bytes.append(UInt8(ascii: "\n"))
        }
        return writer.bytes
      }
      try write(Array(parts.joined()))
      start = end
    }
  }

  /// The whole set in memory (tests compare it with the committed file).
  public func encoded(jobs: Int = 1) -> [UInt8] {
    var bytes: [UInt8] = []
    generate(jobs: jobs) { bytes.append(contentsOf: $0) }
    return bytes
  }

  static func collectRules(_ json: JSON, into rules: inout Set<String>) {
    switch json {
    case .object(let object):
      if case .string(let rule)? = object["rule"] { rules.insert(rule) }
      for member in object.members { collectRules(member.value, into: &rules) }
    case .array(let elements):
      for element in elements { collectRules(element, into: &rules) }
    default:
      break
    }
  }

  static func containsPanic(_ json: JSON) -> Bool {
    switch json {
    case .object(let object):
      if WireCanonical.markerKey(of: object, in: WireCanonical.panicMarkers) != nil { return true }
      return object.members.contains { containsPanic($0.value) }
    case .array(let elements):
      return elements.contains(where: containsPanic)
    default:
      return false
    }
  }
}
