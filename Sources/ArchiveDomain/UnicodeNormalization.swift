import CTextNormalization

/// Unicode normalisation (NFC for stored text, NFKD for folding), by the system's ICU.
public enum UnicodeNormalization {
    /// The ICU library's file name when it cannot be loaded (text then stays as written), else nil. Commands
    /// that store text check first, so an archive never mixes normalised and unnormalised text.
    public static var unavailableLibrary: String? {
        archive_normalization_available() != 0 ? nil : String(cString: archive_normalization_library())
    }

    /// `text` in NFC; unchanged if ICU cannot read it.
    static func nfc(_ text: String) -> String {
        normalized(text, ARCHIVE_NFC)
    }

    /// Lower case, without accents and compatibility variants (full-width letters, ligatures such as `ﬁ`): two
    /// spellings of a name compare equal after this.
    static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in normalized(text, ARCHIVE_NFKD).unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    private static func normalized(_ text: String, _ form: ArchiveNormalizationForm) -> String {
        var input = Array(text.utf8)
        if input.isEmpty { return text }
        // Normalised text is rarely much longer than its source: one ICU pass into a roomy buffer, a second only
        // if it did not fit (ICU then says how much room it needs).
        var output = [CChar](repeating: 0, count: input.count * 3 + 16)
        for _ in 0..<2 {
            let written = input.withUnsafeMutableBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { source in
                    output.withUnsafeMutableBufferPointer {
                        archive_normalize_utf8(
                            form, source.baseAddress, Int32(source.count), $0.baseAddress, Int32($0.count))
                    }
                }
            }
            guard written >= 0 else { return text }
            if Int(written) <= output.count {
                return output.withUnsafeBufferPointer {
                    String(decoding: UnsafeRawBufferPointer($0).prefix(Int(written)), as: UTF8.self)
                }
            }
            output = [CChar](repeating: 0, count: Int(written))
        }
        return text
    }
}
