package io.nocvault.inventory.api;

import io.nocvault.common.Origin;
import io.nocvault.inventory.internal.DeviceCsv;
import io.nocvault.inventory.internal.DeviceExport;
import io.nocvault.inventory.internal.DeviceFilter;
import io.nocvault.inventory.internal.DeviceImport;
import io.nocvault.inventory.internal.ImportReport;
import io.nocvault.inventory.internal.InventoryAuthorization;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import and export of devices: {@code GET /api/v1/devices/import/template}, {@code POST
 * /api/v1/devices/import} (multipart {@code file}, {@code ?dryRun=true}) answering {@code
 * {"created":n,"errors":[{"line","field","message"}]}}, and {@code GET /api/v1/devices/export} (CSV without secrets,
 * the list's filters).
 */
@RestController
@RequestMapping("/api/v1/devices")
@PreAuthorize(InventoryAuthorization.READ)
class DeviceImportApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DeviceImport imports;
    private final DeviceExport exports;

    DeviceImportApiController(DeviceImport imports, DeviceExport exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/import/template")
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"devices-template.csv\"")
                .body(DeviceCsv.TEMPLATE);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(InventoryAuthorization.CREATE)
    ImportReport importCsv(
            @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.run(in, file.getOriginalFilename(), dryRun, Origin.current());
        }
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long nocId,
            @RequestParam(required = false) String deviceType,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String enabled,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        DeviceFilter filter = DeviceFilter.parse(nocId, deviceType, tag, status, enabled, q);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"devices.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.write(filter, out);
        out.flush();
    }
}
