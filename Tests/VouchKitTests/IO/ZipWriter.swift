import CISAL
import Foundation

/// Writes small zip files for tests, with the knobs a reader must cope with: stored or
/// deflated entries, ZIP64 records, names without the UTF-8 flag, symbolic links, encrypted
/// or unknown-method entries, and a wrong checksum.
struct ZipWriter {
    struct Entry {
        var name: [UInt8]
        var data: [UInt8]
        var deflate = true
        var method: UInt16?
        var flags: UInt16 = 0x0800
        var unixMode: UInt32 = 0o100644
        var wrongChecksum = false

        init(_ name: String, _ text: String, deflate: Bool = true) {
            self.name = Array(name.utf8)
            self.data = Array(text.utf8)
            self.deflate = deflate
        }
    }

    var entries: [Entry] = []
    /// Writes every size and offset through ZIP64 fields and a ZIP64 end record.
    var zip64 = false

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { crc32_gzip_refl(0, $0.baseAddress, UInt64($0.count)) }
    }

    /// Raw deflate (ISA-L, level 0).
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = isal_zstream()
        isal_deflate_stateless_init(&stream)
        var output = [UInt8](repeating: 0, count: bytes.count + 1024)
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                stream.end_of_stream = 1
                stream.level = 0
                precondition(isal_deflate_stateless(&stream) == COMP_OK)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(written))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: UInt16, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8)] }
        func u32(_ value: UInt32, _ into: inout [UInt8]) {
            u16(UInt16(value & 0xFFFF), &into)
            u16(UInt16(value >> 16), &into)
        }
        func u64(_ value: UInt64, _ into: inout [UInt8]) {
            u32(UInt32(value & 0xFFFF_FFFF), &into)
            u32(UInt32(value >> 32), &into)
        }
        for entry in entries {
            let body = entry.deflate ? Self.deflate(entry.data) : entry.data
            let method = entry.method ?? (entry.deflate ? 8 : 0)
            let crc = Self.crc(entry.data) ^ (entry.wrongChecksum ? 1 : 0)
            let offset = UInt64(out.count)
            u32(0x0403_4B50, &out)
            u16(20, &out)
            u16(entry.flags, &out)
            u16(method, &out)
            u32(0, &out)
            u32(crc, &out)
            u32(UInt32(body.count), &out)
            u32(UInt32(entry.data.count), &out)
            u16(UInt16(entry.name.count), &out)
            u16(0, &out)
            out += entry.name
            out += body

            var extra: [UInt8] = []
            if zip64 {
                u16(0x0001, &extra)
                u16(24, &extra)
                u64(UInt64(entry.data.count), &extra)
                u64(UInt64(body.count), &extra)
                u64(offset, &extra)
            }
            u32(0x0201_4B50, &central)
            u16(3 << 8 | 45, &central)
            u16(45, &central)
            u16(entry.flags, &central)
            u16(method, &central)
            u32(0, &central)
            u32(crc, &central)
            u32(zip64 ? 0xFFFF_FFFF : UInt32(body.count), &central)
            u32(zip64 ? 0xFFFF_FFFF : UInt32(entry.data.count), &central)
            u16(UInt16(entry.name.count), &central)
            u16(UInt16(extra.count), &central)
            u16(0, &central)
            u16(0, &central)
            u16(0, &central)
            u32(entry.unixMode << 16, &central)
            u32(zip64 ? 0xFFFF_FFFF : UInt32(offset), &central)
            central += entry.name
            central += extra
        }
        let centralOffset = UInt64(out.count)
        out += central
        if zip64 {
            let recordOffset = UInt64(out.count)
            u32(0x0606_4B50, &out)
            u64(44, &out)
            u16(45, &out)
            u16(45, &out)
            u32(0, &out)
            u32(0, &out)
            u64(UInt64(entries.count), &out)
            u64(UInt64(entries.count), &out)
            u64(UInt64(central.count), &out)
            u64(centralOffset, &out)
            u32(0x0706_4B50, &out)
            u32(0, &out)
            u64(recordOffset, &out)
            u32(1, &out)
        }
        u32(0x0605_4B50, &out)
        u16(0, &out)
        u16(0, &out)
        u16(zip64 ? 0xFFFF : UInt16(entries.count), &out)
        u16(zip64 ? 0xFFFF : UInt16(entries.count), &out)
        u32(zip64 ? 0xFFFF_FFFF : UInt32(central.count), &out)
        u32(zip64 ? 0xFFFF_FFFF : UInt32(centralOffset), &out)
        u16(0, &out)
        return out
    }

    /// Writes the zip to a fresh temporary file and returns its path.
    func write() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-zip-\(UUID().uuidString).zip")
            .path
        try Data(bytes()).write(to: URL(fileURLWithPath: path))
        return path
    }
}
