package io.nocvault.inventory.web;

import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.internal.DeviceCommand;
import io.nocvault.inventory.internal.DeviceDetails;
import io.nocvault.inventory.internal.FieldProblem;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The device form. Numbers arrive as text so that a wrong entry is a field message, not an error page; secrets are
 * never filled in (empty on edit keeps the stored ones); an unchecked box arrives as null.
 */
record DeviceForm(
        String hostname,
        String address,
        String port,
        Long nocId,
        String deviceType,
        String username,
        String password,
        String enableSecret,
        String tags,
        String description,
        Boolean enabled,
        String connectTimeout,
        String loginTimeout,
        String commandTimeout) {

    static DeviceForm empty(Long nocId) {
        return new DeviceForm(null, null, "22", nocId, null, null, null, null, null, null, true, null, null, null);
    }

    static DeviceForm of(DeviceDetails d) {
        DeviceSummary s = d.summary();
        return new DeviceForm(
                s.hostname(),
                s.address(),
                String.valueOf(s.port()),
                s.nocId(),
                s.deviceType(),
                d.username(),
                null,
                null,
                String.join(" ", s.tags().stream().sorted().toList()),
                s.description(),
                s.enabled(),
                text(d.connectTimeout()),
                text(d.loginTimeout()),
                text(d.commandTimeout()));
    }

    /** The command, or the problems of numbers that do not parse. */
    DeviceCommand command(List<FieldProblem> problems) {
        return new DeviceCommand(
                hostname,
                address,
                number("port", port, problems),
                nocId,
                deviceType,
                username,
                password,
                enableSecret,
                tagSet(),
                description,
                Boolean.TRUE.equals(enabled),
                number("connectTimeout", connectTimeout, problems),
                number("loginTimeout", loginTimeout, problems),
                number("commandTimeout", commandTimeout, problems));
    }

    /** The form without the secrets, to show it again. */
    DeviceForm withoutSecrets() {
        return new DeviceForm(
                hostname,
                address,
                port,
                nocId,
                deviceType,
                username,
                null,
                null,
                tags,
                description,
                enabled,
                connectTimeout,
                loginTimeout,
                commandTimeout);
    }

    private Set<String> tagSet() {
        if (tags == null || tags.isBlank()) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>(Arrays.asList(tags.strip().split("[;,\\s]+")));
        result.remove("");
        return result;
    }

    private static Integer number(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number"));
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    @Override
    public String toString() {
        return "DeviceForm[" + hostname + "]";
    }
}
