package io.nocvault.backup.store;

/** Where a blob's record is: the pack, the record's offset, the payload's length, and when it was stored. */
record PackLocation(PackFile pack, long offset, int length, long storedAtMillis) {

    long recordSize() {
        return PackRecord.size(length);
    }
}
