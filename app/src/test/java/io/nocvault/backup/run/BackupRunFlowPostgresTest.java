package io.nocvault.backup.run;

import io.nocvault.test.OnPostgres;

/** The end-to-end run test on a real PostgreSQL. */
@OnPostgres
class BackupRunFlowPostgresTest extends BackupRunFlowTest {}
