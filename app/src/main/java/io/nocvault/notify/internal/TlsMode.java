package io.nocvault.notify.internal;

/** How an SMTP channel protects the connection. */
public enum TlsMode {
    /** Plain SMTP (only for a relay on a trusted network). */
    NONE,
    /** Plain connection upgraded with STARTTLS, which the server must offer (usually port 587). */
    STARTTLS,
    /** TLS from the first byte, "SMTPS" (usually port 465). */
    SSL
}
