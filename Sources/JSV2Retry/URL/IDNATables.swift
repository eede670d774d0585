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

/// The Unicode tables of ada 2.9.2's IDNA (`IDNATablesData.swift`, written by `scripts/idna-tables.py`),
/// decoded once.
enum IDNATables {
  /// A table as little-endian values of `width` bytes, base64-encoded.
  struct Encoded: Sendable {
    let width: Int
    let count: Int
    let base64: String

    /// The values.
    var values: [UInt32] {
      let bytes = Self.decodeBase64(base64)
      precondition(bytes.count == width * count, "IDNA table size")
      return (0..<count).map { index in
        var value: UInt32 = 0
        for byte in (0..<width).reversed() { value = value << 8 | UInt32(bytes[index * width + byte]) }
        return value
      }
    }

    static func decodeBase64(_ text: String) -> [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(text.utf8.count * 3 / 4)
      var buffer: UInt32 = 0
      var bits = 0
      for c in text.utf8 {
        let value: UInt32
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(c - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(c - UInt8(ascii: "a") + 26)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(c - UInt8(ascii: "0") + 52)
        case UInt8(ascii: "+"): value = 62
        case UInt8(ascii: "/"): value = 63
        default: continue
        }
        buffer = buffer << 6 | value
        bits += 6
        if bits >= 8 {
          bits -= 8
          out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
        }
      }
      return out
    }
  }

  static let mappings = mappingsData.values
  /// `table[8000][2]`: range start, descriptor.
  static let table = tableData.values
  static let decompositionIndex = decompositionIndexData.values
  static let decompositionBlock = decompositionBlockData.values
  static let decompositionData = decompositionDataData.values
  static let cccIndex = canonicalCombiningClassIndexData.values
  static let cccBlock = canonicalCombiningClassBlockData.values
  static let compositionIndex = compositionIndexData.values
  static let compositionBlock = compositionBlockData.values
  static let compositionData = compositionDataData.values
  /// `dir_table`: start, final, direction.
  static let directions = dirTableData.values
  static let combining = combiningData.values
  static let virama = viramaData.values
  static let joiningR = RData.values
  static let joiningL = LData.values
  static let joiningD = DData.values
}
