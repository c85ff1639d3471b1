package io.nocvault.inventory.web;

/** The request parameters of the device list page: the filter as typed, and the window. */
record DeviceListQuery(
        Long nocId,
        String deviceType,
        String tag,
        String status,
        String enabled,
        String q,
        Integer limit,
        Long offset) {}
