package io.nocvault.secrets.internal;

import io.nocvault.secrets.MasterKeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a master key problem as a short, clear start failure instead of a stack trace. */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Provide the master key of this database (data/secrets/master-key.json or NOCVAULT_MASTER_KEY), "
                        + "or point NocVault at an empty database and data directory.",
                cause);
    }
}
