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

// GoStrconvQuote.swift — strconv.Quote (strconv/quote.go; the same code in Go 1.19 and 1.23, only IsPrint's
// Unicode tables differ).

extension GoStrconv {
  /// strconv.Quote(s) as the given Go release computes it (what fmt's %q prints for a string).
  public static func quote(_ s: String, release: GoRelease = .go119) -> String {
    // quoteWith(s, '"', ASCIIonly: false, graphicOnly: false) → appendQuotedWith.
    // A Swift String is always valid Unicode, so Go's `\x` branch for invalid
    // UTF-8 bytes (width == 1 && r == RuneError) can never trigger here.
    // Printable ASCII other than the quote and the backslash is copied as is: the common case (URLs), in one step.
    let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }
    }
    if plain == true { return joined("\"", s, "\"") }
    var buf: [UInt8] = []
    buf.reserveCapacity(s.utf8.count + 2)
    buf.append(UInt8(ascii: "\""))
    for scalar in s.unicodeScalars {
      appendEscapedRune(&buf, scalar, release)
    }
    buf.append(UInt8(ascii: "\""))
    return String(decoding: buf, as: UTF8.self)
  }

  /// appendEscapedRune(buf, r, '"', false, false) from strconv/quote.go.
  private static func appendEscapedRune(_ buf: inout [UInt8], _ scalar: Unicode.Scalar, _ release: GoRelease) {
    let r = scalar.value
    if r == 0x22 || r == 0x5C {  // the quote character or a backslash: always backslashed
      buf.append(0x5C)
      buf.append(UInt8(r))
      return
    }
    if isPrint(r, release: release) {
      buf.append(contentsOf: UTF8.encode(scalar)!)
      return
    }
    switch r {
    case 0x07: buf.append(contentsOf: [0x5C, UInt8(ascii: "a")])
    case 0x08: buf.append(contentsOf: [0x5C, UInt8(ascii: "b")])
    case 0x0C: buf.append(contentsOf: [0x5C, UInt8(ascii: "f")])
    case 0x0A: buf.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: buf.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: buf.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    case 0x0B: buf.append(contentsOf: [0x5C, UInt8(ascii: "v")])
    default:
      if r < 0x20 || r == 0x7F {
        // \xHH
        buf.append(contentsOf: [0x5C, UInt8(ascii: "x")])
        buf.append(lowerhex[Int(r >> 4)])
        buf.append(lowerhex[Int(r & 0xF)])
      } else if r < 0x10000 {
        // \uHHHH (Go's !utf8.ValidRune branch is unreachable for Unicode.Scalar)
        buf.append(contentsOf: [0x5C, UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
          buf.append(lowerhex[Int((r >> UInt32(shift)) & 0xF)])
        }
      } else {
        // \UHHHHHHHH
        buf.append(contentsOf: [0x5C, UInt8(ascii: "U")])
        for shift in stride(from: 28, through: 0, by: -4) {
          buf.append(lowerhex[Int((r >> UInt32(shift)) & 0xF)])
        }
      }
    }
  }
}
