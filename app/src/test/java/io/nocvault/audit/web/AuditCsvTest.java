package io.nocvault.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.audit.internal.AuditEntry;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void neutralisesFormulas() {
        assertThat(AuditCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(AuditCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void writesAHeaderAndQuotesWhatNeedsQuoting() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.write(new AuditEntry(
                1,
                Instant.parse("2026-05-01T14:03:22Z"),
                "alice",
                "user.login",
                "a, \"b\"",
                3L,
                "10.0.0.1",
                "UA",
                false,
                "line 1\nline 2"));
        csv.flush();

        assertThat(out.toString())
                .isEqualTo(
                        "time,actor,action,target,noc_id,ip,user_agent,success,detail\r\n"
                                + "2026-05-01T14:03:22Z,alice,user.login,\"a, \"\"b\"\"\",3,10.0.0.1,UA,false,\"line 1\nline 2\"\r\n");
    }
}
