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

/// How the session's retry strategy is built: `{kind, maxAttempts?, baseDelay?, delays?, v2026,
/// v2026AtConstruction?, service?, initialCapacity?, construct?}` (`spec/js-v3.md`).
public struct JSV3StrategyOptions: Sendable, Equatable {
  /// The strategy class.
  public enum Kind: String, Sendable, CaseIterable {
    /// `StandardRetryStrategy`.
    case standard
    /// `ConfiguredRetryStrategy`.
    case configured
    /// `AdaptiveRetryStrategy` with a `DefaultRateLimiter`.
    case adaptive
    /// The deprecated pre-SRA `StandardRetryStrategy` (`retry-pre-sra-deprecated/`).
    case deprecatedStandard = "deprecated-standard"
    /// The deprecated pre-SRA `AdaptiveRetryStrategy`.
    case deprecatedAdaptive = "deprecated-adaptive"

    /// Whether this is one of the pre-SRA strategies.
    public var isDeprecated: Bool { self == .deprecatedStandard || self == .deprecatedAdaptive }
  }

  /// How the strategy comes to exist.
  public enum Construction: String, Sendable, CaseIterable {
    /// Through `resolveRetryConfig`, as a generated client builds it (with the service's defaults), at the first
    /// call's clock.
    case client
    /// `new StandardRetryStrategy({maxAttempts, baseDelay})` (or the adaptive one) at session start.
    case direct
  }

  /// The delays of a `ConfiguredRetryStrategy`.
  public enum ConfiguredDelays: Sendable, Equatable {
    /// A number: every retry waits it.
    case constant(Double)
    /// A function whose n-th call returns the n-th value, the last repeating.
    case sequence([Double])
  }

  /// The class.
  public var kind: Kind
  /// `maxAttempts`; nil keeps the default (3; 4 for DynamoDB in 2026 mode).
  public var maxAttempts: Double?
  /// `baseDelay` (standard); nil keeps `Retry.delay()` at construction (DynamoDB in 2026 mode: 25).
  public var baseDelay: Double?
  /// The configured strategy's delays; nil keeps its default, `Retry.delay()` at construction.
  public var delays: ConfiguredDelays?
  /// `Retry.v2026` when the session starts.
  public var v2026: Bool
  /// `Retry.v2026` while the strategy is built; nil means `v2026`.
  public var v2026AtConstruction: Bool?
  /// The service client (`dynamodb`, `dynamodb-streams`, `sqs`, `swf`, `sfn` or any other name).
  public var service: String?
  /// The retry quota's starting capacity (the SDK's tests set `(strategy as any).capacity`); nil is 500.
  public var initialCapacity: Double?
  /// How the strategy is built.
  public var construct: Construction

  /// Creates options.
  public init(
    kind: Kind = .standard, maxAttempts: Double? = nil, baseDelay: Double? = nil, delays: ConfiguredDelays? = nil,
    v2026: Bool = false, v2026AtConstruction: Bool? = nil, service: String? = nil, initialCapacity: Double? = nil,
    construct: Construction = .client
  ) {
    self.kind = kind
    self.maxAttempts = maxAttempts
    self.baseDelay = baseDelay
    self.delays = delays
    self.v2026 = v2026
    self.v2026AtConstruction = v2026AtConstruction
    self.service = service
    self.initialCapacity = initialCapacity
    self.construct = construct
  }

  /// DynamoDB and DynamoDB Streams clients get their own defaults in 2026 mode (aws-sdk-js-v3
  /// `AddRetryCustomizations`, modelled from the research note).
  var isDynamoDB: Bool { service == "dynamodb" || service == "dynamodb-streams" }
}
