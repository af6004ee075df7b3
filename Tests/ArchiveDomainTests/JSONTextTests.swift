import ArchiveDomain
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
}
