package io.nocvault.inventory.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The field rules of a device, shared by the UI, the API, CSV import and provisioning. Checks shape only (no DNS
 * lookup); duplicates are the service's business. Messages never repeat a secret.
 */
final class DeviceValidation {

    static final int DEFAULT_PORT = 22;
    static final int MAX_TAGS = 20;
    static final int MAX_TIMEOUT_SECONDS = 3600;

    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NUMERIC_DOTTED = Pattern.compile("[0-9.]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._:/-]{0,63}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private DeviceValidation() {}

    /** The command's problems; {@code creating} requires a password. */
    static List<FieldProblem> check(
            DeviceCommand c, boolean creating, Predicate<Long> nocKnown, Predicate<String> typeKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        String hostname = trim(c.hostname());
        if (hostname == null) {
            problems.add(new FieldProblem("hostname", "Enter the hostname"));
        } else if (!HOSTNAME.matcher(hostname).matches()) {
            problems.add(new FieldProblem(
                    "hostname", "Use letters, digits, dots, dashes and underscores (at most 253 characters)"));
        }
        String addressProblem = addressProblem(trim(c.address()));
        if (addressProblem != null) {
            problems.add(new FieldProblem("address", addressProblem));
        }
        if (c.port() != null && (c.port() < 1 || c.port() > 65535)) {
            problems.add(new FieldProblem("port", "The port must be between 1 and 65535"));
        }
        if (c.nocId() == null) {
            problems.add(new FieldProblem("nocId", "Pick a NOC"));
        } else if (!nocKnown.test(c.nocId())) {
            problems.add(new FieldProblem("nocId", "Unknown NOC"));
        }
        String type = trim(c.deviceType());
        if (type == null) {
            problems.add(new FieldProblem("deviceType", "Pick a device type"));
        } else if (!typeKnown.test(type)) {
            problems.add(new FieldProblem("deviceType", "Unknown device type"));
        }
        String username = trim(c.username());
        if (username == null) {
            problems.add(new FieldProblem("username", "Enter the user name"));
        } else if (username.length() > 100 || CONTROL.matcher(username).find()) {
            problems.add(new FieldProblem("username", "At most 100 characters, no control characters"));
        }
        checkSecrets(c, creating, problems);
        checkTags(c.tags(), problems);
        if (c.description() != null && c.description().length() > 1000) {
            problems.add(new FieldProblem("description", "At most 1000 characters"));
        }
        checkTimeout("connectTimeout", c.connectTimeout(), problems);
        checkTimeout("loginTimeout", c.loginTimeout(), problems);
        checkTimeout("commandTimeout", c.commandTimeout(), problems);
        return problems;
    }

    /** The tags as stored: stripped, lower-cased, without duplicates. */
    static Set<String> tags(Set<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                result.add(tag.strip().toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String addressProblem(String address) {
        if (address == null) {
            return "Enter the IP address or DNS name";
        }
        if (address.length() > 253) {
            return "At most 253 characters";
        }
        if (IPV4.matcher(address).matches()) {
            for (String part : address.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return "Not a valid IPv4 address";
                }
            }
            return null;
        }
        if (NUMERIC_DOTTED.matcher(address).matches()) {
            return "Not a valid IPv4 address";
        }
        if (address.contains(":")) {
            return validIpv6(address) ? null : "Not a valid IPv6 address";
        }
        for (String label : address.split("\\.", -1)) {
            if (!DNS_LABEL.matcher(label).matches()) {
                return "Not a valid IP address or DNS name";
            }
        }
        return null;
    }

    private static boolean validIpv6(String address) {
        if (!IPV6.matcher(address).matches()) {
            return false;
        }
        try {
            // a text of hex digits, colons and dots is parsed as a literal: no name lookup happens
            return InetAddress.getByName(address).getAddress().length == 16;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void checkSecrets(DeviceCommand c, boolean creating, List<FieldProblem> problems) {
        boolean noPassword = c.password() == null || c.password().isEmpty();
        if (creating && noPassword) {
            problems.add(new FieldProblem("password", "Enter the password"));
        }
        if (c.password() != null && c.password().length() > 1000) {
            problems.add(new FieldProblem("password", "At most 1000 characters"));
        }
        if (c.enableSecret() != null && c.enableSecret().length() > 1000) {
            problems.add(new FieldProblem("enableSecret", "At most 1000 characters"));
        }
    }

    private static void checkTags(Set<String> raw, List<FieldProblem> problems) {
        Set<String> tags = tags(raw);
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldProblem("tags", "At most " + MAX_TAGS + " tags"));
        }
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                problems.add(
                        new FieldProblem("tags", "A tag uses letters, digits and . _ : / - (at most 64 characters)"));
                return;
            }
        }
    }

    private static void checkTimeout(String field, Integer seconds, List<FieldProblem> problems) {
        if (seconds != null && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)) {
            problems.add(new FieldProblem(field, "Between 1 and " + MAX_TIMEOUT_SECONDS + " seconds"));
        }
    }
}
