package io.nocvault.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP endpoint (the JDK's {@code HttpServer} on a free local port) that records every request and answers
 * with programmed statuses, or hangs until released: stands in for the WhatsApp API and webhook receivers.
 */
final class TestEndpoint implements AutoCloseable {

    /** One request as received; header names lower-cased. */
    record Call(String method, String path, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final List<Call> all = java.util.Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch hang;

    private TestEndpoint(HttpServer server) {
        this.server = server;
    }

    static TestEndpoint start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestEndpoint endpoint = new TestEndpoint(server);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", endpoint::handle);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, then 200. */
    void respond(int... codes) {
        for (int code : codes) {
            statuses.add(code);
        }
    }

    /** Requests hang (after being recorded) until {@code latch} is released. */
    void hangUntil(CountDownLatch latch) {
        this.hang = latch;
    }

    /** The next request, waiting up to {@code timeout}; fails when none comes. */
    Call next(Duration timeout) {
        try {
            Call call = calls.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (call == null) {
                throw new AssertionError("No request within " + timeout);
            }
            return call;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every request so far. */
    List<Call> calls() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.getFirst()));
        Call call =
                new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
        all.add(call);
        calls.add(call);
        CountDownLatch latch = hang;
        if (latch != null) {
            try {
                latch.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer next = statuses.poll();
        int status = next == null ? 200 : next;
        byte[] answer =
                ("{\"status\":\"" + (status < 300 ? "queued" : "error") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        CountDownLatch latch = hang;
        if (latch != null) {
            latch.countDown();
        }
        server.stop(0);
    }
}
