package io.nocvault.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The unified diff is byte for byte what GNU {@code diff -u} prints for the same files, and {@code patch} turns
 * the old text into the new one with it. Generated configurations repeat lines such as {@code !} and
 * {@code exit} a lot, so that many equally short diffs exist and the placement of changes matters.
 */
class GnuDiffCompatibilityTest {

    @TempDir
    Path dir;

    record Case(String name, String from, String to, int context) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        int[] sizes = {12, 40, 150, 600, 2500};
        int[] contexts = {0, 1, 3, 5};
        for (int i = 0; i < 20; i++) {
            Random random = new Random(7919L * i);
            int size = sizes[i % sizes.length];
            List<String> from = Texts.randomConfig(random, size);
            List<String> to = Texts.edited(random, from, 1 + random.nextInt(Math.max(1, size / 8)));
            cases.add(new Case(
                    "config of " + size + " lines, seed " + i,
                    join(from, i % 7 != 3),
                    join(to, i % 5 != 4),
                    contexts[i % contexts.length]));
        }
        cases.add(new Case("empty old text", "", Texts.lines("a", "b"), 3));
        cases.add(new Case("empty new text", Texts.lines("a", "b"), "", 3));
        cases.add(new Case("only a missing newline", "a\nb\n", "a\nb", 3));
        cases.add(new Case("no common line", Texts.lines("a", "b", "c"), Texts.lines("x", "y"), 3));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unifiedDiffEqualsGnuDiff(Case c) throws Exception {
        assumeInstalled("diff");
        Path from = write("from.txt", c.from());
        Path to = write("to.txt", c.to());

        Comparison comparison =
                Texts.compare(c.from(), c.to(), CompareOptions.defaults().withContext(c.context()));

        String gnu = run(List.of(
                "diff", "-U" + c.context(), "--label", "old", "--label", "new", from.toString(), to.toString()));
        assertThat(comparison.unifiedDiff()).isEqualTo(gnu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patchTurnsTheOldTextIntoTheNewOne(Case c) throws Exception {
        assumeInstalled("patch");
        Path from = write("from.txt", c.from());
        Path patch = write(
                "change.diff",
                Texts.compare(c.from(), c.to(), CompareOptions.defaults().withContext(c.context()))
                        .unifiedDiff());
        Path result = dir.resolve("patched.txt");

        run(List.of("patch", "--quiet", "--force", "-o", result.toString(), "-i", patch.toString(), from.toString()));

        assertThat(Files.readString(result)).isEqualTo(c.to());
    }

    private static String join(List<String> lines, boolean newlineAtEnd) {
        if (lines.isEmpty()) {
            return "";
        }
        return String.join("\n", lines) + (newlineAtEnd ? "\n" : "");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assumeInstalled(String tool) {
        boolean found = Stream.of(
                        System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        Assumptions.assumeTrue(found, "skipped: GNU " + tool + " is not installed");
    }

    private String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertThat(exit).as("exit code of %s: %s", command.getFirst(), output).isLessThanOrEqualTo(1);
        return output;
    }
}
