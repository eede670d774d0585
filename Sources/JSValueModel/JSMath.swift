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

/// `Math.floor`, `Math.min` and `Math.max` as V8 11.3 (Node 20) computes them on x86-64, NaN bits included.
public enum JSMath {
  /// The NaN V8's `Math.min`/`Math.max` return when an argument is NaN: x86's default NaN.
  public static let defaultNaN = Double(bitPattern: 0xFFF8_0000_0000_0000)

  /// `Math.floor(x)`: a NaN argument comes back unchanged, `-0` stays `-0`.
  public static func floor(_ x: Double) -> Double {
    x.isNaN ? x : x.rounded(.down)
  }

  /// `Math.min(a, b)`: NaN (x86's default NaN) if either is NaN; `-0` is less than `+0`.
  public static func min(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return defaultNaN }
    if a == 0 && b == 0 { return a.sign == .minus ? a : b }
    return a < b ? a : b
  }

  /// `Math.max(a, b)`: NaN (x86's default NaN) if either is NaN; `+0` is greater than `-0`.
  public static func max(_ a: Double, _ b: Double) -> Double {
    if a.isNaN || b.isNaN { return defaultNaN }
    if a == 0 && b == 0 { return a.sign == .minus ? b : a }
    return a > b ? a : b
  }
}
