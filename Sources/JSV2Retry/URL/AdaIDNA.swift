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

// ada 2.9.2's IDNA (src/ada_idna.cpp: mapping.cpp, normalization.cpp, punycode.cpp, validity.cpp,
// to_ascii.cpp), which Node 20.20.2's `toASCII` binding calls for url.parse: UTS #46 with the WHATWG URL
// settings (CheckHyphens false, CheckBidi and CheckJoiners true, nontransitional, no DNS length check).
// A line-by-line port over Unicode scalar values; an empty result is failure.

enum AdaIDNA {
  typealias Scalars = [UInt32]

  /// `to_ascii(ut8_string)`: "" on error.
  static func toASCII(_ input: Scalars) -> Scalars {
    if input.allSatisfy({ $0 < 0x80 }) { return fromASCIIToASCII(input) }
    var utf32 = map(input)
    normalize(&utf32)
    return labels(utf32, asciiInput: false) ?? []
  }

  /// `from_ascii_to_ascii`: ASCII upper case mapped to lower, then the labels.
  static func fromASCIIToASCII(_ input: Scalars) -> Scalars {
    let mapped = input.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    return labels(mapped, asciiInput: true) ?? []
  }

  /// The label loop shared by both paths; nil on error.
  static func labels(_ text: Scalars, asciiInput: Bool) -> Scalars? {
    var out: Scalars = []
    var start = 0
    while start != text.count {
      let dot = text[start...].firstIndex(of: 0x2E)
      let end = dot ?? text.count
      let label = Array(text[start..<end])
      start = dot.map { $0 + 1 } ?? text.count
      if label.isEmpty {
        // empty label: nothing to do
      } else if label.starts(with: [0x78, 0x6E, 0x2D, 0x2D]) {
        if !asciiInput, label.contains(where: { $0 >= 0x80 }) { return nil }
        out += label
        guard let decoded = punycodeToUTF32(label.dropFirst(4)) else { return nil }
        let postMap = map(decoded)
        if decoded != postMap { return nil }
        var normal = postMap
        normalize(&normal)
        if normal != postMap || normal.isEmpty || !isLabelValid(normal) { return nil }
      } else if asciiInput || label.allSatisfy({ $0 < 0x80 }) {
        out += label
      } else {
        guard isLabelValid(label) else { return nil }
        out += Array("xn--".unicodeScalars.map(\.value))
        guard let encoded = utf32ToPunycode(label) else { return nil }
        out += encoded
      }
      if dot != nil { out.append(0x2E) }
    }
    return out
  }

  // MARK: mapping.cpp

  static func findRangeIndex(_ key: UInt32) -> Int {
    let table = IDNATables.table
    var low = 0
    var high = table.count / 2 - 1
    while low <= high {
      let middle = (low + high) >> 1
      let value = table[middle * 2]
      if value < key {
        low = middle + 1
      } else if value > key {
        high = middle - 1
      } else {
        return middle
      }
    }
    return low == 0 ? 0 : low - 1
  }

  /// `map`: "" on a disallowed code point.
  static func map(_ input: Scalars) -> Scalars {
    var answer: Scalars = []
    answer.reserveCapacity(input.count)
    for x in input {
      let descriptor = IDNATables.table[findRangeIndex(x) * 2 + 1]
      switch UInt8(truncatingIfNeeded: descriptor) {
      case 0: break
      case 1: answer.append(x)
      case 2: return []
      default:
        let count = Int(descriptor >> 24)
        let index = Int(UInt16(truncatingIfNeeded: descriptor >> 8))
        answer += IDNATables.mappings[index..<(index + count)]
      }
    }
    return answer
  }

  // MARK: normalization.cpp

  static let sBase: UInt32 = 0xAC00, tBase: UInt32 = 0x11A7, vBase: UInt32 = 0x1161, lBase: UInt32 = 0x1100
  static let lCount: UInt32 = 19, vCount: UInt32 = 21, tCount: UInt32 = 28
  static let nCount = vCount * tCount, sCount = lCount * vCount * tCount

  static func decomposition(_ c: UInt32) -> (start: Int, length: Int) {
    let block = Int(IDNATables.decompositionIndex[Int(c >> 8)])
    let entry = block * 257 + Int(c % 256)
    let first = IDNATables.decompositionBlock[entry]
    let second = IDNATables.decompositionBlock[entry + 1]
    var length = Int(second >> 2) - Int(first >> 2)
    if length > 0, first & 1 != 0 { length = 0 }
    return (Int(first >> 2), length)
  }

  static func ccc(_ c: UInt32) -> UInt32 {
    c < 0x110000 ? IDNATables.cccBlock[Int(IDNATables.cccIndex[Int(c >> 8)]) * 256 + Int(c % 256)] : 0
  }

