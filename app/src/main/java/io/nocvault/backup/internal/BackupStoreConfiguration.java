package io.nocvault.backup.internal;

import io.nocvault.backup.store.BlobCodec;
import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.common.DataDirectory;
import io.nocvault.secrets.SecretBox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The blob store under {@code <data-dir>/store} (a {@link io.nocvault.backup.store.BlobStore}) and scheduling. */
@Configuration
@EnableScheduling
class BackupStoreConfiguration {

    @Bean
    PackBlobStore blobStore(DataDirectory dataDirectory, SecretBox secretBox, BackupStoreProperties properties) {
        BlobCodec codec = new BlobCodec(secretBox, properties.store().compressionLevel());
        return new PackBlobStore(dataDirectory.resolve("store"), codec);
    }

    @Bean
    RetentionPlanner retentionPlanner(BackupStoreProperties properties) {
        return new RetentionPlanner(properties.retention().zoneOrDefault());
    }
}
