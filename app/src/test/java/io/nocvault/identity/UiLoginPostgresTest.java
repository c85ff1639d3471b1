package io.nocvault.identity;

import io.nocvault.test.OnPostgres;

/** {@link UiLoginTest} on a real PostgreSQL. */
@OnPostgres
class UiLoginPostgresTest extends UiLoginTest {}
