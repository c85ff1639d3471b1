package io.nocvault.inventory.internal;

import io.nocvault.inventory.Reachability;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
