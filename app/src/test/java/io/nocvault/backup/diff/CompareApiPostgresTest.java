package io.nocvault.backup.diff;

import io.nocvault.test.OnPostgres;

/** The compare API and pages on PostgreSQL. */
@OnPostgres
class CompareApiPostgresTest extends CompareApiTest {}
