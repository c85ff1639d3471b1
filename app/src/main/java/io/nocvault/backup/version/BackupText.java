package io.nocvault.backup.version;

import io.nocvault.backup.StoreUsage;
import org.springframework.stereotype.Component;

/** Formatting for the backup templates ({@code ${@backupText.bytes(v.size)}}). */
@Component("backupText")
public class BackupText {

    /** Bytes with a binary unit, e.g. {@code 1.5 MiB}. */
    public String bytes(long bytes) {
        return StoreUsage.human(bytes);
    }
}
