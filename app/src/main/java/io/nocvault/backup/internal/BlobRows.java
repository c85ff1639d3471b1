package io.nocvault.backup.internal;

import io.nocvault.backup.store.BlobRef;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code backup_blobs} table: what is stored, against which dictionary, and how deep its chain is. */
@Component
class BlobRows {

    /** A blob's row. */
    record BlobRow(String id, long storedSize, long rawSize, String dictionaryId, int chainDepth) {}

    private final JdbcClient jdbc;

    BlobRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BlobRow> find(String id) {
        return jdbc.sql("""
                        select id, stored_size, raw_size, dictionary_blob_id, chain_depth
                        from backup_blobs where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new BlobRow(
                        rs.getString("id"),
                        rs.getLong("stored_size"),
                        rs.getLong("raw_size"),
                        rs.getString("dictionary_blob_id"),
                        rs.getInt("chain_depth")))
                .optional();
    }

    /** Adds the row unless it exists (another device may store the same content at the same time). */
    void insertIfAbsent(BlobRef ref, long rawSize, int chainDepth, Instant now) {
        jdbc.sql("""
                        insert into backup_blobs (id, stored_size, raw_size, dictionary_blob_id, chain_depth, created_at)
                        values (:id, :stored, :raw, :dictionary, :depth, :now)
                        on conflict do nothing
                        """)
                .param("id", ref.id())
                .param("stored", ref.storedSize())
                .param("raw", rawSize)
                .param("dictionary", ref.dictionaryId())
                .param("depth", chainDepth)
                .param("now", Timestamps.param(now))
                .update();
    }

    /**
     * Deletes the row if no version refers to the blob and no blob uses it as dictionary, in one statement.
     * Answers whether it was deleted.
     */
    boolean deleteIfUnreferenced(String id) {
        return jdbc.sql("""
                        delete from backup_blobs
                        where id = :id
                          and not exists (select 1 from backup_versions v where v.blob_id = :id)
                          and not exists (select 1 from backup_versions v where v.normalized_sha256 = :id)
                          and not exists (select 1 from backup_blobs d where d.dictionary_blob_id = :id)
                        """).param("id", id).update() > 0;
    }

    Set<String> allIds() {
        return new HashSet<>(
                jdbc.sql("select id from backup_blobs").query(String.class).list());
    }
}
