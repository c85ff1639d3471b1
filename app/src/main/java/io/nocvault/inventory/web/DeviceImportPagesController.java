package io.nocvault.inventory.web;

import io.nocvault.common.Origin;
import io.nocvault.common.web.Views;
import io.nocvault.inventory.internal.DeviceCsv;
import io.nocvault.inventory.internal.DeviceExport;
import io.nocvault.inventory.internal.DeviceFilter;
import io.nocvault.inventory.internal.DeviceImport;
import io.nocvault.inventory.internal.ImportReport;
import io.nocvault.inventory.internal.InvalidInputException;
import io.nocvault.inventory.internal.InventoryAuthorization;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The CSV import page with its report, the template download and the CSV export of the (filtered) list. */
@Controller
@RequestMapping("/devices")
class DeviceImportPagesController {

    private static final String CSV = new MediaType("text", "csv", StandardCharsets.UTF_8).toString();

    private final DeviceImport imports;
    private final DeviceExport exports;

    DeviceImportPagesController(DeviceImport imports, DeviceExport exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/import")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String importPage(Model model, HttpServletRequest request) {
        model.addAttribute("columns", DeviceCsv.COLUMNS);
        return Views.page(request, "inventory/import");
    }

    @PostMapping("/import")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String importCsv(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Boolean dryRun,
            Model model,
            HttpServletRequest request)
            throws IOException {
        model.addAttribute("columns", DeviceCsv.COLUMNS);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file");
            return Views.page(request, "inventory/import");
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report =
                    imports.run(in, file.getOriginalFilename(), Boolean.TRUE.equals(dryRun), Origin.current());
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return Views.page(request, "inventory/import");
    }

    @GetMapping("/import/template.csv")
    @PreAuthorize(InventoryAuthorization.READ)
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CSV))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"devices-template.csv\"")
                .body(DeviceCsv.TEMPLATE);
    }

    @GetMapping("/export.csv")
    @PreAuthorize(InventoryAuthorization.READ)
    void export(
            @RequestParam(required = false) Long nocId,
            @RequestParam(required = false) String deviceType,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String enabled,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        DeviceFilter filter;
        try {
            filter = DeviceFilter.parse(nocId, deviceType, tag, status, enabled, q);
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"devices.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.write(filter, out);
        out.flush();
    }
}