  static func decompose(_ input: Scalars) -> Scalars {
    var out: Scalars = []
    out.reserveCapacity(input.count)
    for c in input {
      if c >= sBase, c < sBase + sCount {
        let s = c - sBase
        out.append(lBase + s / nCount)
        out.append(vBase + (s % nCount) / tCount)
        if s % tCount != 0 { out.append(tBase + s % tCount) }
      } else if c < 0x110000 {
        let (start, length) = decomposition(c)
        if length > 0 {
          out += IDNATables.decompositionData[start..<(start + length)]
        } else {
          out.append(c)
        }
      } else {
        out.append(c)
      }
    }
    return out
  }

  static func sortMarks(_ input: inout Scalars) {
    guard input.count > 1 else { return }
    for index in 1..<input.count {
      let mark = ccc(input[index])
      if mark == 0 { continue }
      let current = input[index]
      var back = index
      while back != 0, ccc(input[back - 1]) > mark {
        input[back] = input[back - 1]
        back -= 1
      }
      input[back] = current
    }
  }

  static func compose(_ input: inout Scalars) {
    var inputCount = 0
    var compositionCount = 0
    while inputCount < input.count {
      input[compositionCount] = input[inputCount]
      let c = input[inputCount]
      if c >= lBase, c < lBase + lCount {
        if inputCount + 1 < input.count, input[inputCount + 1] >= vBase, input[inputCount + 1] < vBase + vCount {
          input[compositionCount] = sBase + ((c - lBase) * vCount + input[inputCount + 1] - vBase) * tCount
          inputCount += 1
          if inputCount + 1 < input.count, input[inputCount + 1] > tBase, input[inputCount + 1] < tBase + tCount {
            inputCount += 1
            input[compositionCount] += input[inputCount] - tBase
          }
        }
      } else if c >= sBase, c < sBase + sCount {
        if (c - sBase) % tCount != 0, inputCount + 1 < input.count, input[inputCount + 1] > tBase,
          input[inputCount + 1] < tBase + tCount
        {
          inputCount += 1
          input[compositionCount] += input[inputCount] - tBase
        }
      } else if c < 0x110000 {
        var composition = compositionEntry(c)
        let initial = compositionCount
        var previousCCC: Int32 = -1
        while inputCount + 1 < input.count {
          let next = input[inputCount + 1]
          let nextCCC = ccc(next)
          if composition.1 != composition.0, previousCCC < Int32(nextCCC) {
            var left = composition.0
            var right = composition.1
            while left + 2 < right {
              let middle = left + (((right - left) >> 1) & ~1)
              if IDNATables.compositionData[middle] <= next { left = middle }
              if IDNATables.compositionData[middle] >= next { right = middle }
            }
            if IDNATables.compositionData[left] == next {
              let composed = IDNATables.compositionData[left + 1]
              input[initial] = composed
              composition = compositionEntry(composed)
              inputCount += 1
              continue
            }
          }
          if nextCCC == 0 { break }
          previousCCC = Int32(nextCCC)
          compositionCount += 1
          input[compositionCount] = next
          inputCount += 1
        }
      }
      inputCount += 1
      compositionCount += 1
    }
    if compositionCount < inputCount { input.removeLast(input.count - compositionCount) }
  }

  static func compositionEntry(_ c: UInt32) -> (Int, Int) {
    let block = Int(IDNATables.compositionIndex[Int(c >> 8)])
    let entry = block * 257 + Int(c % 256)
    return (Int(IDNATables.compositionBlock[entry]), Int(IDNATables.compositionBlock[entry + 1]))
  }

  static func normalize(_ input: inout Scalars) {
    input = decompose(input)
    sortMarks(&input)
    compose(&input)
  }

  // MARK: punycode.cpp

  static let base: Int32 = 36, tMin: Int32 = 1, tMax: Int32 = 26, skew: Int32 = 38, damp: Int32 = 700

  static func adapt(_ delta: Int32, _ n: Int32, _ first: Bool) -> Int32 {
    var d = first ? delta / damp : delta / 2
    d += d / n
    var k: Int32 = 0
    while d > ((base - tMin) * tMax) / 2 {
      d /= base - tMin
      k += base
    }
    return k + (((base - tMin + 1) * d) / (d + skew))
  }

  /// `punycode_to_utf32`: nil on failure.
  static func punycodeToUTF32(_ input: ArraySlice<UInt32>) -> Scalars? {
    var out: Scalars = []
    var written: Int32 = 0
    var n: UInt32 = 128
    var i: Int32 = 0
    var bias: Int32 = 72
    var rest = input
    if let end = input.lastIndex(of: 0x2D) {
      for c in input[..<end] {
        if c >= 0x80 { return nil }
        out.append(c)
        written += 1
      }
      rest = input[(end + 1)...]
    }
    while !rest.isEmpty {
      let oldI = i
      var w: Int32 = 1
      var k = base
      while true {
        guard let c = rest.first else { return nil }
        rest = rest.dropFirst()
        let digit: Int32
        switch c {
        case 0x61...0x7A: digit = Int32(c - 0x61)
        case 0x30...0x39: digit = Int32(c - 0x30) + 26
        default: return nil
        }
        if digit > (0x7fff_ffff - i) / w { return nil }
        i += digit * w
        let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
        if digit < t { break }
        if w > 0x7fff_ffff / (base - t) { return nil }
        w *= base - t
        k += base
      }
      bias = adapt(i - oldI, written + 1, oldI == 0)
      if i / (written + 1) > Int32(bitPattern: 0x7fff_ffff &- n) { return nil }
      n = n &+ UInt32(i / (written + 1))
      i %= written + 1
      if n < 0x80 { return nil }
      out.insert(n, at: Int(i))
      written += 1
      i += 1
    }
    return out
  }

