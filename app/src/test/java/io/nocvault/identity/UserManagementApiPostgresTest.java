package io.nocvault.identity;

import io.nocvault.test.OnPostgres;

/** {@link UserManagementApiTest} on a real PostgreSQL. */
@OnPostgres
class UserManagementApiPostgresTest extends UserManagementApiTest {}
