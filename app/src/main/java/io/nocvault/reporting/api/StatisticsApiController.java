package io.nocvault.reporting.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.inventory.DeviceStatistics.NocCounts;
import io.nocvault.reporting.internal.Dashboard;
import io.nocvault.reporting.internal.DashboardFigures;
import io.nocvault.reporting.internal.OverviewRow;
import io.nocvault.reporting.internal.StorageFigures;
import io.nocvault.reporting.internal.StorageFigures.StorageRow;
import io.nocvault.reporting.internal.Trends;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statistics API (seed 001 "Dashboard Statistics"), in the caller's NOC scope. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApiController {

    private final DashboardFigures figures;
    private final StorageFigures storage;

    StatisticsApiController(DashboardFigures figures, StorageFigures storage) {
        this.figures = figures;
        this.storage = storage;
    }

    @GetMapping("/dashboard")
    Dashboard dashboard() {
        return figures.dashboard();
    }

    @GetMapping("/backup-trends")
    Trends backupTrends(@RequestParam(defaultValue = "30") int days) {
        return figures.trends(days);
    }

    @GetMapping("/device-health")
    DeviceHealth deviceHealth(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        DashboardFigures.HealthReport report = figures.health();
        Paging paging = Paging.of(limit, offset);
        List<OverviewRow> rows = figures.overview(paging.limit(), paging.offset());
        return new DeviceHealth(
                report.at(),
                Dashboard.Health.of(report.total()),
                report.perNoc(),
                PageResponse.of(report.total().total(), paging, rows));
    }

    @GetMapping("/storage-by-device")
    Storage storageByDevice(@RequestParam(defaultValue = "10") int limit) {
        return new Storage(storage.top(limit));
    }

    /** Health buckets in total and per NOC, and the devices with their health, paged. */
    record DeviceHealth(
            Instant at, Dashboard.Health summary, List<NocCounts> perNoc, PageResponse<OverviewRow> devices) {}

    record Storage(List<StorageRow> results) {}
}
