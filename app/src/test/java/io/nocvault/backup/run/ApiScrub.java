package io.nocvault.backup.run;

import io.nocvault.test.ApiClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A full scrub through the REST API: {@code POST /api/v1/backups/{id}/verify} (the scrubber's check: both blobs of
 * the version read from disk, decrypted, decompressed and hashed) for every version {@code GET /api/v1/backups}
 * lists.
 *
 * @param versionIds every version listed
 * @param blobIds the blobs those versions refer to (raw and normalized text)
 * @param corrupt the versions whose verification failed
 */
record ApiScrub(Set<Long> versionIds, Set<String> blobIds, List<Long> corrupt) {

    private static final int PAGE = 1000;

    static ApiScrub run(ApiClient api) {
        Set<Long> versionIds = new HashSet<>();
        Set<String> blobIds = new HashSet<>();
        List<Long> corrupt = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = api.get("/api/v1/backups?limit=" + PAGE + "&offset=" + offset);
            for (JsonNode version : page.get("results")) {
                long id = version.get("id").asLong();
                versionIds.add(id);
                blobIds.add(version.get("sha256").asString());
                blobIds.add(version.get("normalizedSha256").asString());
                JsonNode verified = api.post("/api/v1/backups/" + id + "/verify", Map.of());
                if (!verified.get("integrity").asString().equals("OK")) {
                    corrupt.add(id);
                }
            }
            JsonNode next = page.get("next");
            if (next == null || next.isNull()) {
                return new ApiScrub(versionIds, blobIds, corrupt);
            }
        }
    }
}
