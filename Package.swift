// swift-tools-version:6.0
// The retry conformance reference: exact AWS SDK retry semantics (Go v1, JavaScript v2) as a library,
// a line-delimited JSON-RPC server and a vector replayer/generator.

import PackageDescription

let package = Package(
  name: "swift-retry-conformance",
  products: [
    .executable(name: "conform", targets: ["conform"]),
    .library(name: "GoErrorModel", targets: ["GoErrorModel"]),
    .library(name: "GoV1Retry", targets: ["GoV1Retry"]),
    .library(name: "GoV2Retry", targets: ["GoV2Retry"]),
    .library(name: "JSValueModel", targets: ["JSValueModel"]),
    .library(name: "JSV2Retry", targets: ["JSV2Retry"]),
    .library(name: "DelayRanges", targets: ["DelayRanges"]),
    .library(name: "JSV3Retry", targets: ["JSV3Retry"]),
    .library(name: "ConformVectors", targets: ["ConformVectors"]),
  ],
  targets: [
    // Shared by both profiles: injected randomness, attempt replay, exact text and explain traces. Pure, no I/O.
    .target(name: "RetryCore"),
    // One Go error model for both Go profiles: error trees, Error()/Temporary()/Timeout(), the Go runtime tables.
    .target(name: "GoErrorModel", dependencies: ["RetryCore"]),
    // The profiles, side by side. Pure value types, no I/O, no Foundation.
    .target(name: "GoV1Retry", dependencies: ["RetryCore", "GoErrorModel"]),
    .target(name: "GoV2Retry", dependencies: ["RetryCore", "GoErrorModel"]),
    // Correctly rounded decimal -> binary64, the one converter behind the JSON reader and the JS numerics. Pure.
    .target(name: "DecimalToBinary64"),
    // JavaScript values and numerics as V8 11.3 (Node 20) computes them, shared by the JS profiles. Pure, no I/O.
    .target(name: "JSValueModel", dependencies: ["RetryCore", "DecimalToBinary64"]),
    .target(name: "JSV2Retry", dependencies: ["RetryCore", "JSValueModel"]),
    // Exact delay ranges over every possible draw, per profile (conform ask; conform compare). Pure.
    .target(
      name: "DelayRanges",
      dependencies: ["GoErrorModel", "GoV1Retry", "GoV2Retry", "JSValueModel", "JSV2Retry", "JSV3Retry"]),
    .target(name: "JSV3Retry", dependencies: ["RetryCore", "JSValueModel"]),
    // Exact JSON text <-> tree, no Foundation.
    .target(name: "ConformJSON", dependencies: ["DecimalToBinary64"]),
    // The wire contract: JSON-RPC types, value encodings, the methods of both profiles.
    .target(
      name: "ConformProtocol",
      dependencies: [
        "ConformJSON", "RetryCore", "GoErrorModel", "GoV1Retry", "GoV2Retry", "JSValueModel", "JSV2Retry", "JSV3Retry",
      ]),
    // The transport: line-delimited JSON-RPC 2.0 over file descriptors (reader, writer, stdout guard, dispatcher).
    .target(name: "JSONRPCLineTransport", dependencies: ["ConformJSON", "ConformProtocol"]),
    // `conform ask`: one question answered for a person (decision, delay or delay range, draws, explain trace)
    // and for scripts (serve's result), and Go error texts parsed back into error trees.
    .target(
      name: "ConformAsk",
      dependencies: [
        "ConformJSON", "ConformProtocol", "DelayRanges", "GoErrorModel", "GoV1Retry", "GoV2Retry", "JSValueModel",
        "JSV2Retry", "JSV3Retry",
      ]),
    // `conform compare`: one profile-neutral scenario mapped to each profile's own error shape and answered side
    // by side (retries, exact delay ranges, where each stops), as text, JSON and SVG.
    .target(name: "ConformCompare", dependencies: ["ConformAsk", "ConformJSON", "ConformProtocol", "JSValueModel"]),
    // Vector files: format, loader, replayer (in-process or a foreign target), reports, seeded generator.
    .target(
      name: "ConformVectors",
      dependencies: ["ConformJSON", "ConformProtocol", "JSONRPCLineTransport", "JSValueModel", "JSV2Retry"]),
    // The subcommands of `conform` (argument parsing, help, exit codes), callable in-process by tests.
    .target(
      name: "ConformCommands",
      dependencies: [
        "ConformAsk", "ConformCompare", "ConformJSON", "ConformProtocol", "JSONRPCLineTransport", "ConformVectors",
      ]),
    // The command-line tool: one small file.
    .executableTarget(name: "conform", dependencies: ["ConformCommands"]),

    // What the test targets share: the repository root, hex text, SplitMix64 conveniences.
    .target(name: "ConformTestSupport", dependencies: ["ConformVectors"], path: "Tests/ConformTestSupport"),

    .testTarget(
      name: "GoErrorModelTests", dependencies: ["GoErrorModel", "RetryCore", "ConformTestSupport", "ConformVectors"]),
    .testTarget(
      name: "GoV1RetryTests", dependencies: ["GoV1Retry", "GoErrorModel", "RetryCore", "ConformTestSupport"]),
    .testTarget(name: "GoV2RetryTests", dependencies: ["GoV2Retry", "GoErrorModel", "RetryCore"]),
    .testTarget(name: "DecimalToBinary64Tests", dependencies: ["DecimalToBinary64", "ConformVectors"]),
    .testTarget(name: "JSValueModelTests", dependencies: ["JSValueModel"]),
    .testTarget(name: "JSV2RetryTests", dependencies: ["JSV2Retry", "JSValueModel", "RetryCore"], exclude: ["Data"]),
    .testTarget(name: "JSV3RetryTests", dependencies: ["JSV3Retry", "JSValueModel", "RetryCore"]),
    .testTarget(name: "ConformJSONTests", dependencies: ["ConformJSON", "ConformTestSupport", "ConformVectors"]),
    .testTarget(
      name: "DelayRangesTests",
      dependencies: [
        "DelayRanges", "GoErrorModel", "GoV1Retry", "GoV2Retry", "JSValueModel", "JSV2Retry", "JSV3Retry",
        "ConformVectors",
      ]),
    .testTarget(
      name: "ConformCompareTests", dependencies: ["ConformCompare", "ConformAsk", "ConformJSON", "ConformProtocol"]),
    .testTarget(
      name: "ConformProtocolTests",
      dependencies: ["ConformProtocol", "ConformJSON", "GoErrorModel", "GoV1Retry", "JSValueModel", "JSV2Retry"]),
    .testTarget(
      name: "JSONRPCLineTransportTests", dependencies: ["JSONRPCLineTransport", "ConformProtocol", "ConformJSON"]),
    .testTarget(
      name: "ConformVectorsTests",
      dependencies: ["ConformVectors", "ConformCommands", "ConformProtocol", "ConformJSON", "ConformTestSupport"]),
    .testTarget(
      name: "ConformAskTests",
      dependencies: ["ConformAsk", "ConformJSON", "ConformProtocol", "GoErrorModel", "ConformVectors"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["ConformAsk", "ConformJSON", "ConformVectors", "ConformTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

for target in package.targets {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
  target.swiftSettings = settings
}
