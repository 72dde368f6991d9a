// swift-tools-version:5.4
// libFuzzer targets for vouch's parsers. Tools version 5.4 on purpose: from 5.5 on, SwiftPM
// adds its own entry point to executables, which clashes with libFuzzer's `main`.
// Build and run with Scripts/fuzz.sh.
import PackageDescription

let fuzzTargets = ["fuzz-csv", "fuzz-dates", "fuzz-profile-url", "fuzz-request-list", "fuzz-html"]

let package = Package(
    name: "VouchFuzz",
    dependencies: [.package(name: "vouch", path: "..")],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "VouchKit", package: "vouch")])
    }
)
