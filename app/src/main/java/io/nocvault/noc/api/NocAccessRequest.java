package io.nocvault.noc.api;

import java.util.List;

/** The body of {@code PUT /api/v1/users/{id}/nocs}: the complete set of NOCs the user may see. */
record NocAccessRequest(List<Long> nocIds) {}
