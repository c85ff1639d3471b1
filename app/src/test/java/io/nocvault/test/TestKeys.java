package io.nocvault.test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * SSH private keys generated for tests, in the formats users paste: OpenSSH (RSA, ECDSA, Ed25519), PEM PKCS#1,
 * SEC1 and PKCS#8, and encrypted variants of OpenSSH, PKCS#8 and legacy PEM. Nothing is read from files.
 */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] P256_OID = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};

    private TestKeys() {}

    public static KeyPair rsa() {
        return generate("RSA", 2048);
    }

    public static KeyPair ecdsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key pair of the EdDSA provider MINA SSHD uses. */
    public static KeyPair ed25519() {
        try {
            return SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 key pair of the JDK's own provider (for PKCS#8). */
    public static KeyPair jdkEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -----BEGIN OPENSSH PRIVATE KEY-----}, unencrypted. */
    public static String openSsh(KeyPair pair) {
        return openSsh(pair, null);
    }

    /** {@code -----BEGIN OPENSSH PRIVATE KEY-----}, encrypted with AES-256-CTR and bcrypt KDF. */
    public static String encryptedOpenSsh(KeyPair pair, String passphrase) {
        return openSsh(pair, passphrase);
    }

    /** {@code -----BEGIN PRIVATE KEY-----} (PKCS#8) of a JDK key (RSA or Ed25519). */
    public static String pkcs8(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----} (PKCS#1). */
    public static String pkcs1(KeyPair rsa) {
        return pem("RSA PRIVATE KEY", pkcs1Der(rsa));
    }

    /** {@code -----BEGIN EC PRIVATE KEY-----} (SEC1, P-256, with the public key as ssh-keygen writes it). */
    public static String sec1(KeyPair ec) {
        ECPrivateKey priv = (ECPrivateKey) ec.getPrivate();
        ECPublicKey pub = (ECPublicKey) ec.getPublic();
        byte[] point = concat(
                new byte[] {0x00, 0x04},
                unsigned(pub.getW().getAffineX(), 32),
                unsigned(pub.getW().getAffineY(), 32));
        byte[] der = tlv(
                0x30,
                concat(
                        tlv(0x02, new byte[] {1}),
                        tlv(0x04, unsigned(priv.getS(), 32)),
                        tlv(0xa0, P256_OID),
                        tlv(0xa1, tlv(0x03, point))));
        return pem("EC PRIVATE KEY", der);
    }

    /** {@code -----BEGIN ENCRYPTED PRIVATE KEY-----} (PKCS#8, PKCS#12 PBE with SHA-1 and 3DES). */
    public static String encryptedPkcs8(KeyPair pair, String passphrase) {
        try {
            String algorithm = "PBEWithSHA1AndDESede";
            SecretKey key =
                    SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(passphrase.toCharArray()));
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(random(8), 2048));
            byte[] encrypted = cipher.doFinal(pair.getPrivate().getEncoded());
            return pem(
                    "ENCRYPTED PRIVATE KEY",
                    new EncryptedPrivateKeyInfo(cipher.getParameters(), encrypted).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----} with {@code Proc-Type: 4,ENCRYPTED} (OpenSSL's legacy format). */
    public static String encryptedPkcs1(KeyPair rsa, String passphrase) {
        try {
            byte[] iv = random(16);
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(passphrase.getBytes(StandardCharsets.UTF_8));
            md5.update(iv, 0, 8);
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(md5.digest(), "AES"), new IvParameterSpec(iv));
            byte[] encrypted = cipher.doFinal(pkcs1Der(rsa));
            return "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
                    + HexFormat.of().withUpperCase().formatHex(iv) + "\n\n" + base64(encrypted)
                    + "\n-----END RSA PRIVATE KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String openSsh(KeyPair pair, String passphrase) {
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherType("256");
            encryption.setCipherMode("CTR");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "test@nocvault", encryption, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PKCS#1 RSAPrivateKey inside the JDK's PKCS#8 encoding: SEQUENCE { version, algorithm, OCTET STRING }. */
    private static byte[] pkcs1Der(KeyPair rsa) {
        byte[] der = rsa.getPrivate().getEncoded();
        int[] pos = {0};
        header(der, pos); // outer SEQUENCE
        int version = header(der, pos); // version INTEGER
        pos[0] += version;
        int algorithm = header(der, pos); // AlgorithmIdentifier SEQUENCE
        pos[0] += algorithm;
        int length = header(der, pos); // OCTET STRING
        return Arrays.copyOfRange(der, pos[0], pos[0] + length);
    }

    /** Reads a DER tag and length at {@code pos}, leaving {@code pos} at the content; answers the length. */
    private static int header(byte[] der, int[] pos) {
        pos[0]++;
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[pos[0]++] & 0xff);
        }
        return length;
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] unsigned(BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, fixed, size - copy, copy);
        return fixed;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + base64(der) + "\n-----END " + type + "-----\n";
    }

    private static String base64(byte[] der) {
        return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
    }
}
