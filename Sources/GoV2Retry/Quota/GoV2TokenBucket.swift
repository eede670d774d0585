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

/// `ratelimit.TokenBucket` (`aws/ratelimit/token_bucket.go`): whole tokens in a Go `uint`, so sums wrap.
public struct GoV2TokenBucket: Sendable, Equatable {
  /// `remainingTokens`.
  public private(set) var remaining: UInt64
  /// `maxCapacity`.
  public let maxCapacity: UInt64

  /// `NewTokenBucket(i)` (`token_bucket.go:18-24`).
  public init(_ tokens: UInt64) {
    remaining = tokens
    maxCapacity = tokens
  }

  /// `Retrieve(amount)` (`token_bucket.go:32-42`): the remaining tokens and whether `amount` was taken.
  mutating func retrieve(_ amount: UInt64) -> (available: UInt64, retrieved: Bool) {
    if amount > remaining { return (remaining, false) }
    remaining -= amount
    return (remaining, true)
  }

  /// `Refund(amount)` (`token_bucket.go:46-52`): `uintMin(remaining+amount, maxCapacity)`, the sum wrapping.
  mutating func refund(_ amount: UInt64) {
    remaining = min(remaining &+ amount, maxCapacity)
  }
}

/// `StandardOptions.RateLimiter`: a `ratelimit.TokenRateLimit` over a bucket, or `ratelimit.None`.
public enum GoV2RateLimiter: Sendable, Equatable {
  /// `ratelimit.NewTokenRateLimit(n)`.
  case tokenBucket(GoV2TokenBucket)
  /// `ratelimit.None` (`aws/ratelimit/none.go`): every token is granted, `AddTokens` does nothing.
  case none

  /// `Remaining()`, or nil for `None`.
  public var remaining: UInt64? {
    if case .tokenBucket(let bucket) = self { return bucket.remaining }
    return nil
  }

  /// `GetToken(ctx, cost)` (`token_rate_limit.go:46-60`; `none.go:16-18`): nil on success, else the error.
  mutating func getToken(cost: UInt64, contextDone: Bool) -> GoError? {
    guard case .tokenBucket(var bucket) = self else { return nil }
    if contextDone { return GoError(.rateLimitCanceled(err: .contextCanceled)) }
    let (available, retrieved) = bucket.retrieve(cost)
    self = .tokenBucket(bucket)
    return retrieved ? nil : GoError(.quotaExceeded(available: UInt(available), requested: UInt(cost)))
  }

  /// `AddTokens(v)`, and the release of a token, which refunds its cost (`token_rate_limit.go:63-66`).
  mutating func addTokens(_ amount: UInt64) {
    guard case .tokenBucket(var bucket) = self else { return }
    bucket.refund(amount)
    self = .tokenBucket(bucket)
  }
}
