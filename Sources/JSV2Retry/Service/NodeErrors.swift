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

import JSValueModel

/// The text of the Node 20 errors that reach the SDK's results (Node v20.20.2).
enum NodeErrors {
  /// How `ERR_OUT_OF_RANGE` shows a received number (`lib/internal/errors.js:1652-1671`): an integer above 2^32
  /// in magnitude as `addNumericalSeparator(String(input))`, anything else as `util.inspect` prints a number
  /// (`formatNumber`, `lib/internal/util/inspect.js:1644-1651`): `String(input)`, but `-0` for negative zero.
  static func received(_ input: Double) -> String {
    let text = JSNumerics.numberToString(input)
    // NumberIsInteger(input) && MathAbs(input) > 2 ** 32
    if input.isFinite, input.rounded(.towardZero) == input, input.magnitude > 0x1p32 {
      return addNumericalSeparator(text)
    }
    return input == 0 && input.sign == .minus ? "-0" : text
  }

  /// `addNumericalSeparator(val)` (`lib/internal/errors.js:869-877`): a `_` before every three characters
  /// counted from the end, while at least four remain after a leading `-`. It works on characters, so `"1e+21"`
  /// becomes `"1e_+21"`.
  static func addNumericalSeparator(_ text: String) -> String {
    let characters = Array(text.utf16)
    let start = characters.first == UInt16(UInt8(ascii: "-")) ? 1 : 0
    var end = characters.count
    var groups = ""
    while end >= start + 4 {
      groups = "_" + String(decoding: characters[(end - 3)..<end], as: UTF16.self) + groups
      end -= 3
    }
    return String(decoding: characters[..<end], as: UTF16.self) + groups
  }
}
