package io.nocvault.inventory.internal;

import io.nocvault.inventory.Reachability;
import java.util.List;
import java.util.Locale;

/**
 * The one filter of the device list, for the UI and the API alike: NOC, device type key, tag, reachability
 * status, enabled flag and a text searched in hostname, address and description. {@code null} does not filter.
 */
public record DeviceFilter(Long nocId, String deviceType, String tag, Reachability status, Boolean enabled, String q) {

    public static final DeviceFilter NONE = new DeviceFilter(null, null, null, null, null, null);

    public DeviceFilter {
        deviceType = blankToNull(deviceType);
        tag = blankToNull(tag) == null ? null : tag.strip().toLowerCase(Locale.ROOT);
        q = blankToNull(q);
    }

    /**
     * The filter from request parameters; {@code status} is active, inactive or unknown (any case), {@code enabled}
     * true or false. Throws {@link InvalidInputException} naming the bad parameter.
     */
    public static DeviceFilter parse(
            Long nocId, String deviceType, String tag, String status, String enabled, String q) {
        Reachability reachability = null;
        if (blankToNull(status) != null) {
            try {
                reachability = Reachability.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new FieldProblem("status", "Use active, inactive or unknown")));
            }
        }
        Boolean on = null;
        if (blankToNull(enabled) != null) {
            String value = enabled.strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new InvalidInputException(List.of(new FieldProblem("enabled", "Use true or false")));
            }
            on = Boolean.valueOf(value);
        }
        return new DeviceFilter(nocId, deviceType, tag, reachability, on, q);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
