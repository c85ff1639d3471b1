package io.nocvault.audit.internal;

import io.nocvault.test.OnPostgres;

/** {@link AuditQueryTest} on a real PostgreSQL. */
@OnPostgres
class AuditQueryPostgresTest extends AuditQueryTest {}
