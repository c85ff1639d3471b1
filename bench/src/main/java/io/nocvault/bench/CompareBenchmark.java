package io.nocvault.bench;

import io.nocvault.compare.CompareOptions;
import io.nocvault.compare.ComparedText;
import io.nocvault.compare.Comparison;
import io.nocvault.compare.ConfigComparer;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.SecretMasker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 5's compare benchmark: two generated configurations of 50,000 lines with 1% changed lines, compared by
 * NocVault's {@link ConfigComparer} (statistics, blocks with intra-line highlights and the unified diff) after
 * a JIT warm-up, and by GNU {@code diff -u} on the same files. Prints median and p95 of both and their ratio.
 */
public final class CompareBenchmark {

    private CompareBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = settings(args);
        int lines = Integer.parseInt(settings.getOrDefault("lines", "50000"));
        double percent = Double.parseDouble(settings.getOrDefault("changed-percent", "1"));
        int warmup = Integer.parseInt(settings.getOrDefault("warmup", "20"));
        int runs = Integer.parseInt(settings.getOrDefault("runs", "30"));
        int context = Integer.parseInt(settings.getOrDefault("context", "3"));
        ConfigGenerator generator = new ConfigGenerator(Long.parseLong(settings.getOrDefault("seed", "1")));
        List<String> old = generator.config(lines);
        List<String> edited = generator.edited(old, (int) Math.round(lines * percent / 100));
        ComparedText from = new ComparedText("old", String.join("\n", old) + "\n");
        ComparedText to = new ComparedText("new", String.join("\n", edited) + "\n");

        ConfigComparer comparer = new ConfigComparer(new ConfigNormalizer(), new SecretMasker());
        CompareOptions options = CompareOptions.defaults().withContext(context);
        for (int i = 0; i < warmup; i++) {
            comparer.compare(from, to, options);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Comparison result = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = comparer.compare(from, to, options);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        GnuDiff gnu = GnuDiff.measure(from.text(), to.text(), context, runs);
        report(lines, percent, warmup, runs, result, wall, cpu, gnu);
    }

    private static Map<String, String> settings(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (!arg.startsWith("--") || pair.length != 2) {
                throw new IllegalArgumentException("arguments are --name=value, got " + arg);
            }
            map.put(pair[0], pair[1]);
        }
        return map;
    }

    private static void report(
            int lines, double percent, int warmup, int runs, Comparison c, long[] wall, long[] cpu, GnuDiff gnu) {
        Comparison.Statistics s = c.statistics();
        long ourMedian = median(wall);
        System.out.println(
                "NocVault compare benchmark (ConfigComparer: diff, statistics, rows with highlights, unified)");
        System.out.printf(
                "texts              %,d vs %,d lines, %.1f%% edited: %d changed, %d removed, %d added, similarity %.4f%n",
                s.fromLines(), s.toLines(), percent, s.changed(), s.removed(), s.added(), s.similarity());
        System.out.printf(
                "runs               %d after %d warm-up runs, %d blocks%n",
                runs, warmup, c.blocks().size());
        System.out.printf("%-18s %12s %12s %12s%n", "", "median", "p95", "CPU median");
        System.out.printf(
                "%-18s %9.1f ms %9.1f ms %9.1f ms   (target: median <= 200 ms)%n",
                "NocVault", ms(ourMedian), ms(p95(wall)), ms(median(cpu)));
        if (gnu == null) {
            System.out.println("GNU diff -u        not installed, no comparison");
        } else {
            System.out.printf(
                    "%-18s %9.1f ms %9.1f ms %12s   (process start included)%n",
                    "GNU diff -u", ms(median(gnu.wall())), ms(p95(gnu.wall())), gnu.cpuMedian());
            System.out.printf(
                    "ratio NocVault/GNU %9.2f x (medians of wall time)%n", (double) ourMedian / median(gnu.wall()));
            System.out.println("same output as GNU " + (gnu.output().equals(c.unifiedDiff()) ? "yes" : "NO"));
        }
        System.out.println("result             " + (ms(ourMedian) <= 200 ? "PASS" : "FAIL") + " (" + lines + " lines)");
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    static long median(long[] values) {
        return ProcessFigures.percentile(ProcessFigures.sorted(values), 50);
    }

    static long p95(long[] values) {
        return ProcessFigures.percentile(ProcessFigures.sorted(values), 95);
    }

    /** GNU diff on the same texts: wall times per run, its CPU time when {@code /usr/bin/time} exists, output. */
    record GnuDiff(long[] wall, String cpuMedian, String output) {

        static GnuDiff measure(String from, String to, int context, int runs) throws IOException, InterruptedException {
            if (!Files.isExecutable(Path.of("/usr/bin/diff"))) {
                return null;
            }
            Path dir = Files.createTempDirectory("nocvault-compare-bench");
            Path a = Files.writeString(dir.resolve("old.txt"), from, StandardCharsets.UTF_8);
            Path b = Files.writeString(dir.resolve("new.txt"), to, StandardCharsets.UTF_8);
            List<String> diff = List.of(
                    "/usr/bin/diff", "-U" + context, "--label", "old", "--label", "new", a.toString(), b.toString());
            String output = "";
            long[] wall = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(diff).start();
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                wall[i] = System.nanoTime() - start;
            }
            return new GnuDiff(wall, cpuMedian(diff, runs, dir), output);
        }

        /** User + system CPU of diff as {@code /usr/bin/time} reports it, or "-" without it. */
        private static String cpuMedian(List<String> diff, int runs, Path dir)
                throws IOException, InterruptedException {
            if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
                return "-";
            }
            long[] cpu = new long[runs];
            Path report = dir.resolve("time.txt");
            for (int i = 0; i < runs; i++) {
                List<String> command =
                        new java.util.ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%U %S"));
                command.addAll(diff);
                Process process = new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                process.waitFor();
                List<String> reported = Files.readAllLines(report); // "Command exited with ..." comes first
                String[] times = reported.getLast().trim().split("\\s+");
                cpu[i] = (long) ((Double.parseDouble(times[0]) + Double.parseDouble(times[1])) * 1_000_000_000L);
            }
            return String.format("%9.1f ms", ms(median(cpu)));
        }
    }
}
