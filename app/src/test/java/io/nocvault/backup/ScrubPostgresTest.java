package io.nocvault.backup;

import io.nocvault.test.OnPostgres;

/** {@link ScrubTest} on a real PostgreSQL. */
@OnPostgres
class ScrubPostgresTest extends ScrubTest {}
