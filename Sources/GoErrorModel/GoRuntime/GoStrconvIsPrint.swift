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

// GoStrconvIsPrint.swift — strconv.IsPrint (strconv/quote.go) for Go 1.19 and Go 1.23.
//
// Go answers from compact tables (strconv/isprint.go: isPrint16/isNotPrint16/
// isPrint32/isNotPrint32, Unicode 13.0.0); this port answers from the equivalent
// exhaustive range list in GoIsPrintTable.swift, generated from Go itself.

extension GoStrconv {
  /// strconv.IsPrint(r) as the release computes it (letters, marks, numbers, punctuation, symbols and U+0020 of
  /// Unicode 13.0.0 in Go 1.19, 15.0.0 in Go 1.23).
  static func isPrint(_ r: UInt32, release: GoRelease = .go119) -> Bool {
    // Latin-1 fast path, as in strconv/quote.go IsPrint.
    if r <= 0xFF {
      if 0x20 <= r && r <= 0x7E { return true }
      if 0xA1 <= r && r <= 0xFF { return r != 0xAD }  // soft hyphen is not printable
      return false
    }
    if r <= 0xFFFF {
      return inRanges(release == .go119 ? isPrintRanges16 : isPrintRanges16Go123, UInt16(r))
    }
    return inRanges(release == .go119 ? isPrintRanges32 : isPrintRanges32Go123, r)
  }

  /// Whether `x` lies in one of the flattened inclusive [lo, hi] pairs of the sorted table `pairs`.
  private static func inRanges<T: FixedWidthInteger>(_ pairs: [T], _ x: T) -> Bool {
    // Binary search for the last pair whose lo <= x.
    var lo = 0
    var hi = pairs.count / 2  // number of pairs
    while lo < hi {
      let mid = (lo + hi) / 2
      if pairs[2 * mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    // lo is now the count of pairs with start <= x; the candidate is lo - 1.
    guard lo > 0 else { return false }
    return x <= pairs[2 * (lo - 1) + 1]
  }
}
