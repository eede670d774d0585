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

extension JSONObject {
  /// Calls `body` with the index of each member in UTF-8 byte order of keys, stable for
  /// equal keys. Keys are compared by an 8-byte big-endian prefix first, then in full on ties.
  @inline(__always)
  internal static func forEachIndexSorted(
    _ members: UnsafeBufferPointer<Member>, _ body: (Int) -> Void
  ) {
    let n = members.count
    if n <= 1 {
      if n == 1 { body(0) }
      return
    }
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n) { buffer in
      let prefix = buffer.baseAddress!
      let order = prefix + n
      for i in 0..<n { prefix[i] = members[i].keyPrefix }
      @inline(__always) func less(_ a: Int, _ b: Int) -> Bool {
        if prefix[a] != prefix[b] { return prefix[a] < prefix[b] }
        return UTF8Bytes.less(members[a].key, members[b].key)
      }
      var sorted = true
      for i in 1..<n where less(i, i - 1) {
        sorted = false
        break
      }
      if sorted {
        for i in 0..<n { body(i) }
        return
      }
      for i in 0..<n { order[i] = UInt64(i) }
      if n <= 32 {
        // Stable insertion sort.
        for i in 1..<n {
          let x = order[i]
          var j = i
          while j > 0 && less(Int(x), Int(order[j - 1])) {
            order[j] = order[j - 1]
            j -= 1
          }
          order[j] = x
        }
      } else {
        // The index tie-break makes any sort stable.
        var view = UnsafeMutableBufferPointer(start: order, count: n)
        view.sort { a, b in
          let ia = Int(a)
          let ib = Int(b)
          if less(ia, ib) { return true }
          if less(ib, ia) { return false }
          return ia < ib
        }
      }
      for i in 0..<n { body(Int(order[i])) }
    }
  }
}
