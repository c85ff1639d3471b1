package io.nocvault.secrets.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.nocvault.common.DataDirectory;
import io.nocvault.secrets.MasterKeyException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The master keyset. Taken from {@code NOCVAULT_MASTER_KEY} (Tink JSON keyset or its base64) or from
 * {@code <data-dir>/secrets/master-key.json}; created there on the first start of an empty database. Checked
 * against the database's key check value, so that a missing or wrong key stops the start instead of silently
 * encrypting new data with a new key.
 */
@Component
@DependsOnDatabaseInitialization
class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    static final String FILE_NAME = "master-key.json";

    private final Aead aead;

    MasterKey(
            @Value("${NOCVAULT_MASTER_KEY:${nocvault.secrets.master-key:}}") String configuredKey,
            DataDirectory dataDirectory,
            KeyCheckStore keyCheck) {
        register();
        Path file = dataDirectory.resolve("secrets").resolve(FILE_NAME);
        KeyFile keyFile = new KeyFile(file);
        KeysetHandle handle = load(configuredKey, keyFile, keyCheck);
        this.aead = primitive(handle);
        keyCheck.verifyOrRecord(aead);
    }

    Aead aead() {
        return aead;
    }

    private static KeysetHandle load(String configuredKey, KeyFile keyFile, KeyCheckStore keyCheck) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            log.info("Using the master key from NOCVAULT_MASTER_KEY");
            return parse(decodeConfigured(configuredKey.strip()), "NOCVAULT_MASTER_KEY");
        }
        if (keyFile.exists()) {
            return parse(keyFile.read(), keyFile.path().toString());
        }
        if (keyCheck.exists()) {
            throw new MasterKeyException("This database holds data encrypted with a master key that is missing: "
                    + keyFile.path() + " does not exist and NOCVAULT_MASTER_KEY is not set. Restore the key file "
                    + "from your backup (or set NOCVAULT_MASTER_KEY); NocVault will not create a new key for an "
                    + "existing database, because the stored credentials and configurations could not be read.");
        }
        KeysetHandle fresh = generate();
        keyFile.writeNew(serialize(fresh));
        log.warn(
                "Created a new master key at {}. Back it up with the database: without it the stored secrets "
                        + "and configurations cannot be decrypted.",
                keyFile.path());
        return fresh;
    }

    private static String decodeConfigured(String value) {
        if (value.startsWith("{")) {
            return value;
        }
        try {
            return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MasterKeyException("NOCVAULT_MASTER_KEY is neither a Tink JSON keyset nor its base64");
        }
    }

    static KeysetHandle generate() {
        register();
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("Cannot generate a master key", e);
        }
    }

    static String serialize(KeysetHandle handle) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("Cannot serialize the master key", e);
        }
    }

    private static KeysetHandle parse(String json, String source) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MasterKeyException("The master key in " + source + " is not a valid keyset", null);
        }
    }

    private static Aead primitive(KeysetHandle handle) {
        try {
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("The master key is not an AEAD keyset", null);
        }
    }

    private static void register() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("Cannot initialise Tink", e);
        }
    }
}
