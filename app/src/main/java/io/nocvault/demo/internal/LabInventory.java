package io.nocvault.demo.internal;

import java.util.List;
import java.util.Map;

/**
 * The demo lab as it stands in the inventory.
 *
 * @param deviceIds the inventory id of every planned device, by hostname
 * @param created how many NOCs and devices this start created (0 after a restart)
 */
record LabInventory(long johannesburgId, long capeTownId, Map<String, Long> deviceIds, int created) {

    LabInventory {
        deviceIds = Map.copyOf(deviceIds);
    }

    List<Long> ids(List<String> hostnames) {
        return hostnames.stream().map(deviceIds::get).toList();
    }
}
