package io.nocvault.secrets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.DataDirectory;
import io.nocvault.secrets.MasterKeyException;
import io.nocvault.secrets.SecretBox;
import io.nocvault.secrets.SecretDecryptionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class MasterKeyTest {

    @TempDir
    Path dataDir;

    KeyCheckStore keyCheck;
    JdbcClient jdbc;

    @BeforeEach
    void database() {
        var ds = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).load().migrate();
        jdbc = JdbcClient.create(ds);
        keyCheck = new KeyCheckStore(jdbc);
    }

    @Test
    void firstStartCreatesAnOwnerOnlyKeyFileAndRecordsTheKeyCheck() throws Exception {
        new MasterKey("", new DataDirectory(dataDir), keyCheck);

        Path file = dataDir.resolve("secrets").resolve(MasterKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(keyCheck.exists()).isTrue();
    }

    @Test
    void secondStartReusesTheKeyAndDecryptsWhatTheFirstSealed() {
        SecretBox first = new TinkSecretBox(new MasterKey("", new DataDirectory(dataDir), keyCheck));
        String sealed = first.seal("s3cret-jump-password", "noc.jump-password");

        SecretBox second = new TinkSecretBox(new MasterKey("", new DataDirectory(dataDir), keyCheck));

        assertThat(sealed).doesNotContain("s3cret");
        assertThat(second.open(sealed, "noc.jump-password")).isEqualTo("s3cret-jump-password");
    }

    @Test
    void missingKeyForAnExistingDatabaseStopsTheStart() throws Exception {
        new MasterKey("", new DataDirectory(dataDir), keyCheck);
        Files.delete(dataDir.resolve("secrets").resolve(MasterKey.FILE_NAME));

        assertThatThrownBy(() -> new MasterKey("", new DataDirectory(dataDir), keyCheck))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("master key that is missing");
        assertThat(dataDir.resolve("secrets").resolve(MasterKey.FILE_NAME)).doesNotExist();
    }

    @Test
    void wrongKeyForAnExistingDatabaseStopsTheStart() {
        new MasterKey("", new DataDirectory(dataDir), keyCheck);
        String otherKey = MasterKey.serialize(MasterKey.generate());

        assertThatThrownBy(() -> new MasterKey(otherKey, new DataDirectory(dataDir), keyCheck))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("does not belong to this database");
    }

    @Test
    void keyFromEnvironmentIsAcceptedAsJsonOrBase64() {
        String json = MasterKey.serialize(MasterKey.generate());
        SecretBox box = new TinkSecretBox(new MasterKey(json, new DataDirectory(dataDir), keyCheck));
        String sealed = box.seal("x", "p");

        String base64 = Base64.getEncoder().encodeToString(json.getBytes());
        SecretBox again = new TinkSecretBox(new MasterKey(base64, new DataDirectory(dataDir), keyCheck));

        assertThat(again.open(sealed, "p")).isEqualTo("x");
        assertThat(dataDir.resolve("secrets").resolve(MasterKey.FILE_NAME)).doesNotExist();
    }

    @Test
    void garbageKeyIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> new MasterKey("{not-a-keyset-SECRET}", new DataDirectory(dataDir), keyCheck))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void tamperedCiphertextAndWrongPurposeAreErrors() {
        SecretBox box = new TinkSecretBox(new MasterKey("", new DataDirectory(dataDir), keyCheck));
        String sealed = box.seal("enable-secret", "device.enable");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length / 2] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> box.open(tampered, "device.enable")).isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> box.open(sealed, "device.password")).isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> box.open("plain text", "device.enable")).isInstanceOf(SecretDecryptionException.class);
        assertThat(box.open(null, "device.enable")).isNull();
    }

    @Test
    void blobsAreBoundToTheirAssociatedData() {
        SecretBox box = new TinkSecretBox(new MasterKey("", new DataDirectory(dataDir), keyCheck));
        byte[] blob = box.encrypt("config".getBytes(), "blob-1".getBytes());

        assertThat(box.decrypt(blob, "blob-1".getBytes())).asString().isEqualTo("config");
        assertThatThrownBy(() -> box.decrypt(blob, "blob-2".getBytes())).isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void encryptsOnVirtualThreadsWithFreshNoncesAndKeepsTheirInterrupt() throws Exception {
        TinkSecretBox box = new TinkSecretBox(new MasterKey("", new DataDirectory(dataDir), keyCheck));
        byte[] plaintext = "hostname core-01".getBytes(StandardCharsets.UTF_8);
        byte[] aad = "blob".getBytes(StandardCharsets.UTF_8);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<byte[]>> sealed = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                boolean interrupted = i % 2 == 0;
                sealed.add(threads.submit(() -> {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    byte[] ciphertext = box.encrypt(plaintext, aad);
                    assertThat(Thread.currentThread().isInterrupted()).isEqualTo(interrupted);
                    return ciphertext;
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<byte[]> each : sealed) {
                byte[] ciphertext = each.get();
                assertThat(box.decrypt(ciphertext, aad)).isEqualTo(plaintext);
                distinct.add(Base64.getEncoder().encodeToString(ciphertext));
            }
            assertThat(distinct).hasSize(50);
        } finally {
            box.destroy();
        }
        assertThat(box.decrypt(box.encrypt(plaintext, aad), aad)).isEqualTo(plaintext);
    }
}
