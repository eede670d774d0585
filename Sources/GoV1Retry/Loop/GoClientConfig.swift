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

import GoErrorModel
public import RetryCore

/// The client and request configuration that decides which retryer a request gets and which code lists it has.
public struct GoClientConfig: Sendable, Equatable {
  /// A service whose customisations touch retries.
  public enum Service: String, Sendable, CaseIterable {
    /// No customisation: `DefaultRetryer{NumMaxRetries: 3}` unless configured.
    case generic
    /// `service/dynamodb/customizations.go:17-40`: 10 retries and a 50 ms `MinRetryDelay`.
    case dynamodb
    /// `service/ec2/customizations.go:33-46`: two operations get 1 s / 8 s delays.
    case ec2
    /// `service/kinesis/customizations.go:21`: `LimitExceededException` is retryable.
    case kinesis
    /// `service/sts/customizations.go:10`: `IDPCommunicationError` is retryable.
    case sts
  }

  /// `Config.Retryer`; when set it is used as is and `maxRetries` is ignored.
  public var retryer: GoRetryer?
  /// `Config.MaxRetries`; nil and -1 (`aws.UseServiceDefaultRetries`) mean the service default.
  public var maxRetries: Int?
  /// The service.
  public var service: Service
  /// The operation name (EC2 reads it).
  public var operation: String
  /// `Config.EnforceShouldRetryCheck`.
  public var enforceShouldRetryCheck: Bool
  /// Extra `r.RetryErrorCodes`.
  public var retryErrorCodes: [String]
  /// Extra `r.ThrottleErrorCodes`.
  public var throttleErrorCodes: [String]

  /// Creates a configuration.
  public init(
    retryer: GoRetryer? = nil, maxRetries: Int? = nil, service: Service = .generic, operation: String = "",
    enforceShouldRetryCheck: Bool = false, retryErrorCodes: [String] = [], throttleErrorCodes: [String] = []
  ) {
    self.retryer = retryer
    self.maxRetries = maxRetries
    self.service = service
    self.operation = operation
    self.enforceShouldRetryCheck = enforceShouldRetryCheck
    self.retryErrorCodes = retryErrorCodes
    self.throttleErrorCodes = throttleErrorCodes
  }

  /// `aws.UseServiceDefaultRetries` (`aws/config.go:14`).
  static let useServiceDefaultRetries = -1

  /// The retryer the request ends up with (`aws/client/client.go:59-72` and the service customisations).
  public func effectiveRetryer(trace: Trace? = nil) -> GoRetryer {
    if let retryer {
      trace?.record("client.New.retryer", GoSource.client(60), "Config.Retryer is set: used as is, MaxRetries ignored")
      return retryer
    }
    let configured = maxRetries.flatMap { $0 == Self.useServiceDefaultRetries ? nil : $0 }
    switch service {
    case .dynamodb:
      let retries = configured ?? 10
      trace?.record(
        "dynamodb.setCustomRetryer", GoSource.dynamodb(31),
        "DefaultRetryer{NumMaxRetries: \(retries), MinRetryDelay: 50ms}")
      return GoRetryer(kind: .default, base: DefaultRetryer(numMaxRetries: retries, minRetryDelay: 50_000_000))
    case .ec2 where GoBytes.isMember(operation, of: ["ModifyNetworkInterfaceAttribute", "AssignPrivateIpAddresses"]):
      let retries = configured ?? DefaultRetryer.defaultMaxNumRetries
      trace?.record(
        "ec2.customRetryer", GoSource.ec2(35),
        "\(operation): DefaultRetryer{NumMaxRetries: \(retries), 1s, 1s, 8s, 8s}")
      return GoRetryer(
        kind: .default,
        base: DefaultRetryer(
          numMaxRetries: retries, minRetryDelay: 1_000_000_000, minThrottleDelay: 1_000_000_000,
          maxRetryDelay: 8_000_000_000, maxThrottleDelay: 8_000_000_000))
    default:
      let retries = configured ?? DefaultRetryer.defaultMaxNumRetries
      trace?.record("client.New.default", GoSource.client(67), "DefaultRetryer{NumMaxRetries: \(retries)}")
      return GoRetryer(kind: .default, base: DefaultRetryer(numMaxRetries: retries))
    }
  }

  /// The request's `RetryErrorCodes` after the service customisation appended its code.
  public func effectiveRetryErrorCodes(trace: Trace? = nil) -> [String] {
    switch service {
    case .kinesis:
      trace?.record("kinesis.retryErrorCodes", GoSource.kinesis(21), "customizeRequest appends LimitExceededException")
      return retryErrorCodes + ["LimitExceededException"]
    case .sts:
      trace?.record("sts.retryErrorCodes", GoSource.sts(10), "customizeRequest appends IDPCommunicationError")
      return retryErrorCodes + ["IDPCommunicationError"]
    default:
      return retryErrorCodes
    }
  }
}
