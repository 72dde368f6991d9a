// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "vouch",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "vouch", targets: ["vouch"]),
        .library(name: "VouchKit", targets: ["VouchKit"]),
        .library(name: "VouchIO", targets: ["VouchIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .target(
            name: "VouchIO",
            dependencies: [
                "CISAL",
                "CMemoryHints",
                "CWideVectors",
            ]
        ),
        .target(
            name: "VouchKit",
            dependencies: [
                "VouchIO",
                "CLibXML2",
                "CMemoryHints",
            ]
        ),
        .executableTarget(
            name: "vouch",
            dependencies: [
                "VouchKit",
                "VouchIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VouchKitTests",
            dependencies: ["VouchKit", "VouchIO", "CISAL", "CWideVectors"],
            exclude: ["Fixtures", "Snapshots"]
        ),
        .testTarget(
            name: "vouchTests",
            dependencies: ["VouchKit", "VouchIO", "vouch"],
            exclude: ["Fixtures"]
        ),
    ]
)
