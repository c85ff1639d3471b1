package io.nocvault.transport;

import io.nocvault.test.OnPostgres;

/** {@link HostKeyApiTest} on a real PostgreSQL (the pins' migrations and queries). */
@OnPostgres
class HostKeyApiPostgresTest extends HostKeyApiTest {}
