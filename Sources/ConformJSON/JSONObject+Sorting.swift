extension JSONObject {
    /// Calls `body` on each member in UTF-8 byte order of keys, stable for equal keys.
    /// Objects that are already in order (the common case) are visited without allocating.
    @inline(__always)
    internal func forEachSortedMember(_ body: (Member) -> Void) {
        let n = members.count
        var sorted = true
        if n > 1 {
            for i in 1..<n where UTF8Bytes.less(members[i].key, members[i - 1].key) {
                sorted = false
                break
            }
        }
        if sorted {
            for m in members { body(m) }
            return
        }
        var order = Array(0..<n)
        if n <= 16 {
            // Stable insertion sort.
            for i in 1..<n {
                let x = order[i]
                var j = i
                while j > 0 && UTF8Bytes.less(members[x].key, members[order[j - 1]].key) {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = x
            }
        } else {
            // Index tie-break makes any sort stable.
            order.sort { a, b in
                if UTF8Bytes.less(members[a].key, members[b].key) { return true }
                if UTF8Bytes.less(members[b].key, members[a].key) { return false }
                return a < b
            }
        }
        for i in order { body(members[i]) }
    }
}
