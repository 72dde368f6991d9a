// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "vouch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vouch", targets: ["vouch"]),
        .library(
            name: "VouchKit",
            targets: [
                "VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring", "VouchVetting", "VouchReport",
            ]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CISAL",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"]), .brew(["isa-l"])]
        ),
        .target(name: "CMemoryHints"),
        .target(name: "CWideVectors"),
        // The layers, lowest first. Each may import only the targets below it, so the compiler
        // keeps the dependencies one way (docs/ARCHITECTURE.md).
        .target(
            name: "VouchIO",
            dependencies: ["CISAL", "CLibXML2", "CMemoryHints", "CWideVectors"]
        ),
        .target(name: "VouchDates", dependencies: ["VouchIO"]),
        .target(name: "VouchIdentity", dependencies: ["VouchIO", "VouchDates"]),
        .target(name: "VouchIngest", dependencies: ["VouchIO", "VouchDates", "VouchIdentity"]),
        .target(name: "VouchScoring", dependencies: ["VouchIO", "VouchDates", "VouchIdentity", "VouchIngest"]),
        .target(
            name: "VouchVetting",
            dependencies: ["VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring"]
        ),
        .target(
            name: "VouchReport",
            dependencies: ["VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring", "VouchVetting"]
        ),
        .executableTarget(
            name: "vouch",
            dependencies: [
                "VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring", "VouchVetting", "VouchReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VouchKitTests",
            dependencies: [
                "VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring", "VouchVetting", "VouchReport",
                "CISAL", "CWideVectors",
            ],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(
            name: "vouchTests",
            dependencies: [
                "VouchIO", "VouchDates", "VouchIdentity", "VouchIngest", "VouchScoring", "VouchVetting", "VouchReport",
                "vouch",
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
