package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.common.SshException;

/** One place that turns low-level exceptions into short, credential-free messages. */
final class FailureText {

    private FailureText() {}

    static TransportException classify(ConnectStep step, Throwable error, boolean viaJump) {
        Throwable root = root(error);
        boolean timedOut = isTimeout(root);
        String message = switch (root) {
            case UnknownHostException e -> "unknown host " + e.getMessage();
            case ConnectException e -> "connection refused";
            case NoRouteToHostException e -> "no route to host";
            default -> timedOut ? "timed out" : describe(root);
        };
        return new TransportException(step, timedOut, viaJump, step.label() + " failed: " + message);
    }

    static boolean isTimeout(Throwable error) {
        Throwable root = root(error);
        String text = String.valueOf(root.getMessage()).toLowerCase();
        return root instanceof TimeoutException
                || root instanceof java.net.SocketTimeoutException
                || root instanceof java.io.InterruptedIOException
                || text.contains("timeout")
                || text.contains("timed out");
    }

    /** MINA's way of saying the server refused every credential offered. */
    static boolean isRefusedLogin(Throwable error) {
        Throwable root = root(error);
        return root instanceof SshException
                && String.valueOf(root.getMessage()).contains("No more authentication methods");
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        if (isRefusedLogin(error)) {
            return "the server refused the credentials";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static Throwable root(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof UnknownHostException || current instanceof ConnectException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
