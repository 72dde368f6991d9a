/// The verdict on a whole list.
public enum ListVerdict: String, Sendable {
    case targeted
    case mixed
    case listPushing = "list-pushing"
}
