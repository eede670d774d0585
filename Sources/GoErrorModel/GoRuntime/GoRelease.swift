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

/// The Go release whose standard library a profile runs on, where the two differ in what an answer shows:
/// go-v1 models Go 1.19.8, go-v2 Go 1.23.5 (`strconv.IsPrint`'s Unicode tables, `net.ParseIP`).
public enum GoRelease: Sendable, Equatable {
  /// Go 1.19 (Unicode 13.0.0; `net.ParseIP` of `net/ip.go`).
  case go119
  /// Go 1.23 (Unicode 15.0.0; `net.ParseIP` through `netip.ParseAddr`).
  case go123
}
