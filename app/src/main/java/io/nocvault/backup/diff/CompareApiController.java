package io.nocvault.backup.diff;

import io.nocvault.backup.version.VersionJson;
import io.nocvault.compare.CompareOptions;
import io.nocvault.compare.Comparison;
import io.nocvault.compare.ComparisonHtml;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/compare} (seed 001): any two versions the caller may see, as a unified diff, the structured
 * comparison or an HTML fragment; "latest vs previous" of a device; statistics only. Masked unless an admin
 * reveals (audited).
 */
@RestController
@RequestMapping("/api/v1/compare")
class CompareApiController {

    private final VersionComparisons comparisons;
    private final ComparisonHtml html;

    CompareApiController(VersionComparisons comparisons, ComparisonHtml html) {
        this.comparisons = comparisons;
        this.html = html;
    }

    /** The body of {@code POST /api/v1/compare}. */
    record CompareRequest(Long from, Long to, Integer context, String format, Boolean ignoreVolatile, Boolean reveal) {}

    /**
     * The answer: the two versions, the statistics and, by format, {@code diff} (unified), {@code comparison}
     * (structured) or {@code html}.
     */
    record CompareResponse(
            VersionJson from,
            VersionJson to,
            String format,
            boolean masked,
            boolean ignoreVolatile,
            boolean identical,
            Comparison.Statistics statistics,
            String diff,
            Comparison comparison,
            String html) {}

    /** Statistics only. */
    record Summary(VersionJson from, VersionJson to, boolean identical, Comparison.Statistics statistics) {}

    @PostMapping
    CompareResponse compare(@RequestBody CompareRequest body) {
        if (body.from() == null || body.to() == null) {
            throw new IllegalArgumentException("from and to (version ids) are required");
        }
        return answer(body.from(), body.to(), body.context(), body.format(), body.ignoreVolatile(), body.reveal());
    }

    @GetMapping("/device/{deviceId:\\d+}/latest-vs-previous")
    CompareResponse latestVsPrevious(
            @PathVariable long deviceId,
            @RequestParam(required = false) Integer context,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Boolean ignoreVolatile,
            @RequestParam(required = false) Boolean reveal) {
        long[] pair = comparisons.latestAndPrevious(deviceId);
        return answer(pair[0], pair[1], context, format, ignoreVolatile, reveal);
    }

    @GetMapping("/summary/{a:\\d+}/{b:\\d+}")
    Summary summary(
            @PathVariable long a, @PathVariable long b, @RequestParam(required = false) Boolean ignoreVolatile) {
        VersionComparisons.Compared c = comparisons.compare(new VersionComparisons.Request(
                a, b, CompareOptions.DEFAULT_CONTEXT, Boolean.TRUE.equals(ignoreVolatile), false));
        return new Summary(
                VersionJson.of(c.from(), c.fromHostname()),
                VersionJson.of(c.to(), c.toHostname()),
                c.comparison().identical(),
                c.comparison().statistics());
    }

    private CompareResponse answer(
            long from, long to, Integer context, String format, Boolean ignoreVolatile, Boolean reveal) {
        String kind =
                format == null || format.isBlank() ? "unified" : format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("unified") && !kind.equals("structured") && !kind.equals("html")) {
            throw new IllegalArgumentException("format must be unified, structured or html");
        }
        VersionComparisons.Compared c = comparisons.compare(new VersionComparisons.Request(
                from,
                to,
                context == null ? CompareOptions.DEFAULT_CONTEXT : context,
                Boolean.TRUE.equals(ignoreVolatile),
                Boolean.TRUE.equals(reveal)));
        Comparison comparison = c.comparison();
        return new CompareResponse(
                VersionJson.of(c.from(), c.fromHostname()),
                VersionJson.of(c.to(), c.toHostname()),
                kind,
                !c.request().reveal(),
                c.request().ignoreVolatile(),
                comparison.identical(),
                comparison.statistics(),
                kind.equals("unified") ? comparison.unifiedDiff() : null,
                kind.equals("structured") ? comparison : null,
                kind.equals("html") ? html.render(comparison, ComparisonHtml.View.SIDE_BY_SIDE) : null);
    }
}
