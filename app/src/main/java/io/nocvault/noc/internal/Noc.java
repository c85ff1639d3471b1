package io.nocvault.noc.internal;

import io.nocvault.noc.NocOwned;
import io.nocvault.noc.NocScopeGuard;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A NOC with its contact data and jump server. A NOC is owned by itself, so the {@link NocScopeGuard} refuses to
 * load a NOC the caller was not granted. Jump server secrets are kept sealed; only {@link NocService} opens them.
 */
@Entity
@Table(name = "nocs")
@EntityListeners(NocScopeGuard.class)
class Noc implements NocOwned {

    static final int DEFAULT_JUMP_PORT = 22;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;
    private String nameKey;
    private String description;
    private String location;
    private String contactPerson;
    private String contactEmail;
    private String contactPhone;
    private String jumpHost;
    private int jumpPort = DEFAULT_JUMP_PORT;
    private String jumpUsername;
    private String jumpPasswordSealed;
    private String jumpPrivateKeySealed;
    private Instant createdAt;
    private Instant updatedAt;

    protected Noc() {}

    Noc(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Long getNocId() {
        return id;
    }

    @Override
    public String scopedKind() {
        return "NOC";
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
        this.nameKey = nameKey(name);
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    String getLocation() {
        return location;
    }

    void setLocation(String location) {
        this.location = location;
    }

    String getContactPerson() {
        return contactPerson;
    }

    void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    String getContactEmail() {
        return contactEmail;
    }

    void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    String getContactPhone() {
        return contactPhone;
    }

    void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    String getJumpHost() {
        return jumpHost;
    }

    int getJumpPort() {
        return jumpPort;
    }

    String getJumpUsername() {
        return jumpUsername;
    }

    /** Points the NOC at a jump server (secrets are set separately). */
    void setJumpServer(String host, int port, String username) {
        this.jumpHost = host;
        this.jumpPort = port;
        this.jumpUsername = username;
    }

    /** The NOC is reached directly: no jump server, no jump secrets. */
    void removeJumpServer() {
        setJumpServer(null, DEFAULT_JUMP_PORT, null);
        this.jumpPasswordSealed = null;
        this.jumpPrivateKeySealed = null;
    }

    String getJumpPasswordSealed() {
        return jumpPasswordSealed;
    }

    void setJumpPasswordSealed(String sealed) {
        this.jumpPasswordSealed = sealed;
    }

    String getJumpPrivateKeySealed() {
        return jumpPrivateKeySealed;
    }

    void setJumpPrivateKeySealed(String sealed) {
        this.jumpPrivateKeySealed = sealed;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
