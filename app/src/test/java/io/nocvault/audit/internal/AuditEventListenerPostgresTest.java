package io.nocvault.audit.internal;

import io.nocvault.test.OnPostgres;

/** {@link AuditEventListenerTest} on a real PostgreSQL. */
@OnPostgres
class AuditEventListenerPostgresTest extends AuditEventListenerTest {}
