package io.nocvault.inventory;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/** The device pages: list, detail, form with field errors, bulk actions, and 404 for another NOC's device. */
@NocVaultWebTest
class DevicePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceProvisioning provisioning;

    @Autowired
    DeviceDirectory directory;

    AuthenticatedUser adminA;
    AuthenticatedUser viewerA;
    long nocA;
    DeviceSummary inA;
    DeviceSummary inB;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("PageA");
        long nocB = nocs.create("PageB");
        adminA = new TestPrincipals(jdbc).create(Role.ADMIN);
        viewerA = new TestPrincipals(jdbc).create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
        inA = provisioning.create(InventoryFixture.device(nocA, "page-a"), Origin.system());
        inB = provisioning.create(InventoryFixture.device(nocB, "page-b"), Origin.system());
    }

    @Test
    void listAndDetailShowOnlyVisibleDevices() throws Exception {
        mvc.perform(get("/devices").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inA.hostname())))
                .andExpect(content().string(not(containsString(inB.hostname()))))
                .andExpect(content().string(not(containsString("bulk-delete"))));
        mvc.perform(get("/devices/" + inA.id()).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/backups/devices/" + inA.id())))
                .andExpect(content().string(containsString("/compare/devices/" + inA.id() + "/latest")))
                .andExpect(content().string(not(containsString("s3cret"))));
        mvc.perform(get("/devices/" + inB.id()).with(as(viewerA))).andExpect(status().isNotFound());
        mvc.perform(get("/devices/" + inB.id() + "/edit").with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/devices/" + inB.id() + "/test").with(as(adminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/devices").param("status", "bogus").with(as(viewerA))).andExpect(status().isOk());
        mvc.perform(get("/devices/export.csv").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inA.hostname())))
                .andExpect(content().string(not(containsString(inB.hostname()))));
    }

    @Test
    void theFormShowsFieldErrorsAndNeverEchoesSecrets() throws Exception {
        mvc.perform(post("/devices")
                        .with(as(adminA))
                        .with(csrf())
                        .param("hostname", "bad host")
                        .param("address", "127.0.0.1")
                        .param("port", "abc")
                        .param("nocId", String.valueOf(nocA))
                        .param("deviceType", "cisco_ios")
                        .param("username", "u")
                        .param("password", "typed-Secret-9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please correct the marked fields")))
                .andExpect(content().string(containsString("Enter a whole number")))
                .andExpect(content().string(not(containsString("typed-Secret-9"))));
        String hostname = InventoryFixture.unique("form");
        mvc.perform(post("/devices")
                        .with(as(adminA))
                        .with(csrf())
                        .param("hostname", hostname)
                        .param("address", "127.0.0.1")
                        .param("port", "2201")
                        .param("nocId", String.valueOf(nocA))
                        .param("deviceType", "cisco_ios")
                        .param("username", "u")
                        .param("password", "typed-Secret-9")
                        .param("tags", "a, b")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        RequestContextHolder.resetRequestAttributes();
        assertThat(directory.visible())
                .anyMatch(d -> d.hostname().equals(hostname) && d.tags().size() == 2);
    }

    @Test
    void bulkActionsDisableEnableAndDelete() throws Exception {
        mvc.perform(post("/devices/bulk/disable").with(as(adminA)).with(csrf()).param("ids", String.valueOf(inA.id())))
                .andExpect(redirectedUrl("/devices"));
        RequestContextHolder.resetRequestAttributes();
        assertThat(directory.require(inA.id()).enabled()).isFalse();
        mvc.perform(post("/devices/bulk/disable").with(as(viewerA)).with(csrf()).param("ids", String.valueOf(inA.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/devices/bulk/enable").with(as(adminA)).with(csrf()).param("ids", String.valueOf(inB.id())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/devices/bulk/delete").with(as(adminA)).with(csrf()).param("ids", String.valueOf(inA.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("confirm-bulk-delete")));
        mvc.perform(post("/devices/bulk/delete")
                        .with(as(adminA))
                        .with(csrf())
                        .param("ids", String.valueOf(inA.id()))
                        .param("confirm", "yes"))
                .andExpect(redirectedUrl("/devices"));
        RequestContextHolder.resetRequestAttributes();
        assertThat(directory.find(inA.id())).isEmpty();
    }

    @Test
    void aDeviceTypeInUseCannotBeDeleted() throws Exception {
        AuthenticatedUser head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
        String key = "inv_" + InventoryFixture.unique("t").substring(2, 10).replace('-', '_');
        mvc.perform(post("/api/v1/device-types")
                        .with(as(head))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"key\":\"" + key + "\",\"name\":\"Inventory type\",\"baseKey\":\"cisco_ios\","
                                + "\"overrides\":\"\"}"))
                .andExpect(status().isCreated());
        NewDevice d = InventoryFixture.device(nocA, "typed");
        RequestContextHolder.resetRequestAttributes();
        DeviceSummary device = provisioning.create(
                new NewDevice(d.hostname(), d.address(), d.port(), nocA, key, "u", "p", null, null, null, true),
                Origin.system());
        mvc.perform(delete("/api/v1/device-types/" + key).with(as(head)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("used by 1 device")));
        mvc.perform(delete("/api/v1/devices/" + device.id()).with(as(head))).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/device-types/" + key).with(as(head))).andExpect(status().is2xxSuccessful());
    }
}
