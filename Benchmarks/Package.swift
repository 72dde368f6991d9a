// swift-tools-version: 6.0
// Benchmarks for vouch: a separate package so the main build stays lean.
import PackageDescription

let package = Package(
    name: "VouchBenchmarks",
    dependencies: [.package(name: "vouch", path: "..")],
    targets: [
        .executableTarget(
            name: "csv-throughput",
            dependencies: [.product(name: "VouchKit", package: "vouch")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        )
    ]
)
