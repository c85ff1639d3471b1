package io.nocvault.backup.version;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.Scrubber;
import io.nocvault.backup.VersionPage;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/backups}: the stored versions of the caller's NOCs (another NOC's version answers 404). Texts are
 * masked unless an admin reveals them (audited); admins delete versions other than a device's latest.
 */
@RestController
@RequestMapping("/api/v1/backups")
class VersionApiController {

    private final VersionStore store;
    private final VersionReader reader;
    private final VersionZips zips;
    private final Scrubber scrubber;
    private final Roles roles;

    VersionApiController(VersionStore store, VersionReader reader, VersionZips zips, Scrubber scrubber, Roles roles) {
        this.store = store;
        this.reader = reader;
        this.zips = zips;
        this.scrubber = scrubber;
        this.roles = roles;
    }

    /** The text of a version. */
    record Content(long versionId, boolean masked, String sha256, String content) {}

    /** A verify's result. */
    record Verified(long versionId, IntegrityStatus integrity, Instant checkedAt) {}

    @GetMapping
    PageResponse<VersionJson> list(
            @RequestParam(required = false) String deviceId,
            @RequestParam(required = false) String nocId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String integrity,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        Paging paging = Paging.of(number("limit", limit), VersionParams.id("offset", offset));
        VersionPage page = store.list(new VersionParams(deviceId, nocId, from, to, integrity).filter(), paging);
        Map<Long, String> hostnames = new HashMap<>();
        List<VersionJson> results = page.results().stream()
                .map(v -> VersionJson.of(v, hostnames.computeIfAbsent(v.deviceId(), reader::hostname)))
                .toList();
        return PageResponse.of(page.count(), paging, results);
    }

    private static Integer number(String name, String value) {
        Long parsed = VersionParams.id(name, value);
        return parsed == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, parsed));
    }

    @GetMapping("/{id:\\d+}")
    VersionJson get(@PathVariable long id) {
        BackupVersion version = store.get(id);
        return VersionJson.of(version, reader.hostname(version.deviceId()));
    }

    @GetMapping("/{id:\\d+}/content")
    Content content(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal) {
        BackupVersion version = store.get(id);
        return new Content(id, !reveal, version.blobId(), reader.text(version, reveal, "content"));
    }

    @GetMapping("/{id:\\d+}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "true") boolean masked) {
        BackupVersion version = store.get(id);
        String text = reader.text(version, !masked, "download");
        String name = VersionFiles.name(version, reader.hostname(version.deviceId()), masked);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, VersionApiLinks.attachment(name))
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/zip")
    void zip(@RequestBody VersionZips.Selection selection, HttpServletResponse response) throws IOException {
        List<BackupVersion> versions = zips.resolve(selection);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, VersionApiLinks.attachment(VersionZips.fileName(selection)));
        zips.write(versions, selection.raw(), response.getOutputStream());
        response.flushBuffer();
    }

    @PostMapping("/{id:\\d+}/verify")
    Verified verify(@PathVariable long id) {
        store.get(id);
        roles.require("OPERATOR", "Verifying a version");
        IntegrityStatus status = scrubber.verify(id);
        return new Verified(id, status, store.get(id).checkedAt());
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        store.get(id);
        roles.require("ADMIN", "Deleting a version");
        store.delete(id, Origin.current());
        return ResponseEntity.noContent().build();
    }
}
