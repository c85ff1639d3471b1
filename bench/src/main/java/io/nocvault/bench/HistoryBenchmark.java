package io.nocvault.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 4's storage benchmark: a fleet's year of daily backups (default 1,000 devices × 365 days, see
 * {@link FleetHistory} for the churn model) recorded through NocVault's store, against the same history as a git
 * repository after {@code git gc --aggressive} and as plain files (one per device and day). Target: NocVault's
 * store, encrypted, not larger than git.
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StoreBenchmark.options(args);
        int devices = Integer.parseInt(options.getOrDefault("devices", "1000"));
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        int minLines = Integer.parseInt(options.getOrDefault("min-lines", "200"));
        int maxLines = Integer.parseInt(options.getOrDefault("max-lines", "3000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        String gitRaw = options.getOrDefault("git-raw", "gc");
        FleetHistory history = new FleetHistory(seed, devices, minLines, maxLines);
        Path work = Files.createTempDirectory("nocvault-history-bench");
        // system properties outrank application.yaml, so the store and database land in the temporary directory
        System.setProperty("nocvault.data-dir", work.resolve("data").toString());
        System.out.println("Fleet: " + history.describe() + ", " + days + " days");
        System.out.println("load average at start: " + ProcessFigures.loadAverage());

        NocVaultYear.Figures nocvault = NocVaultYear.record(history, days, concurrency, work.resolve("data"));
        GitHistory.Result normalized = git(history, days, GitHistory.Content.NORMALIZED, true, work);
        GitHistory.Result stored = git(history, days, GitHistory.Content.STORED, true, work);
        GitHistory.Result raw = null;
        if (!gitRaw.equals("off")) {
            raw = git(history, days, GitHistory.Content.RAW, gitRaw.equals("aggressive"), work);
        }
        report(devices, days, concurrency, nocvault, normalized, stored, raw);
        System.out.println("load average at end: " + ProcessFigures.loadAverage());
        DiskUsage.delete(work);
    }

    private static GitHistory.Result git(
            FleetHistory history, int days, GitHistory.Content content, boolean aggressive, Path work)
            throws Exception {
        System.err.println("  git: " + content.name().toLowerCase(Locale.ROOT) + " text...");
        Path repo = work.resolve("git-" + content.name().toLowerCase(Locale.ROOT));
        GitHistory.Result result = GitHistory.build(history, days, content, aggressive, repo);
        DiskUsage.delete(repo);
        return result;
    }

    private static void report(
            int devices,
            int days,
            int concurrency,
            NocVaultYear.Figures n,
            GitHistory.Result normalized,
            GitHistory.Result stored,
            GitHistory.Result raw) {
        long blobs = n.store().apparentBytes();
        System.out.println();
        System.out.printf("devices × days            %d × %d = %,d daily backups%n", devices, days, n.plainFiles());
        System.out.printf(
                "NocVault versions         %,d stored (%,d blobs, raw + normalized; chain depth up to %d), %,d"
                        + " confirmations; answers differing from the history: %d%n",
                n.versions(), n.blobRows(), n.maxChainDepth(), n.plainFiles() - n.versions(), n.mismatches());
        storeLines(n, blobs);
        gitLine("git, normalized text", normalized, blobs);
        gitLine("git, what NocVault keeps", stored, blobs);
        if (raw != null) {
            gitLine("git, raw text", raw, blobs);
        }
        System.out.printf(
                "plain files (raw, daily)  %s apparent, %s in 4 KiB blocks, %,d files (NocVault: %.2f%% of it)%n",
                mib(n.plainBytes()), mib(n.plainBlockBytes()), n.plainFiles(), blobs * 100.0 / n.plainBytes());
        System.out.printf(
                "time: NocVault            %s wall, %s CPU (%d devices at once; generating the texts included)%n",
                seconds(n.wall()), seconds(n.cpu()), concurrency);
        timeLine("time: git, normalized", normalized);
        timeLine("time: git, NocVault's", stored);
        if (raw != null) {
            timeLine("time: git, raw", raw);
        }
        long gitDisk = stored.git().allocatedBytes();
        long nocvaultDisk = n.store().allocatedBytes();
        System.out.printf(
                "on disk (4 KiB blocks)    NocVault's store %s vs git's .git %s (%.1f%%): %s%n",
                mib(nocvaultDisk),
                mib(gitDisk),
                nocvaultDisk * 100.0 / gitDisk,
                nocvaultDisk <= gitDisk ? "not larger" : "LARGER");
        long gitPack = stored.pack().apparentBytes();
        boolean pass = blobs <= gitPack && n.mismatches() == 0;
        System.out.printf(
                "result                    %s: NocVault's blobs %s vs git's packs %s of the same content (raw and"
                        + " normalized text of each version), apparent bytes (%.1f%%; target: not larger than git);"
                        + " vs the normalized text alone %.1f%%%n",
                pass ? "PASS" : "FAIL",
                mib(blobs),
                mib(gitPack),
                blobs * 100.0 / gitPack,
                blobs * 100.0 / normalized.pack().apparentBytes());
    }

    private static void storeLines(NocVaultYear.Figures n, long blobs) {
        System.out.printf(
                "NocVault store            %s apparent (%s per version), %s on disk in %,d files (packs and lists of"
                        + " deleted records)"
                        + " (%s with the DB rows' %s)%n",
                mib(blobs),
                bytes(blobs / Math.max(1, n.versions())),
                mib(n.store().allocatedBytes()),
                n.store().files(),
                mib(blobs + Math.max(0, n.dbBytes())),
                n.dbBytes() < 0 ? "(unknown)" : mib(n.dbBytes()));
        System.out.printf(
                "  of which                standalone (first versions, chain restarts) %s, normalized texts %s,"
                        + " raw deltas %s, pack record headers %s%n",
                mib(n.standaloneBytes()),
                mib(n.normalizedOnlyBytes()),
                mib(n.blobBytes() - n.standaloneBytes() - n.normalizedOnlyBytes()),
                mib(blobs - n.blobBytes()));
    }

    private static void gitLine(String label, GitHistory.Result git, long nocvault) {
        System.out.printf(
                "%-25s %s in packs, %s .git apparent, %s .git on disk; %,d blobs imported, gc%s (NocVault's blobs: %.1f%% of"
                        + " .git)%n",
                label,
                mib(git.pack().apparentBytes()),
                mib(git.git().apparentBytes()),
                mib(git.git().allocatedBytes()),
                git.blobs(),
                git.aggressive() ? " --aggressive" : "",
                nocvault * 100.0 / git.git().apparentBytes());
    }

    private static void timeLine(String label, GitHistory.Result git) {
        System.out.printf(
                "%-25s fast-import %s wall, gc%s %s wall; git's CPU %s, generating the texts %s CPU%n",
                label,
                seconds(git.importWall()),
                git.aggressive() ? " --aggressive" : "",
                seconds(git.gcWall()),
                seconds(git.gitCpu()),
                seconds(git.generatorCpu()));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
    }

    private static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d B", bytes);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
