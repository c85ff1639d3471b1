package io.nocvault.notify;

import io.nocvault.test.OnPostgres;

/** The alert pipeline and delivery log on a real PostgreSQL. */
@OnPostgres
class AlertPipelinePostgresTest extends AlertPipelineTest {}
