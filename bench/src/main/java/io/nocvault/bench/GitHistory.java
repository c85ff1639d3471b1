package io.nocvault.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fleet's year as a git repository, as a naive backup would keep it: one file per device, one commit per day in
 * which only the files that differ from yesterday change. Written with {@code git fast-import} (the blobs device by
 * device, so that fast-import deltifies each against the same device's previous one; then the 365 commits), then
 * {@code git gc --prune=now}, {@code --aggressive} unless told otherwise.
 */
final class GitHistory {

    /** What each day's file holds. */
    enum Content {
        /** The normalized text: the content NocVault's change detection compares (it stores this and the raw text). */
        NORMALIZED,
        /** The text exactly as read, volatile lines included: most files change every day. */
        RAW
    }

    record Result(
            Content content,
            boolean aggressive,
            long blobs,
            DiskUsage pack,
            DiskUsage git,
            Duration importWall,
            Duration gcWall,
            Duration gitCpu,
            Duration generatorCpu) {}

    private GitHistory() {}

    /** Builds the repository in {@code repo} (which must not exist), measures it and returns the figures. */
    static Result build(FleetHistory history, int days, Content content, boolean aggressive, Path repo)
            throws IOException, InterruptedException {
        Files.createDirectories(repo);
        run(repo, "git", "init", "-q");
        Duration childCpu = ProcessFigures.childrenCpuTime();
        Duration ownCpu = ProcessFigures.cpuTime();
        long start = System.nanoTime();
        Process fastImport = new ProcessBuilder("git", "fast-import", "--quiet")
                .directory(repo.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<FleetDevice> fleet = history.fleet();
        String[] paths =
                fleet.stream().map(device -> device.hostname() + ".cfg").toArray(String[]::new);
        int[][] marks = new int[fleet.size()][days];
        long blobs;
        try (OutputStream out = new BufferedOutputStream(fastImport.getOutputStream(), 1 << 20)) {
            blobs = writeBlobs(out, fleet, days, content, marks);
            writeCommits(out, paths, days, marks);
        }
        if (!fastImport.waitFor(60, TimeUnit.MINUTES) || fastImport.exitValue() != 0) {
            throw new IOException("git fast-import failed");
        }
        Duration importWall = Duration.ofNanos(System.nanoTime() - start);
        Duration generatorCpu = ProcessFigures.cpuTime().minus(ownCpu);
        long gcStart = System.nanoTime();
        if (aggressive) {
            run(repo, "git", "gc", "--aggressive", "--prune=now", "-q");
        } else {
            run(repo, "git", "gc", "--prune=now", "-q");
        }
        Duration gcWall = Duration.ofNanos(System.nanoTime() - gcStart);
        Duration gitCpu = ProcessFigures.childrenCpuTime().minus(childCpu);
        Path git = repo.resolve(".git");
        return new Result(
                content,
                aggressive,
                blobs,
                DiskUsage.of(git.resolve("objects").resolve("pack")),
                DiskUsage.of(git),
                importWall,
                gcWall,
                gitCpu,
                generatorCpu);
    }

    /** Every device's distinct daily texts as marked blobs; {@code marks[device][day]} names each day's blob. */
    private static long writeBlobs(OutputStream out, List<FleetDevice> fleet, int days, Content content, int[][] marks)
            throws IOException {
        int mark = 0;
        for (int d = 0; d < fleet.size(); d++) {
            FleetDevice device = fleet.get(d);
            String previous = null;
            for (int day = 0; day < days; day++) {
                FleetDevice.Change change = device.advance(day);
                if (content == Content.NORMALIZED && previous != null && change == FleetDevice.Change.NONE) {
                    marks[d][day] = mark;
                    continue;
                }
                String text = content == Content.RAW ? device.raw(day) : device.normalized();
                if (!text.equals(previous)) {
                    mark++;
                    ascii(out, "blob\nmark :" + mark + "\n");
                    data(out, text.getBytes(StandardCharsets.UTF_8));
                    previous = text;
                }
                marks[d][day] = mark;
            }
            fleet.set(d, null); // its year is written: let the collector have it
        }
        return mark;
    }

    private static void writeCommits(OutputStream out, String[] paths, int days, int[][] marks) throws IOException {
        for (int day = 0; day < days; day++) {
            long when = FleetHistory.FIRST_DAY.getEpochSecond() + day * 86_400L;
            ascii(out, "commit refs/heads/main\ncommitter bench <bench@localhost> " + when + " +0000\n");
            data(out, ("backup of day " + day + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int d = 0; d < marks.length; d++) {
                if (day == 0 || marks[d][day] != marks[d][day - 1]) {
                    ascii(out, "M 100644 :" + marks[d][day] + " " + paths[d] + "\n");
                }
            }
            ascii(out, "\n");
        }
    }

    private static void data(OutputStream out, byte[] bytes) throws IOException {
        ascii(out, "data " + bytes.length + "\n");
        out.write(bytes);
        out.write('\n');
    }

    private static void ascii(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(120, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
