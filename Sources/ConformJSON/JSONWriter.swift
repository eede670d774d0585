/// Appends compact JSON text to a byte array.
///
/// Object keys are written sorted by UTF-8 byte order (stable for equal keys). Strings escape
/// only `"`, `\` and control characters below 0x20; '/' and non-ASCII are written raw.
/// Numbers with an `int64` are written as that integer, others in shortest round-trip form.
public struct JSONWriter {
    /// The JSON text written so far.
    public var bytes: [UInt8]

    /// Creates a writer with an empty buffer of the given capacity.
    public init(reservingCapacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(reservingCapacity)
    }

    /// Encodes a value compactly and returns its bytes.
    public static func encode(_ value: JSON) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(value)
        return writer.bytes
    }

    /// Writes a value compactly on one line, object keys sorted by UTF-8 byte order.
    public mutating func write(_ value: JSON) {
        switch value {
        case .null:
            writeRaw("null")
        case .bool(let b):
            if b { writeRaw("true") } else { writeRaw("false") }
        case .number(let n):
            writeNumber(n)
        case .string(let s):
            writeString(s)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            object.forEachSortedMember { member in
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                writeString(member.key)
                bytes.append(UInt8(ascii: ":"))
                write(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a number: its `int64` if set, else its double (precondition: finite). The literal `-0` keeps its
    /// sign, so a number read from JSON is written back with the same value.
    public mutating func writeNumber(_ n: JSONNumber) {
        if let i = n.int64, !(i == 0 && n.double.sign == .minus) {
            writeInt(i)
        } else {
            writeDouble(n.double)
        }
    }

    /// Writes ASCII text verbatim, e.g. a `{"jsonrpc":"2.0"` fragment of a hand-written encoder.
    @inline(__always)
    public mutating func writeRaw(_ ascii: StaticString) {
        if ascii.hasPointerRepresentation {
            appendCopy(UnsafeRawPointer(ascii.utf8Start), ascii.utf8CodeUnitCount)
        } else {
            ascii.withUTF8Buffer { appendCopy(UnsafeRawPointer($0.baseAddress!), $0.count) }
        }
    }

    /// Writes raw bytes verbatim (the caller vouches that they are valid JSON text).
    public mutating func writeRawBytes(_ raw: UnsafeRawBufferPointer) {
        if let base = raw.baseAddress { appendCopy(base, raw.count) }
    }

    /// Appends `count` bytes from `source`.
    @inline(__always)
    internal mutating func appendCopy(_ source: UnsafeRawPointer, _ count: Int) {
        appendUnsafe(maxCount: count) { out in
            UnsafeMutableRawPointer(out).copyMemory(from: source, byteCount: count)
            return count
        }
    }

    /// Reserves room for `maxCount` bytes after the current end, lets `body` write them
    /// through a pointer, and keeps the number of bytes `body` returns (at most `maxCount`).
    @inline(__always)
    internal mutating func appendUnsafe(maxCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        bytes.append(addingCapacity: maxCount) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                initialized = body(buffer.baseAddress!)
            }
        }
    }
}
