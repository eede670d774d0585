/// The `toASCII` binding `url.parse` calls on a host name (Node 20: `internalBinding('encoding_binding')`,
/// ada's `ada::idna::to_ascii`, UTS #46 processing as the WHATWG URL standard configures it). An empty result
/// means failure, which `url.parse` turns into `ERR_INVALID_URL`.
///
/// Modelled exactly: the string is cut at the first NUL (the binding passes a C string); a label of ASCII
/// characters passes unchanged; an `xn--` label must decode as Punycode, and when it decodes to ASCII only it
/// passes unless that is empty. Not modelled: any non-ASCII character, and an `xn--` label that decodes to
/// non-ASCII (both need the UTS #46 mapping, NFC, and the bidi and joiner rules): those are reported as
/// ``NodeURLFailure/unmodelled(_:)`` rather than guessed.
enum NodeDomainToASCII {
  static func toASCII(_ hostname: [UInt16]) throws(NodeURLFailure) -> [UInt16] {
    var host = hostname
    if let nul = host.firstIndex(of: 0) { host = Array(host[..<nul]) }
    if let wide = host.first(where: { $0 >= 0x80 }) {
      throw .unmodelled(
        "the host name has the non-ASCII character U+\(String(wide, radix: 16, uppercase: true)): "
          + "its UTS #46 processing is not modelled")
    }
    for label in host.split(separator: 0x2E, omittingEmptySubsequences: false) {
      guard label.count >= 4, Array(label.prefix(4)) == Array("xn--".utf16) else { continue }
      switch Punycode.decodesToASCII(label.dropFirst(4)) {
      case .invalid, .empty: return []
      case .ascii: continue
      case .nonASCII:
        throw .unmodelled(
          "the label \(String(decoding: label, as: UTF16.self)) decodes to non-ASCII: its UTS #46 validity is not modelled")
      }
    }
    return host
  }
}

/// RFC 3492 Punycode decoding, as far as `toASCII` needs it.
enum Punycode {
  enum Outcome: Equatable {
    case invalid, empty, ascii, nonASCII
  }

  /// Decodes the part after `xn--` and says what it decoded to.
  static func decodesToASCII(_ input: ArraySlice<UInt16>) -> Outcome {
    let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    let chars = Array(input)
    var output: [UInt32] = []
    var start = 0
    if let delimiter = chars.lastIndex(of: 0x2D) {
      for c in chars[..<delimiter] {
        guard c < 0x80 else { return .invalid }
        output.append(UInt32(c))
      }
      start = delimiter + 1
    }
    var n = 128, i = 0, bias = 72
    var position = start
    while position < chars.count {
      let oldI = i
      var w = 1
      var k = base
      while true {
        guard position < chars.count else { return .invalid }
        let c = chars[position]
        position += 1
        let digit: Int
        switch c {
        case 0x61...0x7A: digit = Int(c - 0x61)
        case 0x41...0x5A: digit = Int(c - 0x41)
        case 0x30...0x39: digit = Int(c - 0x30) + 26
        default: return .invalid
        }
        guard digit <= (Int(Int32.max) - i) / w else { return .invalid }
        i += digit * w
        let t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
        if digit < t { break }
        guard w <= Int(Int32.max) / (base - t) else { return .invalid }
        w *= base - t
        k += base
      }
      let count = output.count + 1
      var delta = oldI == 0 ? (i - oldI) / damp : (i - oldI) / 2
      delta += delta / count
      var kk = 0
      while delta > ((base - tMin) * tMax) / 2 {
        delta /= base - tMin
        kk += base
      }
      bias = kk + ((base - tMin + 1) * delta) / (delta + skew)
      guard i / count <= Int(Int32.max) - n else { return .invalid }
      n += i / count
      i %= count
      guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n) else { return .invalid }
      output.insert(UInt32(n), at: i)
      i += 1
    }
    if output.isEmpty { return .empty }
    return output.allSatisfy { $0 < 0x80 } ? .ascii : .nonASCII
  }
}
