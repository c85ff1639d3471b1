package io.nocvault.identity;

/** What other modules may know about a user. */
public record UserSummary(long id, String username, String fullName, String email, Role role, boolean active) {}
