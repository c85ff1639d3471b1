package io.nocvault.backup;

/**
 * What {@link VersionStore#record} did: stored a {@link Kind#NEW_VERSION} (with line counts against the previous
 * version in {@link #version()}) or found the configuration {@link Kind#UNCHANGED} and moved the latest version's
 * {@code lastConfirmed}. A new version names the version it follows ({@code null} for a device's first).
 */
public record StoreOutcome(Kind kind, BackupVersion version, Long previousVersionId) {

    public StoreOutcome(Kind kind, BackupVersion version) {
        this(kind, version, null);
    }

    public enum Kind {
        NEW_VERSION,
        UNCHANGED
    }

    public boolean isNew() {
        return kind == Kind.NEW_VERSION;
    }

    public int added() {
        return isNew() ? version.added() : 0;
    }

    public int removed() {
        return isNew() ? version.removed() : 0;
    }
}
