extension UInt8 {
    /// The byte with an ASCII capital made lower case, as `lowercased()` does to ASCII; any other byte unchanged.
    var asciiLowercased: UInt8 { self &- 65 < 26 ? self | 0x20 : self }
}
