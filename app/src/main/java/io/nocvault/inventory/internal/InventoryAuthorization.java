package io.nocvault.inventory.internal;

import io.nocvault.noc.NocScope;
import org.springframework.stereotype.Component;

/**
 * Who may do what with devices, as {@code @PreAuthorize} expressions, and the bean {@code inventoryAuthorization}
 * they use: for an action on one device the role is checked only when the device is visible, so that a device of
 * another NOC answers 404 before any 403 (the roles follow DESIGN.md: viewers read, operators test and ping,
 * admins change the inventory).
 */
@Component("inventoryAuthorization")
public class InventoryAuthorization {

    /** Reading devices: every role (the NOC scope decides which). */
    public static final String READ = "hasRole('VIEWER')";
    /** Creating and importing devices (into NOCs the admin sees). */
    public static final String CREATE = "hasRole('ADMIN')";
    /** Changing or deleting device {@code #id}. */
    public static final String EDIT = "hasRole('ADMIN') or !@inventoryAuthorization.canSee(#id)";
    /** Testing the connection of device {@code #id}. */
    public static final String OPERATE = "hasRole('OPERATOR') or !@inventoryAuthorization.canSee(#id)";
    /** Pinging a selection of devices. */
    public static final String PING = "hasRole('OPERATOR')";

    private final DeviceStore store;
    private final NocScope scope;

    InventoryAuthorization(DeviceStore store, NocScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** Whether the device exists and lies in a NOC the caller may see. */
    public boolean canSee(long id) {
        return store.find(id).map(d -> scope.canSee(d.nocId())).orElse(false);
    }
}
