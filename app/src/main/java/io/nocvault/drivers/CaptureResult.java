package io.nocvault.drivers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a capture produced: one text per section ({@code config} plus facts such as {@code version}), in the
 * driver's order, each exactly as the device printed it (echo, pager and prompt removed, line ends {@code \n}).
 *
 * @param driverKey the driver that captured it
 * @param prompt the prompt the commands ran at (it carries the hostname)
 * @param sections section name to captured text
 */
public record CaptureResult(String driverKey, String prompt, Map<String, String> sections) {

    public static final String CONFIG = "config";

    public CaptureResult {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The configuration, which passed the driver's end-of-config check. */
    public String config() {
        return sections.get(CONFIG);
    }
}
