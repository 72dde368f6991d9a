import VouchIdentity
import VouchIngest

extension IngestLedger {
    /// The `ingest` object of every JSON report.
    public var json: JSONValue {
        .object([
            ("files", .array(files.map(\.json))),
            ("ignoredFiles", .array(ignoredFiles.map(JSONValue.string))),
            (
                "refusedEntries",
                .array(refusedEntries.map { .object([("name", .string($0.name)), ("reason", .string($0.reason))]) })
            ),
        ])
    }
}

extension FileLedger {
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("kind", .string(kind.name)),
            ("variant", .string(variant)),
            ("encoding", .string(encoding)),
            ("delimiter", .string(delimiter)),
            ("rows", .int(rows)),
            ("used", .int(used)),
            ("skippedCount", .int(skippedCount)),
            ("skipped", .array(skipped.map { .object([("line", .int($0.line)), ("reason", .string($0.reason))]) })),
            ("excluded", .object(excluded.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })),
            ("firstDate", .optional(firstDate?.description)),
            ("lastDate", .optional(lastDate?.description)),
            ("warnings", .array(warnings.map(JSONValue.string))),
        ])
    }
}

extension Owner {
    var json: JSONValue {
        .object([("name", .optional(name)), ("profileURL", .optional(profileURL))])
    }
}

extension SharedNameMessages {
    /// The `sharedNameMessages` object of a person in the JSON reports: messages with a name
    /// several connections share, which may be this person's.
    var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("connectionsSharingName", .int(connections)),
            ("messages", .int(messagesSent + messagesReceived)),
            ("messagesFromYou", .int(messagesSent)),
            ("messagesFromThem", .int(messagesReceived)),
            ("conversations", .int(conversations)),
            ("twoWayConversations", .int(twoWayConversations)),
            ("groupConversations", .int(groupConversations)),
            ("discountedConversations", .int(discountedConversations)),
            ("firstMessage", .optional(firstMessage?.description)),
            ("lastMessage", .optional(lastMessage?.description)),
            ("depthFromMessages", .string("cannot tell")),
        ])
    }
}
