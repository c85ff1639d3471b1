package io.nocvault.drivers.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Command templates: {@code ${name}} refers to a driver or device variable. */
public final class Commands {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-zA-Z0-9_]+)}");

    private Commands() {}

    /** The command with every variable replaced; an unknown variable is an error. */
    public static String expand(String command, Map<String, String> vars) {
        Matcher m = VARIABLE.matcher(command);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("variable ${" + m.group(1) + "} is not defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The variables a command refers to. */
    public static Set<String> variables(String command) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(command);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
