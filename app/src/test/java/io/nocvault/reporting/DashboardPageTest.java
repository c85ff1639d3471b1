package io.nocvault.reporting;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.nocvault.test.NocVaultWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page at {@code /}: charts as inline SVG, scoped figures, the storage fragment, anonymous users. */
@NocVaultWebTest
class DashboardPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ReportingFixture f;

    @BeforeEach
    void setUp() {
        f = new ReportingFixture(context);
    }

    @Test
    void theStartPageIsTheViewersDashboard() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/").with(as(f.viewerA))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page)
                .contains(
                        "id=\"dashboard\"",
                        "id=\"chart-activity\"",
                        "id=\"chart-types\"",
                        "id=\"chart-trends\"",
                        "id=\"chart-health\"",
                        "class=\"slice series-0\"",
                        "Active: 2",
                        "Inactive: 1",
                        "cisco_ios: 3 (60.0 %)",
                        "Healthy (≤ 24 h): 1",
                        "Critical (older): 1",
                        f.host("a1"),
                        f.host("a5"),
                        "report-a-one-" + f.tag);
        assertThat(page).doesNotContain(f.host("b1"), "report-b-one-" + f.tag);
        assertThat(page).contains("succeeded, 1 failed");
    }

    @Test
    void storageLoadsAsAFragment() throws Exception {
        String fragment = mvc.perform(get("/dashboard/storage").with(as(f.viewerA)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("id=\"storage\"", f.host("a2"), f.host("a1"), "3 versions");
        assertThat(fragment).doesNotContain(f.host("b1"));
        assertThat(fragment.indexOf(f.host("a2"))).isLessThan(fragment.indexOf(f.host("a1")));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
