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

import ConformTestSupport
import ConformVectors
import Foundation
import Testing

/// Committed generated files must be exactly what the code produces now.
@Suite struct FreshnessTests {
  @Test func schemaFileIsCurrent() throws {
    let committed = try Data(contentsOf: RepositoryRoot.url("spec/vectors.schema.json"))
    #expect(
      Array(committed) == VectorSchema.text,
      "spec/vectors.schema.json is stale: run `swift run conform schema > spec/vectors.schema.json`")
  }

  @Test("generated sets regenerate byte for byte", arguments: ["go-v1", "go-v2", "js-v2", "js-v3"])
  func generatedSetIsReproducible(_ profile: String) throws {
    let files = try VectorReader.files(in: [RepositoryRoot.path("vectors/" + profile)]).filter {
      $0.contains("/generated-")
    }
    #expect(!files.isEmpty, "no generated set for \(profile)")
    for path in files {
      let reader = try VectorReader(path: path)
      let arguments = reader.header.producerArguments
      func value(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
      }
      let seed = try #require(value("--seed").flatMap(UInt64.init))
      let count = try #require(value("--count").flatMap(Int.init))
      let generator = try #require(VectorGenerator(seed: seed, count: count, profile: profile))
      #expect(path.hasSuffix("/" + generator.fileName))
      let committed = try Data(contentsOf: URL(fileURLWithPath: path))
      let regenerated = generator.encoded(jobs: 2)
      #expect(
        Array(committed) == regenerated,
        "\(path) is stale: run `swift run conform generate --seed \(seed) --count \(count) --profile \(profile) --out vectors/\(profile)`"
      )
    }
  }

  @Test func generationDoesNotDependOnJobs() {
    let generator = VectorGenerator(seed: 42, count: 300, profile: "go-v1")
    #expect(generator?.encoded(jobs: 1) == generator?.encoded(jobs: 3))
  }

  @Test func differentSeedsGiveDifferentCases() {
    let first = VectorGenerator(seed: 1, count: 50, profile: "js-v2")?.encoded()
    let second = VectorGenerator(seed: 2, count: 50, profile: "js-v2")?.encoded()
    #expect(first != second)
  }
}
