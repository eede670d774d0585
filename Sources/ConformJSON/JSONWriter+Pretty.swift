extension JSONWriter {
    /// Writes a value for humans and files: sorted keys as in `write`, one member or element
    /// per line indented by `indent` spaces per level, `"key": value`, empty containers as
    /// `[]`/`{}`, no trailing newline.
    public mutating func writePretty(_ value: JSON, indent: Int = 2) {
        writePretty(value, indent: indent, level: 0)
    }

    private mutating func writePretty(_ value: JSON, indent: Int, level: Int) {
        switch value {
        case .array(let items):
            if items.isEmpty {
                writeRaw("[]")
                return
            }
            bytes.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                newline(indent * (level + 1))
                writePretty(item, indent: indent, level: level + 1)
            }
            newline(indent * level)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.members.isEmpty {
                writeRaw("{}")
                return
            }
            bytes.append(UInt8(ascii: "{"))
            var first = true
            object.forEachSortedMember { member in
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                newline(indent * (level + 1))
                writeString(member.key)
                writeRaw(": ")
                writePretty(member.value, indent: indent, level: level + 1)
            }
            newline(indent * level)
            bytes.append(UInt8(ascii: "}"))
        default:
            write(value)
        }
    }

    private mutating func newline(_ spaces: Int) {
        bytes.append(0x0A)
        if spaces > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces)) }
    }
}
