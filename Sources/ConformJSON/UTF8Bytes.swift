/// Byte-wise (UTF-8) comparison of Strings, ignoring Unicode canonical equivalence.
internal enum UTF8Bytes {
    /// True if both strings have identical UTF-8 bytes.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        let au = a.utf8, bu = b.utf8
        if au.count != bu.count { return false }
        if let r = au.withContiguousStorageIfAvailable({ ab in
            bu.withContiguousStorageIfAvailable({ bb in
                ab.count == 0 || memoryEqual(ab.baseAddress!, bb.baseAddress!, ab.count)
            })
        }), let result = r {
            return result
        }
        return au.elementsEqual(bu)
    }

    /// True if `a` sorts before `b` in UTF-8 byte order (a proper prefix sorts first).
    @inline(__always)
    static func less(_ a: String, _ b: String) -> Bool {
        let au = a.utf8, bu = b.utf8
        if let r = au.withContiguousStorageIfAvailable({ ab in
            bu.withContiguousStorageIfAvailable({ bb in
                ab.lexicographicallyPrecedes(bb)
            })
        }), let result = r {
            return result
        }
        return au.lexicographicallyPrecedes(bu)
    }

    @inline(__always)
    private static func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            let x = UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }
}
