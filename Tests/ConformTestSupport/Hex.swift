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

/// Lowercase hexadecimal text, as Go's `hex.EncodeToString` and `%016x` write it.
public enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  /// Two lowercase hex digits per byte, no separators (Go's `hex.EncodeToString`).
  public static func string(_ bytes: some Sequence<UInt8>) -> String {
    var text: [UInt8] = []
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The bytes of a hex string (either case, even length).
  public static func bytes(_ hex: String) -> [UInt8] {
    let units = Array(hex.utf8)
    precondition(units.count % 2 == 0, "odd-length hex: \(hex)")
    func nibble(_ c: UInt8) -> UInt8 {
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
      default: preconditionFailure("not a hex digit in \(hex)")
      }
    }
    return stride(from: 0, to: units.count, by: 2).map { nibble(units[$0]) << 4 | nibble(units[$0 + 1]) }
  }

  /// Exactly 16 lowercase hex digits (Go's `%016x`).
  public static func digits16(_ value: UInt64) -> String {
    string((0..<8).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) })
  }
}
