/// The system libraries opened on first use rather than linked (CDynamicLibrary.h says why): libxml2 for the
/// readers here, ICU, Snowball and Hunspell for the layers above.
public enum SystemLibrary {
    /// The one sentence every layer gives when such a library cannot be loaded: `role` says what it does,
    /// `packages` what to install.
    public static func unloadable(_ role: String, file: String, packages: String) -> String {
        "the \(role) library \(file) could not be loaded; install \(packages) (scripts/install-deps does) and run "
            + "the command again"
    }
}
