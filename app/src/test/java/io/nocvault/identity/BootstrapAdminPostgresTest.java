package io.nocvault.identity;

import io.nocvault.test.OnPostgres;

/** {@link BootstrapAdminTest} on a real PostgreSQL. */
@OnPostgres
class BootstrapAdminPostgresTest extends BootstrapAdminTest {}
