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

/// The `toASCII` binding `url.parse` calls on a lower-cased host name (Node 20.20.2:
/// `internalBinding('encoding_binding').toASCII`): ada's `ada::idna::to_ascii` on the whole UTF-8 of the string,
/// whose result goes back to JavaScript as a C string, so it ends at its first NUL (U+0000 is valid in UTS #46
/// without the STD3 rules: `a\0b` becomes `a`, and a label `σ\0מ` becomes `xn--`). An empty result means failure,
/// which `url.parse` turns into `ERR_INVALID_URL`.
enum NodeDomainToASCII {
  static func toASCII(_ hostname: [UInt16]) -> [UInt16] {
    let scalars = String(decoding: hostname, as: UTF16.self).unicodeScalars.map(\.value)
    var ascii = AdaIDNA.toASCII(scalars)
    if let nul = ascii.firstIndex(of: 0) { ascii.removeSubrange(nul...) }
    return Array(String(String.UnicodeScalarView(ascii.compactMap(Unicode.Scalar.init))).utf16)
  }

  /// `String.prototype.toLowerCase` of the host name (`lib/url.js`: "Hostnames are always lower case"): the
  /// full lower-case mappings, and V8's (ICU's) Final_Sigma rule, which Swift's `lowercased()` lacks: a capital
  /// sigma after a cased letter and not before one (case-ignorable characters skipped) becomes `ς`. A lone
  /// surrogate stays as it is; for Final_Sigma it is neither cased nor case-ignorable, as U+FFFD.
  static func toLowerCase(_ hostname: [UInt16]) -> [UInt16] {
    if hostname.allSatisfy({ $0 < 0x80 }) {
      return hostname.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }
    // The scalars, a lone surrogate standing as U+FFFD with its unit kept aside.
    var scalars: [Unicode.Scalar] = []
    var lone: [Int: UInt16] = [:]
    var i = 0
    while i < hostname.count {
      let unit = hostname[i]
      if unit & 0xFC00 == 0xD800, i + 1 < hostname.count, hostname[i + 1] & 0xFC00 == 0xDC00 {
        let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(hostname[i + 1]) - 0xDC00)
        scalars.append(Unicode.Scalar(value)!)
        i += 2
        continue
      }
      if let scalar = Unicode.Scalar(unit) {
        scalars.append(scalar)
      } else {
        lone[scalars.count] = unit
        scalars.append("\u{FFFD}")
      }
      i += 1
    }
    var out: [UInt16] = []
    for (index, scalar) in scalars.enumerated() {
      if let unit = lone[index] {
        out.append(unit)
      } else if scalar == "\u{3A3}", isFinalSigma(scalars, at: index) {
        out.append(0x3C2)
      } else {
        out += String(scalar).lowercased().utf16
      }
    }
    return out
  }

  /// Final_Sigma (Unicode 3.13, Table 3-17): a cased letter before (case-ignorables skipped), none after.
  static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let before = scalars[..<index].reversed().first { !$0.properties.isCaseIgnorable }
    guard let before, before.properties.isCased else { return false }
    let after = scalars[(index + 1)...].first { !$0.properties.isCaseIgnorable }
    return !(after?.properties.isCased ?? false)
  }
}
