package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every platform, driven as its driver would drive it, answers as docs/platforms.md says. */
class PlatformContractTest {

    private static Simulator sim;

    @BeforeAll
    static void start() throws IOException {
        Simulator.Builder b = Simulator.builder()
                .username("netops")
                .password("s3cret")
                .enableSecret("en4ble")
                .seed(7);
        Platforms.keys().forEach(k -> b.device(k, name(k)));
        sim = b.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static String name(String key) {
        return "lab-" + key.replace('_', '-') + "-01";
    }

    static Stream<String> platforms() {
        return Platforms.keys().stream();
    }

    static Stream<String> pagingPlatforms() {
        return Platforms.keys().stream().filter(k -> Contract.ALL.get(k).pager() != null);
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void configIsCompleteAndOnlyVolatileLinesChangeBetweenReads(String key) throws IOException {
        Contract c = Contract.ALL.get(key);
        SimulatedDevice d = sim.device(name(key));
        try (Term t = Dialog.ready(c, d)) {
            String first = Dialog.readConfig(t, c, d);
            String second = Dialog.readConfig(t, c, d);

            assertThat(c.endCheck().test(first))
                    .as("end-of-config check on:\n%s", first)
                    .isTrue();
            assertThat(first.lines().count()).isBetween(200L, 400L);
            assertThat(first).contains(d.hostname());
            for (Pattern secret : c.secrets()) {
                assertThat(first.lines().anyMatch(l -> secret.matcher(l).find()))
                        .as("secret " + secret)
                        .isTrue();
            }
            List<String> a = first.lines().toList();
            List<String> b = second.lines().toList();
            assertThat(b).hasSameSizeAs(a);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    changed.add(a.get(i));
                }
            }
            assertThat(changed).allMatch(c::isVolatile);
            if (c.changesOnRead()) {
                assertThat(changed).isNotEmpty();
            }
            assertThat(c.normalize(second)).isEqualTo(c.normalize(first)).isEqualTo(d.currentConfig());
        }
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void factsUnknownCommandsAndLogout(String key) throws IOException {
        Contract c = Contract.ALL.get(key);
        SimulatedDevice d = sim.device(name(key));
        try (Term t = Dialog.ready(c, d)) {
            String facts = t.command(c.factsCommand(), c.privilegedPrompt(d));
            assertThat(facts.lines().count()).isGreaterThanOrEqualTo(key.equals("linux") ? 1 : 5);
            assertThat(facts).doesNotContain(c.error());

            String error = t.command("frobnicate the widgets", c.privilegedPrompt(d));
            assertThat(error).contains(c.error());

            t.send(key.equals("mikrotik_routeros") ? "/quit\n" : key.startsWith("hp_comware") ? "quit\n" : "exit\n");
            assertThat(t.waitClosed(Duration.ofSeconds(5))).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("pagingPlatforms")
    void pagesEvery24LinesWhenPagingIsOn(String key) throws IOException {
        Contract c = Contract.ALL.get(key);
        SimulatedDevice d = sim.device(name(key));
        try (Term t = Dialog.login(c, d)) {
            Dialog.enable(t, c, d);
            t.send(c.configCommand() + "\n");
            t.expect(Pattern.quote(c.configCommand()) + "\r\n");
            Pattern pagerOrPrompt = Pattern.compile(Pattern.quote(c.pager()) + "|" + c.privilegedPrompt(d));
            StringBuilder paged = new StringBuilder();
            int pages = 0;
            while (true) {
                String chunk = t.expect(pagerOrPrompt, Term.TIMEOUT);
                if (!chunk.endsWith(c.pager())) {
                    paged.append(chunk, 0, chunk.length() - promptLength(chunk, c, d));
                    break;
                }
                String page = chunk.substring(0, chunk.length() - c.pager().length());
                assertThat(page.split("\r\n", -1)).hasSize(25);
                paged.append(page);
                pages++;
                t.send(" ");
            }
            String config = paged.toString().replace("\r\n", "\n");
            assertThat(pages).isEqualTo((int) ((config.lines().count() - 1) / 24));
            assertThat(c.normalize(config)).isEqualTo(d.currentConfig());
        }
    }

    private static int promptLength(String chunk, Contract c, SimulatedDevice d) {
        var m = Pattern.compile("(" + c.privilegedPrompt(d) + ")$").matcher(chunk);
        return m.find() ? m.group(1).length() : 0;
    }
}
