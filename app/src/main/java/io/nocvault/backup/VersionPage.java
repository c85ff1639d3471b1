package io.nocvault.backup;

import java.util.List;

/** One page of a version list and how many versions match in total. */
public record VersionPage(long count, List<BackupVersion> results) {}
