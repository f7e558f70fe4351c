import Foundation

extension EventKBProcess {
    /// Starts `eventkb --db <scratch db> args...` without waiting, output to files in the scratch
    /// directory (pipes could fill up while nobody reads them).
    func start(_ args: [String], tag: String) throws -> Process {
        let process = Process()
        process.executableURL = EventKBProcess.binary
        process.arguments = ["--db", db] + args
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "EVENTKB_DB")
        process.environment = env
        FileManager.default.createFile(atPath: path("\(tag).out"), contents: nil)
        FileManager.default.createFile(atPath: path("\(tag).err"), contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path("\(tag).out")))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: path("\(tag).err")))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    func output(_ tag: String) -> (stdout: String, stderr: String) {
        (String(decoding: FileManager.default.contents(atPath: path("\(tag).out")) ?? Data(), as: UTF8.self),
         String(decoding: FileManager.default.contents(atPath: path("\(tag).err")) ?? Data(), as: UTF8.self))
    }

    /// Runs to the end, or kills it after `seconds` (a hang fails the test instead of the suite).
    func run(_ args: [String], timeout seconds: Double, tag: String = "timed") throws -> (result: Result, timedOut: Bool) {
        let process = try start(args, tag: tag)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let (out, err) = output(tag)
        return (Result(status: process.terminationStatus, stdout: out, stderr: err), timedOut)
    }

    /// `stats --format json` as numbers.
    func stats() throws -> [String: Int] {
        let r = try run(["stats", "--format", "json"])
        guard r.status == 0, let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw StatsFailure(message: r.stderr)
        }
        return object.compactMapValues { $0 as? Int }
    }

    struct StatsFailure: Error { var message: String }
}

/// Made-up articles for the batch tests: every file different (so none is a duplicate), each with
/// a few meetings, visits and affiliations among invented people.
enum InventedArticles {
    static let people = ["Ana Ribeiro", "Karim Bennani", "Lena Varga", "Tomas Okafor", "Ines Duarte", "Jonas Mbeki",
                         "Mira Sayed", "Ruth Abernathy", "Omar Haddad", "Petra Novak"]
    static let places = ["Paris", "Lisbon", "Nairobi", "Rome", "Vienna", "Cairo", "Oslo", "Lima"]

    static func article(_ n: Int, sentences: Int = 6) -> String {
        var text = "date 2024-0\(1 + n % 9)-1\(n % 10) "
        for k in 0..<sentences {
            let a = people[(n + k) % people.count], b = people[(n * 7 + k * 3 + 1) % people.count]
            let place = places[(n + k * 5) % places.count]
            switch k % 3 {
            case 0: text += "\(a) met \(b) in \(place) on Monday to discuss the dispute number \(n). "
            case 1: text += "\(b) visited \(place) last week, officials said. "
            default: text += "\(a), the leader of the Blue River Party, told reporters in \(place) that talks would go on. "
            }
        }
        return text + "\n"
    }

    /// Writes `count` articles into `folder` as `a0000.txt`, …
    static func write(_ count: Int, into folder: String, of cli: EventKBProcess, sentences: Int = 6) throws {
        for n in 0..<count {
            try cli.write("\(folder)/a\(String(format: "%04d", n)).txt", article(n, sentences: sentences))
        }
    }
}
