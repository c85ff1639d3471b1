package io.nocvault.identity;

import io.nocvault.test.OnPostgres;

/** {@link ApiAuthTest} on a real PostgreSQL. */
@OnPostgres
class ApiAuthPostgresTest extends ApiAuthTest {}
