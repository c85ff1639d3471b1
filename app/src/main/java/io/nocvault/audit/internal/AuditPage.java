package io.nocvault.audit.internal;

import java.util.List;

/** One page of entries and how many entries the whole filtered list holds. */
public record AuditPage(List<AuditEntry> entries, long count) {}
