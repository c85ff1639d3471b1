package io.nocvault.notify.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WhatsApp request body: a template with double-brace placeholders such as {@code {{phone}}}. A template whose
 * first character is an opening brace or bracket is JSON: values are inserted JSON-escaped (the template supplies
 * the quotes) and sent as {@code application/json}; any other template is a form body: values are URL-encoded and
 * sent as {@code application/x-www-form-urlencoded}. Unknown placeholders are left as they are.
 */
final class BodyTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private BodyTemplate() {}

    static boolean isJson(String template) {
        String t = template.strip();
        return t.startsWith("{") || t.startsWith("[");
    }

    static String contentType(String template) {
        return isJson(template) ? "application/json" : "application/x-www-form-urlencoded";
    }

    static String render(String template, Map<String, String> values) {
        boolean json = isJson(template);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String replacement = value == null
                    ? m.group()
                    : json ? jsonEscape(value) : URLEncoder.encode(value, StandardCharsets.UTF_8);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The JSON string content of {@code value}, without the surrounding quotes. */
    static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
