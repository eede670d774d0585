extension JSONWriter {
    /// Writes a quoted string, escaping `"`, `\` and bytes below 0x20
    /// (`\b \f \n \r \t`, else `\u00XX` in lower-case hex); all else is raw UTF-8.
    public mutating func writeString(_ s: String) {
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { writeQuoted($0) }
        if done == nil {
            let copy = Array(s.utf8)
            copy.withUnsafeBufferPointer { writeQuoted($0) }
        }
    }

    /// Writes `utf8` quoted and escaped, sizing the output exactly before writing it.
    @inline(__always)
    private mutating func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        guard let src = utf8.baseAddress, n > 0 else {
            writeRaw("\"\"")
            return
        }
        let first = JSONWriter.firstByteNeedingEscape(src, n)
        var extra = 0
        var i = first
        while i < n {
            let c = src[i]
            if c < 0x20 {
                extra += JSONWriter.hasShortEscape(c) ? 1 : 5
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                extra += 1
            }
            i += 1
        }
        appendUnsafe(maxCount: n + extra + 2) { out in
            out[0] = UInt8(ascii: "\"")
            var o = 1
            (out + o).update(from: src, count: first)
            o += first
            var i = first
            while i < n {
                let c = src[i]
                i += 1
                if c >= 0x20 && c != UInt8(ascii: "\"") && c != UInt8(ascii: "\\") {
                    out[o] = c
                    o += 1
                    continue
                }
                out[o] = UInt8(ascii: "\\")
                switch c {
                case 0x08: out[o + 1] = UInt8(ascii: "b")
                case 0x0C: out[o + 1] = UInt8(ascii: "f")
                case 0x0A: out[o + 1] = UInt8(ascii: "n")
                case 0x0D: out[o + 1] = UInt8(ascii: "r")
                case 0x09: out[o + 1] = UInt8(ascii: "t")
                case 0x20...: out[o + 1] = c  // '"' or '\'
                default:
                    out[o + 1] = UInt8(ascii: "u")
                    out[o + 2] = UInt8(ascii: "0")
                    out[o + 3] = UInt8(ascii: "0")
                    out[o + 4] = JSONWriter.hexDigit(c >> 4)
                    out[o + 5] = JSONWriter.hexDigit(c & 15)
                    o += 4
                }
                o += 2
            }
            out[o] = UInt8(ascii: "\"")
            return o + 1
        }
    }

    @inline(__always)
    private static func hasShortEscape(_ c: UInt8) -> Bool {
        return c == 0x08 || c == 0x0C || c == 0x0A || c == 0x0D || c == 0x09
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 {
        return v < 10 ? v &+ UInt8(ascii: "0") : v &+ (UInt8(ascii: "a") - 10)
    }

    /// Offset of the first byte that is `"`, `\` or below 0x20, or `n` if none.
    @inline(__always)
    private static func firstByteNeedingEscape(_ src: UnsafePointer<UInt8>, _ n: Int) -> Int {
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
            let quote = w ^ (ones &* 0x22)
            let slash = w ^ (ones &* 0x5C)
            let hit = (((w &- ones &* 0x20) & ~w) | ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash)) & high
            if hit != 0 { break }
            i += 8
        }
        while i < n {
            let c = src[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return i }
            i += 1
        }
        return n
    }
}
