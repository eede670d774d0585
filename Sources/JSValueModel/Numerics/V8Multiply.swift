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

extension JSNumerics {
  /// `lhs * rhs` as Node 20 computes it on x86-64, NaN payloads included, in every tier (the interpreter,
  /// Sparkplug and TurboFan all emit SSE `mulsd` with the right operand as the first source): when both operands
  /// are NaN the result is the right one's, quieted; when one is, that one, quieted. Checked in Node with
  /// `--jitless`, `--always-sparkplug --no-opt` and the default tiers. Other operands multiply as IEEE-754 does.
  public static func multiply(_ lhs: Double, _ rhs: Double) -> Double {
    if rhs.isNaN { return Double(bitPattern: rhs.bitPattern | 0x0008_0000_0000_0000) }
    if lhs.isNaN { return Double(bitPattern: lhs.bitPattern | 0x0008_0000_0000_0000) }
    return lhs * rhs
  }
}
