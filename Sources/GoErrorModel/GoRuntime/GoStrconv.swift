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

// GoStrconv.swift — namespace for the ports of Go 1.19's strconv package.

/// Namespace for bit-exact ports of Go 1.19 `strconv` functions.
public enum GoStrconv {
  /// Lowercase hex digits: strconv's `lowerhex` (strconv/quote.go:14), the same string as net's `hexDigit`
  /// (net/mac.go:7), which `GoNet` shares.
  static let lowerhex: [UInt8] = Array("0123456789abcdef".utf8)
}
