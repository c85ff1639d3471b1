package io.nocvault.inventory;

import io.nocvault.test.OnPostgres;

/** CSV import (10,000 rows, batched inserts, duplicates) on a real PostgreSQL. */
@OnPostgres
class DeviceImportPostgresTest extends DeviceImportTest {}
