import FoundationEssentials

/// How actor names are compared: without accents, case, hyphens or apostrophes, so `etats-unis`,
/// `Etats Unis` and `États-Unis` are the same actor.
public enum ActorName {
    public static func folded(_ name: String) -> String {
        // Most names are ASCII: fold them without Foundation's Unicode machinery.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            var pendingSpace = false
            for byte in name.utf8 {
                let lower = byte | 0x20
                if (lower &- 97 < 26 && byte & 0x40 != 0) || byte &- 48 < 10 {
                    if pendingSpace, !bytes.isEmpty { bytes.append(32) }
                    pendingSpace = false
                    bytes.append(byte &- 48 < 10 ? byte : lower)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let plain = UnicodeNormalization.folded(name)
        var result = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace, !result.isEmpty { result += " " }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
