#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file system says about a path (its kind, size and modification time), from
/// `stat` alone. Foundation's `attributesOfItem` also looks up the names of the file's user
/// and group through the system's name service, which on a managed machine (LDAP, SSSD,
/// NIS) may ask a directory server over the network, once per file: vouch never does.
public struct FileStatus: Sendable {
    public enum Kind: Sendable {
        case regular, directory, symbolicLink, other
    }

    public let kind: Kind
    public let size: Int
    /// Seconds since 1970.
    public let modified: Int

    /// The status of `path` itself (a symbolic link is reported as one), or of what it
    /// points to when `followingLinks`; nil when nothing is there or it cannot be examined.
    public init?(_ path: String, followingLinks: Bool = false) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        self.init(info)
    }

    /// The status of the file open as `descriptor`.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int(info.st_size)
        #if canImport(Darwin)
            modified = Int(info.st_mtimespec.tv_sec)
        #else
            modified = Int(info.st_mtim.tv_sec)
        #endif
    }
}