  /// `utf32_to_punycode`: nil on failure.
  static func utf32ToPunycode(_ input: Scalars) -> Scalars? {
    var out: Scalars = []
    var n: UInt32 = 128
    var d: Int32 = 0
    var bias: Int32 = 72
    var h = 0
    for c in input {
      if c < 0x80 {
        h += 1
        out.append(c)
      }
      if c > 0x10FFFF || (c >= 0xD880 && c < 0xE000) { return nil }
    }
    let b = h
    if b > 0 { out.append(0x2D) }
    func digit(_ value: Int32) -> UInt32 { value < 26 ? UInt32(value + 97) : UInt32(value + 22) }
    while h < input.count {
      var m: UInt32 = 0x10FFFF
      for c in input where c >= n && c < m { m = c }
      if Int64(m - n) > Int64((0x7fff_ffff - d) / Int32(h + 1)) { return nil }
      d += Int32((m - n) * UInt32(h + 1))
      n = m
      for c in input {
        if c < n {
          if d == 0x7fff_ffff { return nil }
          d += 1
        }
        if c == n {
          var q = d
          var k = base
          while true {
            let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
            if q < t { break }
            out.append(digit(t + ((q - t) % (base - t))))
            q = (q - t) / (base - t)
            k += base
          }
          out.append(digit(q))
          bias = adapt(d, Int32(h + 1), h == b)
          d = 0
          h += 1
        }
      }
      d += 1
      n += 1
    }
    return out
  }

  // MARK: validity.cpp

  enum Direction: UInt32 {
    case none = 0
    case bn, cs, es, on, en, l, r, nsm, al, an, et, ws, rlo, lro, pdf, rle, rli, fsi, pdi, lri, b, s, lre
  }

  static func direction(_ c: UInt32) -> Direction {
    let table = IDNATables.directions
    var low = 0
    var high = table.count / 3
    // lower_bound on final_code >= c
    while low < high {
      let middle = (low + high) / 2
      if table[middle * 3 + 1] < c { low = middle + 1 } else { high = middle }
    }
    guard low < table.count / 3, c >= table[low * 3] else { return .none }
    return Direction(rawValue: table[low * 3 + 2]) ?? .none
  }

  static func contains(_ sorted: [UInt32], _ value: UInt32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }

  /// `is_label_valid`.
  static func isLabelValid(_ label: Scalars) -> Bool {
    guard let first = label.first else { return true }
    if contains(IDNATables.combining, first) { return false }
    for (i, c) in label.enumerated() {
      if c == 0x200C {
        if i > 0, contains(IDNATables.virama, label[i - 1]) { return true }
        if i == 0 || i + 1 >= label.count { return false }
        let lOrD = { (code: UInt32) in contains(IDNATables.joiningL, code) || contains(IDNATables.joiningD, code) }
        let rOrD = { (code: UInt32) in contains(IDNATables.joiningR, code) || contains(IDNATables.joiningD, code) }
        return label[..<i].contains(where: lOrD) && label[(i + 1)...].contains(where: rOrD)
      } else if c == 0x200D {
        if i > 0, contains(IDNATables.virama, label[i - 1]) { return true }
        return false
      }
    }
    guard let lastNonNSM = label.lastIndex(where: { direction($0) != .nsm }) else { return false }
    let isRTL = label.contains { [.r, .al, .an].contains(direction($0)) }
    guard isRTL else { return true }
    if direction(label[0]) == .l {
      for i in 0..<lastNonNSM {
        let d = direction(label[i])
        if ![.l, .en, .es, .cs, .et, .on, .bn, .nsm].contains(d) { return false }
      }
      return true
    }
    var hasAN = false
    var hasEN = false
    for i in 0...lastNonNSM {
      let d = direction(label[i])
      if d == .en {
        hasEN = true
        if hasAN { return false }
      } else if d == .an {
        hasAN = true
        if hasEN { return false }
      }
      if ![.r, .al, .an, .en, .es, .cs, .et, .on, .bn, .nsm].contains(d) { return false }
      if i == lastNonNSM, ![.r, .al, .an, .en].contains(d) { return false }
    }
    return true
  }
}
