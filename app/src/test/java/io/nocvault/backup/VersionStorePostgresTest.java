package io.nocvault.backup;

import io.nocvault.test.OnPostgres;

/** {@link VersionStoreTest} on a real PostgreSQL. */
@OnPostgres
class VersionStorePostgresTest extends VersionStoreTest {}
