package io.nocvault.drivers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A user-defined device type as stored: identity, base driver and the YAML text of its overrides. */
@Entity
@Table(name = "device_type")
class DeviceTypeEntity {

    @Id
    @Column(name = "type_key", length = 64)
    private String key;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "base_key", nullable = false, length = 64)
    private String baseKey;

    @Column(nullable = false, length = 100_000)
    private String overrides;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DeviceTypeEntity() {}

    DeviceTypeEntity(String key, String name, String baseKey, String overrides, Instant now) {
        this.key = key;
        this.createdAt = now;
        change(name, baseKey, overrides, now);
    }

    void change(String name, String baseKey, String overrides, Instant now) {
        this.name = name;
        this.baseKey = baseKey;
        this.overrides = overrides;
        this.updatedAt = now;
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    String baseKey() {
        return baseKey;
    }

    String overrides() {
        return overrides;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
