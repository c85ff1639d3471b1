package io.nocvault.noc.api;

import io.nocvault.test.OnPostgres;

/** {@link NocApiTest} on a real PostgreSQL. */
@OnPostgres
class NocApiPostgresTest extends NocApiTest {}
