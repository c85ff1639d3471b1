package io.nocvault.simulator.internal.shell;

import io.nocvault.simulator.internal.DeviceState;
import io.nocvault.simulator.internal.cli.CliContext;
import java.util.ArrayList;
import java.util.List;

/** The plain per-session state a platform CLI reads and changes (privilege, paging, mode, pushed lines). */
abstract class ShellState implements CliContext {

    final DeviceState device;
    private final List<String> pushed = new ArrayList<>();
    private boolean privileged;
    private boolean pagingOff;
    private String mode = "";
    private String loginName = "";

    ShellState(DeviceState device) {
        this.device = device;
    }

    final void setLoginName(String name) {
        loginName = name == null ? "" : name;
    }

    @Override
    public final DeviceState device() {
        return device;
    }

    @Override
    public final String user() {
        int plus = loginName.indexOf('+');
        return plus > 0 && device.platform().equals("mikrotik_routeros") ? loginName.substring(0, plus) : loginName;
    }

    @Override
    public final String loginName() {
        return loginName;
    }

    @Override
    public final boolean privileged() {
        return privileged;
    }

    @Override
    public final void setPrivileged(boolean value) {
        privileged = value;
    }

    @Override
    public final boolean pagingOff() {
        return pagingOff;
    }

    @Override
    public final void setPagingOff(boolean off) {
        pagingOff = off;
    }

    @Override
    public final String mode() {
        return mode;
    }

    @Override
    public final void setMode(String newMode) {
        mode = newMode;
    }

    @Override
    public final List<String> pushed() {
        return pushed;
    }
}
