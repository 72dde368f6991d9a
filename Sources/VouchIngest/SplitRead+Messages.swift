import VouchIO

extension SplitRead {
    /// What ``readMessages(_:entry:state:minimumSize:minimumTaken:progress:)`` did.
    enum MessagesOutcome {
        /// Read in parts, merged into `state.messages`.
        case inParts(FileLedger)
        /// Read whole by the first thread, into `state.messages`: no split was found.
        case whole(FileLedger, because: ReadMethod.Reason)
        /// Nothing kept (`state` unchanged): the file is to be read in one go.
        case notRead(because: ReadMethod.Reason)
    }

    /// Why messages are not read in parts, found before any row is read (a fold that could
    /// not be merged).
    private struct NotInParts: Error {
        let reason: ReadMethod.Reason
    }

    /// Reads `messages.csv` in parts when the source and the file allow it, and leaves the
    /// merged fold in `state.messages`; or says, exactly, why it did not. The folds know the
    /// connections and the owner read so far; conversations are merged by id (see
    /// ``MessageFolder/absorb(_:)``).
    static func readMessages(
        _ source: ExportSource, entry: ExportEntry, state: inout ReadState, minimumSize: Int = SplitRead.minimumSize,
        minimumTaken: Int = SplitRead.minimumTaken, progress: ((ReadProgress) -> Void)?
    ) throws -> MessagesOutcome {
        let schema = ExportFileKind.messages.schema
        var layout: TableLayout?
        let outcome: Outcome<MessagePart>
        do {
            outcome = try read(
                source, entry: entry, minimumSize: minimumSize, minimumTaken: minimumTaken, progress: progress,
                shape: {
                    layout = TableReader.layout(of: source, entry: entry, schema: schema)
                    return layout.map { CSVShape(delimiter: $0.delimiter, fieldCount: $0.fieldCount) }
                },
                makeFold: { startsMidFile in
                    let folder = state.makeMessageFolder(startsMidFile: startsMidFile)
                    if !startsMidFile, let map = layout?.map, let reason = folder.whyNotStreaming(map) {
                        throw NotInParts(reason: reason)
                    }
                    return MessagePart(folder: folder, ledger: FileLedger(name: entry.path, kind: .export(.messages)))
                },
                readPart: { bytes, startsMidFile, part, progress in
                    var ledger = part.ledger
                    let end = try TableReader.read(
                        bytes, entry: entry, schema: schema, ledger: &ledger, layout: startsMidFile ? layout : nil,
                        progress: progress
                    ) { row, ledger in part.folder.fold(row, ledger: &ledger) }
                    part.ledger = ledger
                    part.lines = end.nextLine - 1
                    return end.atRecordBoundary
                })
        } catch let refused as NotInParts {
            return .notRead(because: refused.reason)
        }
        switch outcome {
        case .inParts(let part):
            state.messages = part.folder
            return .inParts(part.ledger)
        case .whole(let part, let reason):
            state.messages = part.folder
            return .whole(part.ledger, because: ReadMethod.Reason(reason))
        case .notRead(let reason):
            return .notRead(because: ReadMethod.Reason(reason))
        }
    }
}
