extension JSONWriter {
    /// Writes an Int64 exactly, in decimal.
    public mutating func writeInt(_ i: Int64) {
        appendUnsafe(maxCount: 20) { out in
            var v = i.magnitude
            var o = 0
            if i < 0 {
                out[0] = UInt8(ascii: "-")
                o = 1
            }
            var digits = 1
            var t = v
            while t >= 10 {
                t /= 10
                digits += 1
            }
            var k = o + digits
            let end = k
            let pairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
            let table = pairs.utf8Start
            while v >= 100 {
                let (q, r) = v.quotientAndRemainder(dividingBy: 100)
                k -= 2
                out[k] = table[Int(r) * 2]
                out[k + 1] = table[Int(r) * 2 + 1]
                v = q
            }
            if v >= 10 {
                k -= 2
                out[k] = table[Int(v) * 2]
                out[k + 1] = table[Int(v) * 2 + 1]
            } else {
                out[k - 1] = UInt8(truncatingIfNeeded: v) &+ UInt8(ascii: "0")
            }
            return end
        }
    }

    /// Writes a finite Double in shortest round-trip form: Swift's `description` with a trailing
    /// ".0" removed (100.0 → `100`, 1e-07 → `1e-07`, 1e+21 → `1e+21`, -0.0 → `-0`).
    public mutating func writeDouble(_ d: Double) {
        precondition(d.isFinite, "JSON cannot represent \(d)")
        // Integral values below 2^53 print as plain integers in `description`; skip the formatter.
        // (Int64(d) truncates; no libm call, so the module needs no libm.)
        if d.magnitude < 9_007_199_254_740_992.0 {
            let i = Int64(d)
            if Double(i) == d {
                if i == 0 && d.sign == .minus {
                    writeRaw("-0")
                } else {
                    writeInt(i)
                }
                return
            }
        }
        let text = d.description
        let utf8 = text.utf8
        let done: Void? = utf8.withContiguousStorageIfAvailable { buf in
            var n = buf.count
            if n >= 2 && buf[n - 2] == UInt8(ascii: ".") && buf[n - 1] == UInt8(ascii: "0") { n -= 2 }
            appendCopy(UnsafeRawPointer(buf.baseAddress!), n)
        }
        if done == nil {
            var copy = Array(utf8)
            if copy.count >= 2 && copy[copy.count - 2] == UInt8(ascii: ".") && copy[copy.count - 1] == UInt8(ascii: "0") {
                copy.removeLast(2)
            }
            bytes.append(contentsOf: copy)
        }
    }
}
