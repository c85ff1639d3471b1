/**
 * Key management and encryption of every stored secret and blob, in one place. The master keyset (Tink,
 * AES-256-GCM) comes from {@code NOCVAULT_MASTER_KEY} or from the data directory, where it is created on
 * first start; a database that was encrypted with another key stops the start.
 */
@ApplicationModule(displayName = "Secrets")
package io.nocvault.secrets;

import org.springframework.modulith.ApplicationModule;
