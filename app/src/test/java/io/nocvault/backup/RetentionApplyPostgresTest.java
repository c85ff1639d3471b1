package io.nocvault.backup;

import io.nocvault.test.OnPostgres;

/** {@link RetentionApplyTest} on a real PostgreSQL. */
@OnPostgres
class RetentionApplyPostgresTest extends RetentionApplyTest {}
