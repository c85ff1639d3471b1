package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.channel.exception.SshChannelOpenException;

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
            case SshChannelOpenException e -> jumpRefused(e);
            default -> timedOut ? "timed out" : describe(root);
        };
        return new TransportException(step, timedOut, viaJump, step.label() + " failed: " + message);
    }

    /** Why the jump server did not open the channel to a device: RFC 4254's reason, and its own words if it gave any. */
    private static String jumpRefused(SshChannelOpenException refused) {
        String reason = switch (refused.getReasonCode()) {
            case SshConstants.SSH_OPEN_ADMINISTRATIVELY_PROHIBITED -> "the jump server does not allow forwarding";
            case SshConstants.SSH_OPEN_CONNECT_FAILED -> "the jump server could not reach the device";
            case SshConstants.SSH_OPEN_UNKNOWN_CHANNEL_TYPE -> "the jump server does not support direct-tcpip channels";
            case SshConstants.SSH_OPEN_RESOURCE_SHORTAGE -> "the jump server is short of resources";
            default -> "the jump server refused the channel";
        };
        String words = refused.getMessage();
        boolean own = words != null && !words.isBlank() && !words.startsWith("Generic error while opening channel");
        return own ? reason + " (" + describe(refused) + ")" : reason;
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
