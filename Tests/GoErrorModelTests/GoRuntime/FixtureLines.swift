// FixtureLines.swift — splits the generated tab-separated fixtures.

/// The non-empty lines of `text`, each split on tabs (empty fields kept).
func fixtureRows(_ text: String) -> [[String]] {
  text.split(separator: "\n", omittingEmptySubsequences: true).map {
    $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
  }
}

/// Lowercase hex of `bytes` (Go's hex.EncodeToString).
func hexString(_ bytes: [UInt8]) -> String {
  let digits = Array("0123456789abcdef")
  var s = ""
  for b in bytes {
    s.append(digits[Int(b >> 4)])
    s.append(digits[Int(b & 0xF)])
  }
  return s
}

/// Bytes of a lowercase/uppercase hex string.
func bytesFromHex(_ s: String) -> [UInt8] {
  let u = Array(s.utf8)
  func nibble(_ c: UInt8) -> UInt8 {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
    default: return c - UInt8(ascii: "A") + 10
    }
  }
  return stride(from: 0, to: u.count, by: 2).map { nibble(u[$0]) << 4 | nibble(u[$0 + 1]) }
}
