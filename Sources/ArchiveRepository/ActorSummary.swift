/// An actor as `archive actors` lists it: its canonical name and how often claims name it.
public struct ActorSummary: Equatable, Sendable {
    public var name: String
    public var type: String
    public var claims: Int
    public var articles: Int
}
