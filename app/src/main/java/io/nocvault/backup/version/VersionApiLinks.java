package io.nocvault.backup.version;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/** Shared bits of the backup module's downloads. */
public final class VersionApiLinks {

    private VersionApiLinks() {}

    /** A {@code Content-Disposition: attachment} header value with a UTF-8 file name. */
    public static String attachment(String name) {
        return ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
