package io.nocvault.backup.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.nocvault.backup.store.BlobStore;
import org.springframework.stereotype.Component;

/** Gauges of the store: {@code nocvault.backup.store.bytes}, {@code nocvault.backup.store.free.bytes}, {@code nocvault.backup.versions}. */
@Component
class StoreMetrics {

    StoreMetrics(MeterRegistry registry, BlobStore store, VersionRows versions) {
        Gauge.builder("nocvault.backup.store.bytes", store, BlobStore::usedBytes)
                .description("Bytes of the encrypted blobs in the backup store")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("nocvault.backup.store.free.bytes", store, BlobStore::freeBytes)
                .description("Free bytes on the disk of the backup store")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("nocvault.backup.versions", versions, VersionRows::count)
                .description("Stored configuration versions")
                .register(registry);
    }
}
