@testable import ArchiveDomain
import Foundation
import Testing

@Suite struct JSONTextTests {
    @Test func writesValidJSONThatFoundationReadsBack() throws {
        var json = JSONText()
        json.beginObject()
        json.field("text", "« Guillemets » \"quotes\" \\ back\nline\t\u{1}")
        json.field("n", 3)
        json.field("x", 2.5)
        json.field("none", String?.none)
        json.key("list")
        json.beginArray()
        json.number(1)
        json.beginObject()
        json.field("ok", true)
        json.endObject()
        json.endArray()
        json.endObject()
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
        #expect(object["text"] as? String == "« Guillemets » \"quotes\" \\ back\nline\t\u{1}")
        #expect(object["n"] as? Int == 3)
        #expect(object["x"] as? Double == 2.5)
        #expect(object["none"] is NSNull)
        #expect((object["list"] as? [Any])?.count == 2)
    }

    /// The exact text: stored claim fields and command output must not change with the encoder.
    @Test func writesTheExpectedCompactText() {
        var json = JSONText()
        json.beginArray()
        json.beginObject()
        json.field("é\"", "a\u{0}b\u{1F}c\rd\te\\f/ g€😀")
        json.field("n", -42)
        json.field("min", Int.min)
        json.field("zero", 0)
        json.field("whole", 1_000_000.0)
        json.field("half", -0.5)
        json.field("nan", Double.nan)
        json.endObject()
        json.beginArray()
        json.endArray()
        json.string(nil)
        json.raw("{\"k\":[1]}")
        json.bool(false)
        json.endArray()
        #expect(
            json.text
                == #"[{"é\"":"a\u0000b\u001fc\rd\te\\f/ g€😀","n":-42,"min":-9223372036854775808,"zero":0,"#
                + #""whole":1000000,"half":-0.5,"nan":null},[],null,{"k":[1]},false]"#)
        #expect(JSONText.quoted("« dit-il »\n") == #""« dit-il »\n""#)
    }

    /// Whatever a claim's text holds, the JSON written for it reads back as the same string with the strict reader
    /// the import uses: every ASCII character (controls included) and multi-byte scalars next to escapes.
    @Test func stringsReadBackUnchanged() throws {
        let ascii = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) }
        let samples = ascii + [
            ascii.joined(), "é\u{0}ü", "«\"»", "\\\u{7}\u{1F}", "😀\n😀", "e\u{301}", "\u{2028}\u{2029}", "\u{FEFF}x", "",
        ]
        for sample in samples {
            var json = JSONText()
            json.beginArray()
            json.string(sample)
            json.endArray()
            var reader = JSONReader(json.text)
            let values = try reader.readAll()
            guard case .array(let items, _) = try #require(values.first), case .string(let read) = try #require(items.first)
            else {
                Issue.record("\(json.text) did not read back as an array holding a string")
                continue
            }
            #expect(read.unicodeScalars.elementsEqual(sample.unicodeScalars), "\(json.text)")
        }
    }
}
