/// The version vouch reports with `--version`.
public enum VouchVersion {
    public static let current = "0.1.0"
}
