import Glibc

/// What is at a path, from `stat` (or `lstat`, which does not follow a final symbolic link).
enum FileStatus: Equatable {
    case missing
    case folder
    case file
    case symbolicLink

    init(atPath path: String, followingLinks: Bool = true) {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        default: self = .file
        }
    }

    /// The folder part of a path (`/a/b` for `/a/b/c`, `/` for `/c`, `.` for `c`).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
