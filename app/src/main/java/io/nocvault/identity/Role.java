package io.nocvault.identity;

/**
 * Roles, strongest first. A role includes the rights of every role below it (role hierarchy), so
 * {@code hasRole('OPERATOR')} admits operators, admins and head admins.
 */
public enum Role {
    /** All NOCs, always; manages every user; cannot be deleted from the UI or API. */
    HEAD_ADMIN("Head admin"),
    /** Manages operators and viewers and everything in the NOCs granted to him. */
    ADMIN("Admin"),
    /** Runs backups, scans and restores in granted NOCs. */
    OPERATOR("Operator"),
    /** Reads granted NOCs. */
    VIEWER("Viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** True when this role has at least the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return ordinal() <= other.ordinal();
    }
}
