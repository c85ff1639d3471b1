package io.nocvault.identity.internal;

/** Whether a user may log in. */
public enum UserStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended");

    private final String label;

    UserStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
