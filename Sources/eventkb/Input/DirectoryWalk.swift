#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files under a directory that `ingest DIR` reads: every `.txt` and `.jsonl` (any case) at
/// any depth, hidden names (a leading dot) skipped, links to directories not followed, each path
/// spelled under the directory as the user wrote it (`samples/a.txt`, `samples//b.txt` never).
/// Directories that cannot be listed are collected for the caller to name.
struct DirectoryWalk {
    private(set) var candidates: [String] = []
    private(set) var unreadable: [String] = []

    mutating func visit(_ directory: String) {
        guard let stream = opendir(directory) else {
            unreadable.append(directory)
            return
        }
        var subdirectories: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if DirectoryWalk.isRealDirectory(path) {
                subdirectories.append(path)
            } else if DirectoryWalk.isArticleFileName(name) {
                candidates.append(path)
            }
        }
        closedir(stream)
        for subdirectory in subdirectories.sorted() {
            visit(subdirectory)
        }
    }

    /// A directory itself, not a link to one (`lstat`).
    static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// `a.txt`, `b.JSONL`: an extension after the last dot, `txt` or `jsonl` in any case.
    static func isArticleFileName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        return ext == "txt" || ext == "jsonl"
    }
}
