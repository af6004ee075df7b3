import Glibc

/// The process environment, one variable at a time: `getenv` reads one where `ProcessInfo` copies them all, at
/// every start.
public enum Environment {
    /// The variable's value, nil when unset or empty.
    public static func value(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }
}
