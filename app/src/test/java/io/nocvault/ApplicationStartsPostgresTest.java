package io.nocvault;

import io.nocvault.test.OnPostgres;

/** {@link ApplicationStartsTest} on a real PostgreSQL. */
@OnPostgres
class ApplicationStartsPostgresTest extends ApplicationStartsTest {}
