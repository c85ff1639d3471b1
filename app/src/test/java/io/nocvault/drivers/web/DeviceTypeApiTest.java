package io.nocvault.drivers.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.drivers.DriverCatalog;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The device type API on the real application context (H2 in PostgreSQL mode, Flyway migrations). */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:drivers_web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                    + ";DB_CLOSE_ON_EXIT=FALSE",
            "nocvault.data-dir=target/drivers-web-test"
        })
@AutoConfigureMockMvc
@WithMockUser(roles = "ADMIN")
class DeviceTypeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DriverCatalog catalog;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void listsBuiltInsInThePageShape() throws Exception {
        mvc.perform(get("/api/v1/device-types").param("builtIn", "true").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(15))
                .andExpect(jsonPath("$.results.length()").value(5))
                .andExpect(jsonPath("$.next", containsString("offset=5")))
                .andExpect(jsonPath("$.previous").doesNotExist())
                .andExpect(jsonPath("$.results[0].key").value("arista_eos"));
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void showsABuiltInWithItsResolvedYamlAndOrigins() throws Exception {
        mvc.perform(get("/api/v1/device-types/cisco_iosxe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.builtIn").value(true))
                .andExpect(jsonPath("$.baseKey").value("cisco_ios"))
                .andExpect(jsonPath("$.resolvedYaml", containsString("show running-config")))
                .andExpect(jsonPath("$.origins.mask[0]").value("cisco_iosxe"))
                .andExpect(jsonPath("$.origins.prompts[0]").value("cisco_ios"));
        mvc.perform(get("/api/v1/device-types/nope")).andExpect(status().isNotFound());
    }

    @Test
    void createsUpdatesAndDeletesAUserDefinedType() throws Exception {
        String body = """
                {"key": "ios_cr", "name": "IOS with CR", "baseKey": "cisco_ios",
                 "overrides": "newline: \\"\\\\r\\"\\ntimeouts: {command: 2m}\\n"}
                """;
        mvc.perform(json(post("/api/v1/device-types"), body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/device-types/ios_cr"))
                .andExpect(jsonPath("$.builtIn").value(false))
                .andExpect(jsonPath("$.resolvedYaml", containsString("command: 2m")));
        Assertions.assertThat(catalog.get("ios_cr").newline()).isEqualTo("\r");

        mvc.perform(json(put("/api/v1/device-types/ios_cr"), """
                        {"name": "IOS, CR only", "baseKey": "cisco_iosxe", "overrides": "newline: \\"\\\\r\\"\\n"}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("IOS, CR only"))
                .andExpect(jsonPath("$.baseKey").value("cisco_iosxe"));
        mvc.perform(get("/api/v1/device-types").param("builtIn", "false"))
                .andExpect(jsonPath("$.results[*].key", hasItem("ios_cr")));

        mvc.perform(delete("/api/v1/device-types/ios_cr").with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/device-types/ios_cr")).andExpect(status().isNotFound());
    }

    @Test
    void rejectsInvalidTypesWithFieldErrors() throws Exception {
        String body = """
                {"key": "Bad Key", "name": "", "baseKey": "cisco_ios", "overrides": ""}
                """;
        mvc.perform(json(post("/api/v1/device-types"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("key")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));

        String badYaml = """
                {"key": "bad_regex", "name": "Bad", "baseKey": "cisco_ios",
                 "overrides": "prompts:\\n  user: '[oops'\\nendOfConfig: {lastLine: null}\\ncolour: red\\n"}
                """;
        mvc.perform(json(post("/api/v1/device-types"), badYaml))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("overrides.prompts.user")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("overrides.colour")));

        mvc.perform(json(post("/api/v1/device-types"), """
                        {"key": "orphan", "name": "Orphan", "baseKey": "no_such_base"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("baseKey"));
    }

    @Test
    void builtInsAreReadOnlyButCanBeCopied() throws Exception {
        mvc.perform(json(put("/api/v1/device-types/cisco_ios"), "{\"name\": \"x\", \"baseKey\": \"cisco_ios\"}"))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/device-types/cisco_ios").with(csrf())).andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/device-types"), """
                        {"key": "cisco_ios", "name": "Clash", "baseKey": "cisco_ios"}
                        """)).andExpect(status().isConflict());

        mvc.perform(json(post("/api/v1/device-types/juniper_junos/copy"), "{\"key\": \"junos_lab\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Copy of Juniper Junos"))
                .andExpect(jsonPath("$.origins.prompts[0]").value("junos_lab"));
        Assertions.assertThat(catalog.get("junos_lab").restore()).isNotNull();

        mvc.perform(json(post("/api/v1/device-types"), """
                        {"key": "junos_lab2", "name": "Lab 2", "baseKey": "junos_lab"}
                        """)).andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/device-types/junos_lab").with(csrf())).andExpect(status().isConflict());
    }
}
