package io.nocvault.inventory;

import io.nocvault.test.OnPostgres;

/** The devices API, scoping and validation on a real PostgreSQL. */
@OnPostgres
class DeviceApiPostgresTest extends DeviceApiTest {}
