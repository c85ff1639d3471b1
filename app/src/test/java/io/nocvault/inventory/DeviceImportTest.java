package io.nocvault.inventory;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CSV import: the exact row-by-row report, exactly the valid rows created, nothing written on a dry run or bad file. */
@NocVaultWebTest
@RecordApplicationEvents
class DeviceImportTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HEADER =
            "hostname,address,port,noc,device_type,username,password,enable_secret,tags,description,enabled";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AuthenticatedUser admin;
    long noc;
    String nocName;

    @BeforeEach
    void setUp() {
        TestNocs nocs = new TestNocs(jdbc);
        noc = nocs.create("Import");
        nocName = nocs.name(noc);
        admin = new TestPrincipals(jdbc).create(Role.ADMIN);
        nocs.grant(admin.id(), noc);
    }

    @Test
    void tenThousandRowsWithFivePercentMalformedGiveTheExactReport() throws Exception {
        String marker = InventoryFixture.unique("imp");
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            csv.append(row(marker, i, expected)).append("\r\n");
        }
        MockMultipartFile file = new MockMultipartFile(
                "file", "devices.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        long start = System.nanoTime();
        JsonNode dry = upload(file, true);
        long dryMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(dry.get("created").asInt()).isEqualTo(9500);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(errors(dry)).containsExactlyElementsOf(expected);
        assertThat(count()).isZero();

        start = System.nanoTime();
        JsonNode report = upload(file, false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "CSV import of 10,000 rows (500 malformed): dry run %d ms (server side %d ms), import %d ms"
                        + " (server side %d ms)%n",
                dryMillis,
                dry.get("millis").asLong(),
                millis,
                report.get("millis").asLong());
        assertThat(report.get("created").asInt()).isEqualTo(9500);
        assertThat(report.get("rows").asInt()).isEqualTo(10_000);
        assertThat(errors(report)).containsExactlyElementsOf(expected);
        assertThat(count()).isEqualTo(9500);
        assertThat(jdbc.sql("select count(*) from device_tags t join devices d on d.id = t.device_id"
                                + " where d.noc_id = :noc and t.tag = 'bulk'")
                        .param("noc", noc)
                        .query(Long.class)
                        .single())
                .isEqualTo(9500);
        assertThat(events.stream(DevicesImported.class)).anyMatch(e -> e.created() == 9500 && e.nocId() == noc);
        String sealed = jdbc.sql("select max(password_sealed) from devices where noc_id = :noc")
                .param("noc", noc)
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain("pw-");
    }

    /** Row {@code i} (file line i + 2); every 20th row is malformed in one of eight ways. */
    private String row(String marker, int i, List<String> expected) {
        String host = marker + "-" + i;
        String[] v = {
            host,
            "127.0.0.1",
            String.valueOf(10000 + i),
            nocName,
            "cisco_ios",
            "backup",
            "pw-" + i,
            "",
            "bulk",
            "row " + i,
            "true"
        };
        int line = i + 2;
        if (i % 20 == 19) {
            switch ((i / 20) % 8) {
                case 0 -> set(v, 2, "abc", expected, line, "port");
                case 1 -> set(v, 4, "nope", expected, line, "device_type");
                case 2 -> set(v, 1, "300.1.1.1", expected, line, "address");
                case 3 -> set(v, 0, "", expected, line, "hostname");
                case 4 -> set(v, 0, marker + "-" + (i - 1), expected, line, "hostname");
                case 5 -> set(v, 3, "No such NOC", expected, line, "noc");
                case 6 -> {
                    expected.add(line + " row");
                    return String.join(",", List.of(v).subList(0, 5));
                }
                default -> set(v, 10, "maybe", expected, line, "enabled");
            }
        }
        return String.join(",", v);
    }

    private static void set(String[] values, int index, String value, List<String> expected, int line, String field) {
        values[index] = value;
        expected.add(line + " " + field);
    }

    @Test
    void aFileThatIsNotCsvWritesNothing() throws Exception {
        String marker = InventoryFixture.unique("bad");
        String csv = HEADER + "\n" + marker + "-1,127.0.0.1,30001," + nocName + ",cisco_ios,u,p,,,,true\n" + marker
                + "-2,127.0.0.1,30002," + nocName + ",cisco_ios,u,p,,,\"unterminated,true\n";
        JsonNode report = upload(file(csv), false);
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(count()).isZero();
    }

    @Test
    void headerProblemsAreReportedOnLineOne() throws Exception {
        JsonNode report = upload(file("hostname,address,colour\nx,127.0.0.1,red\n"), false);
        assertThat(errors(report))
                .containsExactlyInAnyOrder("1 colour", "1 noc", "1 device_type", "1 username", "1 password");
        assertThat(upload(file(""), false).get("errors").get(0).get("field").asString())
                .isEqualTo("file");
    }

    @Test
    void linesCountQuotedLineBreaksAndDuplicatesAgainstTheInventory() throws Exception {
        String marker = InventoryFixture.unique("ml");
        String first = HEADER + "\n" + marker + "-1,127.0.0.1,31001," + nocName + ",cisco_ios,u,p,,,\"two\nlines\",\n";
        assertThat(upload(file(first), false).get("created").asInt()).isEqualTo(1);
        String second = HEADER + "\n" + marker + "-2,127.0.0.1,31002," + nocName + ",cisco_ios,u,p,,,\"a\nb\nc\",\n"
                + marker + "-1,127.0.0.1,31003," + nocName + ",cisco_ios,u,p,,,,\n"
                + marker + "-3,127.0.0.1,31001," + nocName + ",cisco_ios,u,p,,,,\n"
                + marker + "-4,127.0.0.1,31002," + nocName + ",cisco_ios,u,p,,,,\n"
                + marker + "-5,127.0.0.1,31005," + nocName + ",cisco_ios,u,,,,,\n";
        JsonNode report = upload(file(second), false);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(errors(report)).containsExactly("5 hostname", "6 address", "7 address", "8 password");
        assertThat(report.get("errors").get(1).get("message").asString()).contains("already exists");
        assertThat(report.get("errors").get(2).get("message").asString())
                .isEqualTo("Same address and port as line 2 in this NOC");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void templateAndRoles() throws Exception {
        String template = mvc.perform(get("/api/v1/devices/import/template").with(as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo(HEADER);
        AuthenticatedUser viewer = new TestPrincipals(jdbc).create(Role.VIEWER);
        mvc.perform(multipart("/api/v1/devices/import")
                        .file(file(HEADER + "\n"))
                        .with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/devices/import").with(as(admin))).andExpect(status().isBadRequest());
    }

    private JsonNode upload(MockMultipartFile file, boolean dryRun) throws Exception {
        String body = mvc.perform(multipart("/api/v1/devices/import")
                        .file(file)
                        .param("dryRun", String.valueOf(dryRun))
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "devices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(JsonNode report) {
        List<String> result = new ArrayList<>();
        report.get("errors")
                .forEach(e ->
                        result.add(e.get("line").asLong() + " " + e.get("field").asString()));
        return result;
    }

    private long count() {
        return jdbc.sql("select count(*) from devices where noc_id = :noc")
                .param("noc", noc)
                .query(Long.class)
                .single();
    }
}
