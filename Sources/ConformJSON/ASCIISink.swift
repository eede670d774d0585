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

/// A `TextOutputStream` that copies what it is given into reserved raw memory, used to
/// format Doubles through `Double.write(to:)` without creating a String.
internal struct ASCIISink: TextOutputStream {
  /// Where the text goes.
  let out: UnsafeMutablePointer<UInt8>
  /// Room available at `out`.
  let capacity: Int
  /// Bytes written so far.
  var count: Int = 0

  init(out: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.out = out
    self.capacity = capacity
  }

  /// Copies a String's UTF-8 bytes (the generic path of `TextOutputStream`).
  mutating func write(_ string: String) {
    for b in string.utf8 {
      precondition(count < capacity, "number text longer than expected")
      out[count] = b
      count += 1
    }
  }

  /// Copies ASCII bytes; the standard library's number formatting calls this directly,
  /// which avoids building a String. (If a future standard library stops calling it,
  /// `write(_:)` above is used instead, with the same result.)
  mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress else { return }
    precondition(count + buffer.count <= capacity, "number text longer than expected")
    (out + count).update(from: base, count: buffer.count)
    count += buffer.count
  }
}
