package io.nocvault.noc;

/** A NOC as other modules see it: enough to name it and to pick it in a form. */
public record NocSummary(long id, String name) {}
