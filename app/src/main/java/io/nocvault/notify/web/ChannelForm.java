package io.nocvault.notify.web;

import io.nocvault.notify.internal.ChannelCommand;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.ChannelType;
import io.nocvault.notify.internal.FieldProblem;
import io.nocvault.notify.internal.TlsMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel form. The secret is never sent back to the browser: {@link #withoutSecret()} is what a form with
 * errors shows again, and {@link #toString()} hides it.
 */
record ChannelForm(
        String name,
        ChannelType type,
        Boolean enabled,
        String url,
        String username,
        String secret,
        Boolean clearSecret,
        String bodyTemplate,
        String smtpHost,
        String smtpPort,
        TlsMode tlsMode,
        String fromAddress) {

    static final String BAD_PORT = "Enter a port between 1 and 65535";

    static ChannelForm empty(ChannelType type) {
        return new ChannelForm(null, type, true, null, null, null, false, null, null, null, TlsMode.STARTTLS, null);
    }

    static ChannelForm of(ChannelDetails c) {
        return new ChannelForm(
                c.name(),
                c.type(),
                c.enabled(),
                c.url(),
                c.username(),
                null,
                false,
                c.bodyTemplate(),
                c.smtpHost(),
                c.smtpPort() == null ? null : String.valueOf(c.smtpPort()),
                c.tlsMode(),
                c.fromAddress());
    }

    /** The command this form asks for, and what is wrong with the form itself (the port). */
    Parsed parse() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer port = null;
        String portText = smtpPort == null ? "" : smtpPort.strip();
        if (!portText.isEmpty()) {
            try {
                port = Integer.valueOf(portText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("smtpPort", BAD_PORT));
            }
        }
        ChannelCommand command = new ChannelCommand(
                name,
                type,
                Boolean.TRUE.equals(enabled),
                url,
                username,
                secret,
                Boolean.TRUE.equals(clearSecret),
                bodyTemplate,
                smtpHost,
                port,
                tlsMode,
                fromAddress);
        return new Parsed(command, problems);
    }

    ChannelForm withoutSecret() {
        return new ChannelForm(
                name,
                type,
                enabled,
                url,
                username,
                null,
                clearSecret,
                bodyTemplate,
                smtpHost,
                smtpPort,
                tlsMode,
                fromAddress);
    }

    @Override
    public String toString() {
        return "ChannelForm[name=" + name + ", type=" + type + ", secret hidden]";
    }

    record Parsed(ChannelCommand command, List<FieldProblem> problems) {}
}
