package io.nocvault.notify.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * POSTs a body over HTTP(S) for the WhatsApp and webhook channels, with the configured timeout, no redirects, and
 * at most a few kilobytes of the answer read. Any failure becomes a failed {@link ChannelAnswer}.
 */
@Component
class HttpPoster {

    private static final int MAX_ANSWER_BYTES = 4096;

    private final HttpClient client;
    private final NotifyProperties properties;

    HttpPoster(NotifyProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts {@code body}; {@code secrets} are removed from whatever the answer or an error says. */
    ChannelAnswer post(String url, String body, String contentType, Map<String, String> headers, String... secrets) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(properties.timeout())
                    .header("Content-Type", contentType + "; charset=utf-8")
                    .header("User-Agent", "NocVault")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            HttpResponse<InputStream> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String answer;
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            return new ChannelAnswer(status >= 200 && status < 300, status, ChannelAnswer.redact(answer, secrets));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChannelAnswer.failure("Interrupted");
        } catch (IOException | RuntimeException e) {
            return ChannelAnswer.failure(ChannelAnswer.redact(describe(e), secrets));
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
