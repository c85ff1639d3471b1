package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.ScrubReport;
import io.nocvault.backup.Scrubber;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.store.BlobStore;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link Scrubber}: reads both blobs of each version from disk and records the result with {@link IntegrityMarker}. */
@Component
class DefaultScrubber implements Scrubber {

    private static final Logger log = LoggerFactory.getLogger(DefaultScrubber.class);
    private static final int BATCH = 500;

    private final VersionListing listing;
    private final VersionStore versions;
    private final BlobStore store;
    private final IntegrityMarker marker;

    DefaultScrubber(VersionListing listing, VersionStore versions, BlobStore store, IntegrityMarker marker) {
        this.listing = listing;
        this.versions = versions;
        this.store = store;
        this.marker = marker;
    }

    @Override
    public ScrubReport scrubShare(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The scrub share is above 0 and at most 1: " + fraction);
        }
        long total = listing.countScrubbable(false);
        int count = (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(total * fraction));
        Tally tally = new Tally();
        for (BackupVersion version : listing.dueForScrub(count, false)) {
            tally.add(version, check(version));
        }
        return tally.report("share " + fraction);
    }

    @Override
    public ScrubReport scrubAll() {
        Tally tally = new Tally();
        long after = 0;
        List<BackupVersion> batch;
        do {
            batch = listing.batchAfter(after, BATCH);
            for (BackupVersion version : batch) {
                tally.add(version, check(version));
                after = version.id();
            }
        } while (batch.size() == BATCH);
        return tally.report("all");
    }

    @Override
    public IntegrityStatus verify(long versionId) {
        return check(versions.get(versionId));
    }

    private IntegrityStatus check(BackupVersion version) {
        try {
            store.get(version.blobId());
            if (!version.normalizedSha256().equals(version.blobId())) {
                store.get(version.normalizedSha256());
            }
            marker.ok(version);
            return IntegrityStatus.OK;
        } catch (BlobCorruptException e) {
            marker.corrupt(version, e);
            return IntegrityStatus.CORRUPT;
        }
    }

    /** Counts of one pass. */
    private static final class Tally {
        private int checked;
        private final List<Long> corrupt = new ArrayList<>();

        void add(BackupVersion version, IntegrityStatus status) {
            checked++;
            if (status == IntegrityStatus.CORRUPT) {
                corrupt.add(version.id());
            }
        }

        ScrubReport report(String what) {
            ScrubReport report = new ScrubReport(checked, checked - corrupt.size(), corrupt);
            log.info("Backup store scrub ({}): {} version(s) checked, {} corrupt", what, checked, corrupt.size());
            return report;
        }
    }
}
