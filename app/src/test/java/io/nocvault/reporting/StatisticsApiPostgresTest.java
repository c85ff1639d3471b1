package io.nocvault.reporting;

import io.nocvault.test.OnPostgres;

/** {@link StatisticsApiTest} on a real PostgreSQL. */
@OnPostgres
class StatisticsApiPostgresTest extends StatisticsApiTest {}
