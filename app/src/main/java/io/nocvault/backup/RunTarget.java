package io.nocvault.backup;

import java.util.List;
import java.util.Objects;

/**
 * What a backup run covers: everything the starter may see, chosen devices, NOCs, device types or tags. Resolved to
 * devices when the run starts (so a schedule's run includes devices added since), within the starter's NOC scope;
 * disabled devices are left out.
 *
 * @param ids device or NOC ids for {@link Kind#DEVICES} and {@link Kind#NOCS}
 * @param names device type keys or tags for {@link Kind#DEVICE_TYPES} and {@link Kind#TAGS}
 */
public record RunTarget(Kind kind, List<Long> ids, List<String> names) {

    /** The kinds of target. */
    public enum Kind {
        ALL,
        DEVICES,
        NOCS,
        DEVICE_TYPES,
        TAGS
    }

    public RunTarget {
        Objects.requireNonNull(kind, "kind");
        ids = ids == null ? List.of() : List.copyOf(ids);
        names = names == null ? List.of() : List.copyOf(names);
        boolean byId = kind == Kind.DEVICES || kind == Kind.NOCS;
        boolean byName = kind == Kind.DEVICE_TYPES || kind == Kind.TAGS;
        if ((byId && ids.isEmpty()) || (byName && names.isEmpty())) {
            throw new IllegalArgumentException("Choose at least one " + noun(kind));
        }
    }

    public static RunTarget everything() {
        return new RunTarget(Kind.ALL, null, null);
    }

    public static RunTarget devices(List<Long> deviceIds) {
        return new RunTarget(Kind.DEVICES, deviceIds, null);
    }

    public static RunTarget noc(long nocId) {
        return new RunTarget(Kind.NOCS, List.of(nocId), null);
    }

    public static RunTarget nocs(List<Long> nocIds) {
        return new RunTarget(Kind.NOCS, nocIds, null);
    }

    public static RunTarget deviceTypes(List<String> typeKeys) {
        return new RunTarget(Kind.DEVICE_TYPES, null, typeKeys);
    }

    public static RunTarget tags(List<String> tags) {
        return new RunTarget(Kind.TAGS, null, tags);
    }

    /** How run lists name it, e.g. {@code all devices}, {@code 3 devices}, {@code tags core, edge}. */
    public String describe() {
        return switch (kind) {
            case ALL -> "all devices";
            case DEVICES -> ids.size() == 1 ? "1 device" : ids.size() + " devices";
            case NOCS -> ids.size() == 1 ? "NOC #" + ids.getFirst() : ids.size() + " NOCs";
            case DEVICE_TYPES -> "device types " + String.join(", ", names);
            case TAGS -> (names.size() == 1 ? "tag " : "tags ") + String.join(", ", names);
        };
    }

    private static String noun(Kind kind) {
        return switch (kind) {
            case DEVICES -> "device";
            case NOCS -> "NOC";
            case DEVICE_TYPES -> "device type";
            case TAGS -> "tag";
            case ALL -> "target";
        };
    }
}
