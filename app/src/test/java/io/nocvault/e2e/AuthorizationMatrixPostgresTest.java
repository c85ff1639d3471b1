package io.nocvault.e2e;

import io.nocvault.test.OnPostgres;

/** The authorization matrix on a real PostgreSQL: the scoping queries run there in production. */
@OnPostgres
class AuthorizationMatrixPostgresTest extends AuthorizationMatrixTest {}
