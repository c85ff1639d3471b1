package io.nocvault.noc.internal;

import io.nocvault.secrets.SecretBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies a validated {@link NocCommand} to a {@link Noc}, sealing new secrets, and says what changed in words
 * fit for the audit log ("location", "jump password changed"); secret values never appear.
 */
final class NocChanges {

    static final String PASSWORD_PURPOSE = "noc.jump-password";
    static final String PRIVATE_KEY_PURPOSE = "noc.jump-private-key";

    private final SecretBox secrets;
    private final List<String> changes = new ArrayList<>();

    private NocChanges(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** Applies {@code command} and lists the changes. */
    static List<String> apply(NocCommand command, Noc noc, SecretBox secrets) {
        NocChanges changes = new NocChanges(secrets);
        changes.applyProperties(command, noc);
        changes.applyJumpServer(command, noc);
        return List.copyOf(changes.changes);
    }

    private void applyProperties(NocCommand command, Noc noc) {
        set("name", noc.getName(), command.name(), noc::setName);
        set("description", noc.getDescription(), command.description(), noc::setDescription);
        set("location", noc.getLocation(), command.location(), noc::setLocation);
        set("contact person", noc.getContactPerson(), command.contactPerson(), noc::setContactPerson);
        set("contact e-mail", noc.getContactEmail(), command.contactEmail(), noc::setContactEmail);
        set("contact phone", noc.getContactPhone(), command.contactPhone(), noc::setContactPhone);
    }

    private void applyJumpServer(NocCommand command, Noc noc) {
        if (!command.hasJumpServer()) {
            if (noc.getJumpHost() != null) {
                changes.add("jump server removed (direct access)");
            }
            noc.removeJumpServer();
            return;
        }
        if (!Objects.equals(noc.getJumpHost(), command.jumpHost())) {
            changes.add("jump host");
        }
        if (noc.getJumpPort() != command.effectiveJumpPort()) {
            changes.add("jump port");
        }
        if (!Objects.equals(noc.getJumpUsername(), command.jumpUsername())) {
            changes.add("jump username");
        }
        noc.setJumpServer(command.jumpHost(), command.effectiveJumpPort(), command.jumpUsername());
        applyPassword(command, noc);
        applyPrivateKey(command, noc);
    }

    private void applyPassword(NocCommand command, Noc noc) {
        boolean had = noc.getJumpPasswordSealed() != null;
        if (command.jumpPassword() != null) {
            noc.setJumpPasswordSealed(secrets.seal(command.jumpPassword(), PASSWORD_PURPOSE));
            changes.add(had ? "jump password changed" : "jump password set");
        } else if (command.clearJumpPassword() && had) {
            noc.setJumpPasswordSealed(null);
            changes.add("jump password removed");
        }
    }

    private void applyPrivateKey(NocCommand command, Noc noc) {
        boolean had = noc.getJumpPrivateKeySealed() != null;
        if (command.jumpPrivateKey() != null) {
            noc.setJumpPrivateKeySealed(secrets.seal(command.jumpPrivateKey() + "\n", PRIVATE_KEY_PURPOSE));
            changes.add(had ? "jump private key changed" : "jump private key set");
        } else if (command.clearJumpPrivateKey() && had) {
            noc.setJumpPrivateKeySealed(null);
            changes.add("jump private key removed");
        }
    }

    private void set(String label, String current, String wanted, Consumer<String> setter) {
        if (!Objects.equals(current, wanted)) {
            setter.accept(wanted);
            changes.add(label);
        }
    }
}
