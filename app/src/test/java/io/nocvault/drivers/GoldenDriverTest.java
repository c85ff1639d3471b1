package io.nocvault.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every built-in driver replays its recorded dialog ({@code drivers/golden/<key>/dialog.txt}) as
 * recorded, one character per chunk, and all in one chunk, and must produce exactly {@code config.txt}, {@code
 * normalized.txt} and {@code masked.txt}. Run with {@code -Dgolden.update=true} to (re)write the expected files
 * from the current engine, then review the diff.
 */
class GoldenDriverTest {

    static final Path GOLDEN = Path.of("src/test/resources/drivers/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final Map<String, UnaryOperator<Transcript>> MODES = Map.of(
            "as recorded", t -> t,
            "char by char", Transcript::charByChar,
            "one chunk", Transcript::coalesced);

    static Stream<Arguments> dialogs() {
        return TestDrivers.BUILT_INS.all().stream()
                .flatMap(d -> MODES.keySet().stream().sorted().map(mode -> Arguments.of(d.key(), mode)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("dialogs")
    void capturesExactlyTheRecordedConfig(String key, String mode) throws Exception {
        Driver driver = TestDrivers.builtIn(key);
        Path dir = GOLDEN.resolve(key);
        Transcript transcript = MODES.get(mode).apply(DialogRun.transcript(read(dir.resolve("dialog.txt"))));

        CaptureResult result = DialogRun.capture(driver, transcript);

        String config = result.config();
        String normalized = new ConfigNormalizer().normalize(driver, config);
        String masked = new SecretMasker().mask(driver, config);
        if (UPDATE && mode.equals("as recorded")) {
            Files.writeString(dir.resolve("config.txt"), config);
            Files.writeString(dir.resolve("normalized.txt"), normalized);
            Files.writeString(dir.resolve("masked.txt"), masked);
        }
        assertThat(config).isEqualTo(read(dir.resolve("config.txt")));
        assertThat(normalized).isEqualTo(read(dir.resolve("normalized.txt")));
        assertThat(masked).isEqualTo(read(dir.resolve("masked.txt")));
        List<String> sections =
                driver.captures().stream().map(Driver.Capture::section).toList();
        List<String> required = driver.captures().stream()
                .filter(c -> !c.optional())
                .map(Driver.Capture::section)
                .toList();
        assertThat(result.sections().keySet()).isSubsetOf(sections).containsAll(required);
        assertThat(result.sections().values())
                .allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void normalizationIsStable(String key) throws IOException {
        Driver driver = TestDrivers.builtIn(key);
        String normalized = read(GOLDEN.resolve(key).resolve("normalized.txt"));
        assertThat(new ConfigNormalizer().normalize(driver, normalized)).isEqualTo(normalized);
    }

    static List<String> keys() {
        return TestDrivers.BUILT_INS.all().stream().map(Driver::key).toList();
    }

    private static String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
