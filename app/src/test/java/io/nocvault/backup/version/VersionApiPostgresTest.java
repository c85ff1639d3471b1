package io.nocvault.backup.version;

import io.nocvault.test.OnPostgres;

/** The versions API on PostgreSQL. */
@OnPostgres
class VersionApiPostgresTest extends VersionApiTest {}
