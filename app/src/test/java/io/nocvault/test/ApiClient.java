package io.nocvault.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API of a NocVault running elsewhere (e.g. a {@link NocVaultProcess}), as a client sees it: JSON over
 * HTTP with the bearer JWT of {@code POST /api/v1/auth/login}. A status outside 2xx fails with the status and the
 * problem detail (NocVault never puts a secret into one); request bodies are never shown.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String bearer;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logs in and keeps the JWT for the following calls; answers whether a password change is required. */
    public boolean login(String username, String password) {
        bearer = null;
        JsonNode token = post("/api/v1/auth/login", Map.of("username", username, "password", password));
        bearer = token.get("access_token").asString();
        return token.get("password_change_required").asBoolean();
    }

    /** The first login of the head admin: sets {@code newPassword} and logs in with it. */
    public void loginChangingPassword(String username, String initialPassword, String newPassword) {
        if (login(username, initialPassword)) {
            post("/api/v1/auth/password", Map.of("currentPassword", initialPassword, "newPassword", newPassword));
            login(username, newPassword);
        }
    }

    public JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    public JsonNode post(String path, Object body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    /** A multipart upload of one text file as the part {@code part}. */
    public JsonNode upload(String path, String part, String fileName, String content) {
        String boundary = "----nocvault-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    request.method() + " " + request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
