import Foundation
import VouchIO

/// A one-line progress display on stderr, redrawn at most ten times a second, only when
/// stderr is a terminal.
final class ProgressLine {
    private var lastDraw = DispatchTime.now()
    private var drawn = false
    private let enabled: Bool

    init(quiet: Bool) {
        enabled = !quiet && Terminal.isTerminal(STDERR_FILENO)
    }

    /// The callback to hand to the reader, or nil when disabled.
    var callback: ((ReadProgress) -> Void)? {
        guard enabled else { return nil }
        return { [self] progress in update(progress) }
    }

    private func update(_ progress: ReadProgress) {
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 100_000_000 else { return }
        lastDraw = now
        var text = "vouch: reading \(progress.file)"
        if let total = progress.totalBytes, total > 0 {
            text += " \(min(100, progress.bytesRead * 100 / total))%"
        } else {
            text += " \(progress.bytesRead >> 20) MB"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        drawn = true
    }

    /// Clears the line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
