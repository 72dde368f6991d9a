// Measures the CSV reader alone: bytes in, records out, field ranges only.
// Usage: csv-throughput FILE [--chunk BYTES]
import Foundation
import VouchIO

let arguments = CommandLine.arguments
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: csv-throughput FILE [--chunk BYTES]\n".utf8))
    exit(64)
}
let chunk = arguments.count >= 4 && arguments[2] == "--chunk" ? Int(arguments[3]) ?? (1 << 20) : 1 << 20
var best = Double.infinity
var records = 0
for _ in 0..<5 {
    var reader = CSVReader()
    var count = 0
    let start = DispatchTime.now()
    data.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            reader.feed(UnsafeBufferPointer(rebasing: bytes[offset..<end]), onRecord: { _ in count += 1 }) { _, _ in }
            offset = end
        }
        reader.finish(onRecord: { _ in count += 1 }) { _, _ in }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    best = min(best, seconds)
    records = count
}
let megabytes = Double(data.count) / 1e6
print(String(format: "csv-reader %.1f MB in %.3f s: %.0f MB/s, %d records", megabytes, best, megabytes / best, records))
