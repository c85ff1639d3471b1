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

    /** What each device's files hold. */
    enum Content {
        /** The normalized text, one file per device: what NocVault's change detection compares. */
        NORMALIZED(1),
        /**
         * What NocVault stores: on each day its normalized text changed, the text as read and the normalized text (two
         * files per device).
         */
        STORED(2),
        /** The text exactly as read every day, volatile lines included: most files change every day. */
        RAW(1);

        final int filesPerDevice;

        Content(int filesPerDevice) {
            this.filesPerDevice = filesPerDevice;
        }

        /** The day's text of file {@code file} of the device; {@code null} when it stays as it was. */
        String text(FleetDevice device, int day, FleetDevice.Change change, int file) {
            boolean unchanged = day > 0 && change == FleetDevice.Change.NONE;
            return switch (this) {
                case NORMALIZED -> unchanged ? null : device.normalized();
                case STORED -> unchanged ? null : file == 0 ? device.raw(day) : device.normalized();
                case RAW -> device.raw(day);
            };
        }

        String path(FleetDevice device, int file) {
            return device.hostname() + (file == 0 ? ".cfg" : ".normalized.cfg");
        }
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
        int files = fleet.size() * content.filesPerDevice;
        String[] paths = new String[files];
        for (int f = 0; f < files; f++) {
            paths[f] = content.path(fleet.get(f / content.filesPerDevice), f % content.filesPerDevice);
        }
        int[][] marks = new int[files][days];
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

    /**
     * Every device's distinct daily texts as marked blobs, device after device; {@code marks[file][day]} names the
     * day's blob of each file.
     */
    private static long writeBlobs(OutputStream out, List<FleetDevice> fleet, int days, Content content, int[][] marks)
            throws IOException {
        int mark = 0;
        int perDevice = content.filesPerDevice;
        for (int d = 0; d < fleet.size(); d++) {
            FleetDevice device = fleet.get(d);
            String[] previous = new String[perDevice];
            for (int day = 0; day < days; day++) {
                FleetDevice.Change change = device.advance(day);
                for (int f = 0; f < perDevice; f++) {
                    int file = d * perDevice + f;
                    String text = content.text(device, day, change, f);
                    if (text != null && !text.equals(previous[f])) {
                        mark++;
                        ascii(out, "blob\nmark :" + mark + "\n");
                        data(out, text.getBytes(StandardCharsets.UTF_8));
                        previous[f] = text;
                        marks[file][day] = mark;
                    } else {
                        marks[file][day] = marks[file][day - 1];
                    }
                }
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
