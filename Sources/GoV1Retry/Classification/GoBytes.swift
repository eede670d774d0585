/// Go compares strings byte by byte. Swift's `==` on `String` uses canonical equivalence (`"é" == "e\u{301}"`),
/// so every comparison the SDK makes goes through these helpers on the UTF-8 bytes instead.
enum GoBytes {
  /// Go's `a == b` on strings.
  @inline(__always)
  static func equal(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
  }

  /// Go's `strings.Contains(s, substring)`.
  static func contains(_ s: String, _ substring: String) -> Bool {
    let needle = Array(substring.utf8)
    if needle.isEmpty { return true }
    let haystack = Array(s.utf8)
    guard haystack.count >= needle.count else { return false }
    let first = needle[0]
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = 1
        while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return true }
      }
      index += 1
    }
    return false
  }

  /// Whether `code` equals one of `table` (Go's map lookup or a loop of `==`).
  static func isMember(_ code: String, of table: [String]) -> Bool {
    for entry in table where equal(code, entry) { return true }
    return false
  }
}
