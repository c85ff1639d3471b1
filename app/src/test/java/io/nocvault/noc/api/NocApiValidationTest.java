package io.nocvault.noc.api;

import static io.nocvault.noc.api.NocApiTest.JSON;
import static io.nocvault.noc.api.NocApiTest.noc;
import static io.nocvault.noc.api.NocApiTest.unique;
import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestKeys;
import io.nocvault.test.TestPrincipals;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input to the NOC API: 400 with a message per field, never a 500, never the secret echoed. */
@NocVaultWebTest
class NocApiValidationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    AuthenticatedUser head;

    @BeforeEach
    void setUp() {
        head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
    }

    @Test
    void requiresAName() throws Exception {
        Map<String, Object> body = noc("   ");
        create(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        body.remove("name");
        create(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    }

    @Test
    void checksFieldFormats() throws Exception {
        Map<String, Object> body = noc(unique("Formats"));
        body.put("contactEmail", "not an e-mail");
        body.put("contactPhone", "call me maybe");
        body.put("jumpHost", "bad host name!");
        body.put("jumpPort", 70000);
        body.put("jumpUsername", "two words");
        body.put("jumpPassword", "x");
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder("contactEmail", "contactPhone", "jumpHost", "jumpPort", "jumpUsername")));
    }

    @Test
    void aJumpServerNeedsUsernameAndACredential() throws Exception {
        Map<String, Object> body = noc(unique("Jump"));
        body.put("jumpHost", "jump.example");
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("jumpUsername", "jumpPassword")));
    }

    @Test
    void jumpCredentialsNeedAHost() throws Exception {
        Map<String, Object> body = noc(unique("NoHost"));
        body.put("jumpUsername", "u");
        body.put("jumpPassword", "p");
        create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jumpHost"));
    }

    @Test
    void refusesUnusableKeysWithoutEchoingThem() throws Exception {
        Map<String, Object> body = noc(unique("Keys"));
        body.put("jumpHost", "jump.example");
        body.put("jumpUsername", "u");
        String garbage =
                "-----BEGIN OPENSSH PRIVATE KEY-----\nU2VjcmV0R2FyYmFnZUtleU1hdGVyaWFs\n-----END OPENSSH PRIVATE KEY-----";
        body.put("jumpPrivateKey", garbage);
        String answer = create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jumpPrivateKey"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain("U2VjcmV0R2FyYmFnZUtleU1hdGVyaWFs");

        String encrypted = TestKeys.encryptedOpenSsh(TestKeys.ed25519(), "pass phrase");
        body.put("jumpPrivateKey", encrypted);
        answer = create(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jumpPrivateKey"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Encrypted")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain(NocApiTest.keyBody(encrypted));
    }

    @Test
    void refusesOversizedFields() throws Exception {
        String megabyte = "x".repeat(1024 * 1024);
        for (String field : new String[] {"name", "description", "location", "jumpPassword", "jumpPrivateKey"}) {
            Map<String, Object> body = noc(unique("Big"));
            body.put("jumpHost", "jump.example");
            body.put("jumpUsername", "u");
            body.put("jumpPassword", "p");
            body.put(field, megabyte);
            String answer = create(body)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(answer).as(field).doesNotContain("xxxxxxxx");
        }
    }

    @Test
    void malformedJsonIsA400WithAFieldError() throws Exception {
        raw("{\"name\": \"x\", \"jumpPort\": \"twenty-two\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jumpPort"));
        raw("{\"name\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        raw("").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        raw("[1, 2]").andExpect(status().isBadRequest());
    }

    private ResultActions create(Map<String, Object> body) throws Exception {
        return raw(JSON.writeValueAsString(body));
    }

    private ResultActions raw(String content) throws Exception {
        return mvc.perform(post("/api/v1/nocs")
                .with(as(head))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(content));
    }
}
