/// A JSON document with keys in a fixed order, so reports are byte-for-byte reproducible and
/// read in the order the output contract lists them.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// An array whose elements are made one at a time while it is written, so a long list
    /// (every connection) never exists as values all at once.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// A string, or null for nil.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// Pretty-printed text with two-space indentation and a final newline.
    public func serialized() -> String {
        var writer = JSONWriter()
        // A writer without a sink has nothing that can fail.
        let bytes = (try? writer.finish(self)) ?? []
        return String(decoding: bytes, as: UTF8.self)
    }

    func write(to output: inout JSONWriter, indent: Int) {
        switch self {
        case .null: output.ascii("null")
        case .bool(let value): output.ascii(value ? "true" : "false")
        case .int(let value): output.text(String(value))
        case .double(let value):
            let rounded = (value * 1000).rounded() / 1000
            output.text(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
        case .string(let value): output.string(value)
        case .array(let values): Self.writeArray(count: values.count, to: &output, indent: indent) { values[$0] }
        case .generated(let count, let element): Self.writeArray(count: count, to: &output, indent: indent, element)
        case .object(let members):
            if members.isEmpty {
                output.ascii("{}")
                return
            }
            output.ascii("{")
            for (offset, (key, value)) in members.enumerated() {
                output.newline(indent: indent + 1)
                output.key(key)
                output.ascii(": ")
                value.write(to: &output, indent: indent + 1)
                if offset + 1 < members.count { output.ascii(",") }
            }
            output.newline(indent: indent)
            output.ascii("}")
        }
    }

    private static func writeArray(
        count: Int, to output: inout JSONWriter, indent: Int, _ element: (Int) -> JSONValue
    ) {
        if count == 0 {
            output.ascii("[]")
            return
        }
        output.ascii("[")
        for index in 0..<count {
            output.newline(indent: indent + 1)
            element(index).write(to: &output, indent: indent + 1)
            if index + 1 < count { output.ascii(",") }
            output.handOnIfFull()
        }
        output.newline(indent: indent)
        output.ascii("]")
    }
}
