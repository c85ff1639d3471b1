package io.nocvault.backup;

/** Whether a version's blobs last verified ({@code OK}) or failed to ({@code CORRUPT}, kept until verified again). */
public enum IntegrityStatus {
    OK,
    CORRUPT
}
