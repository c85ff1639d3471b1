package io.nocvault.noc;

import io.nocvault.test.OnPostgres;

/** {@link NocScopingTest} on a real PostgreSQL. */
@OnPostgres
class NocScopingPostgresTest extends NocScopingTest {}
