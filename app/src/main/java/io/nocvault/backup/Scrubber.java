package io.nocvault.backup;

/**
 * The integrity scrub: re-reads versions (decrypt, decompress, SHA-256 of the raw and normalized blobs) and marks
 * each {@link IntegrityStatus#OK} or {@link IntegrityStatus#CORRUPT}. A failure publishes {@link IntegrityFailed}
 * and is never repaired: the blob stays as found for an administrator to look at.
 */
public interface Scrubber {

    /**
     * Verifies a share of the versions not known to be corrupt, those checked longest ago (or never) first, so that
     * a nightly share of {@code 1/n} reads every version every {@code n} nights.
     *
     * @param fraction between 0 (exclusive) and 1; at least one version is checked when any exists
     */
    ScrubReport scrubShare(double fraction);

    /** Verifies every version, including those already marked corrupt. */
    ScrubReport scrubAll();

    /** Verifies one version (scoped: 404 for another NOC's version) and records the result. */
    IntegrityStatus verify(long versionId);
}
