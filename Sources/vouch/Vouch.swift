import ArgumentParser
import Foundation

@main
struct Vouch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vouch",
        abstract: "Tell real relationships from LinkedIn list entries, and vet introduction requests.",
        discussion: """
            vouch reads your own LinkedIn data export (the .zip, its unpacked folder, or \
            Connections.csv) and works out, with evidence, how well you know each connection. \
            Nothing leaves your machine.

            Examples:
              vouch analyze Basic_LinkedInDataExport_10-31-2026.zip
              vouch vet Basic_LinkedInDataExport_10-31-2026.zip --list wishlist.csv --requester "Pat Quinn"
              vouch inspect Basic_LinkedInDataExport_10-31-2026.zip
            """,
        version: VouchVersion.current,
        subcommands: [Analyze.self, Vet.self, Inspect.self]
    )
}
