package io.nocvault.reporting.web;

import io.nocvault.common.web.Views;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import io.nocvault.reporting.internal.Dashboard;
import io.nocvault.reporting.internal.DashboardFigures;
import io.nocvault.reporting.internal.StorageFigures;
import io.nocvault.reporting.internal.StorageFigures.StorageRow;
import io.nocvault.reporting.internal.Trends;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard, the start page ({@code /}): anonymous visitors are sent to the login page by the security
 * configuration. Storage by device loads on its own ({@code /dashboard/storage}), so the page never waits for it.
 */
@Controller
class DashboardController {

    static final int TREND_DAYS = 30;
    static final int STORAGE_TOP = 10;

    private final DashboardFigures figures;
    private final StorageFigures storage;
    private final NocDirectory nocs;

    DashboardController(DashboardFigures figures, StorageFigures storage, NocDirectory nocs) {
        this.figures = figures;
        this.storage = storage;
        this.nocs = nocs;
    }

    @GetMapping({"/", "/dashboard"})
    String dashboard(HttpServletRequest request, Model model) {
        Dashboard dashboard = figures.dashboard();
        Trends trends = figures.trends(TREND_DAYS);
        Dashboard.Devices d = dashboard.devices();
        Dashboard.Health h = dashboard.health();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("nocNames", nocNames());
        model.addAttribute(
                "activityBars",
                Charts.bars(
                        List.of("Active", "Inactive", "Not pinged"),
                        List.of(d.active(), d.inactive(), d.unpinged()),
                        List.of("ok", "bad", "muted")));
        model.addAttribute(
                "typeSlices",
                Charts.donut(
                        dashboard.byType().stream()
                                .map(Dashboard.TypeCount::type)
                                .toList(),
                        dashboard.byType().stream()
                                .map(Dashboard.TypeCount::count)
                                .toList()));
        model.addAttribute(
                "healthBars",
                Charts.bars(
                        List.of("Healthy (≤ 24 h)", "Warning (≤ 72 h)", "Critical (older)", "Unknown (never)"),
                        List.of(h.healthy(), h.warning(), h.critical(), h.unknown()),
                        List.of("ok", "warn", "bad", "muted")));
        model.addAttribute("trends", trends);
        model.addAttribute("trendColumns", Charts.columns(trends.results(), trends.max()));
        model.addAttribute("trendWidth", Charts.trendWidth(trends.results().size()));
        model.addAttribute("trendHeight", Charts.TREND_HEIGHT);
        return Views.page(request, "reporting/dashboard");
    }

    @GetMapping("/dashboard/storage")
    String storage(Model model) {
        List<StorageRow> rows = storage.top(STORAGE_TOP);
        model.addAttribute("storageRows", rows);
        model.addAttribute("nocNames", nocNames());
        model.addAttribute(
                "storageBars",
                Charts.bars(
                        rows.stream().map(StorageRow::hostname).toList(),
                        rows.stream().map(StorageRow::bytes).toList(),
                        rows.stream().map(r -> "accent").toList()));
        return "reporting/fragments/storage :: storage";
    }

    private Map<Long, String> nocNames() {
        return nocs.visible().stream().collect(Collectors.toMap(NocSummary::id, NocSummary::name, (a, b) -> a));
    }
}
