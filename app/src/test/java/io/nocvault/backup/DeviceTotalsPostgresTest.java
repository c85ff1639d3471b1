package io.nocvault.backup;

import io.nocvault.test.OnPostgres;

/** {@link DeviceTotalsTest} on a real PostgreSQL. */
@OnPostgres
class DeviceTotalsPostgresTest extends DeviceTotalsTest {}
