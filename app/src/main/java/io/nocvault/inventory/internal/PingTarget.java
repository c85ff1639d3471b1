package io.nocvault.inventory.internal;

/** Where a ping test probes a device: its address and its SSH port. */
record PingTarget(String address, int port) {}
