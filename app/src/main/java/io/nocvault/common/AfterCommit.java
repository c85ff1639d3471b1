package io.nocvault.common;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction has committed, at once when there is none; nothing runs after a rollback.
 *
 * <p>For event listeners that keep nothing of their own worth a durable event publication: in-memory state (an alert
 * batch) or statistics. Spring Modulith writes (and later deletes) a publication row for every
 * {@code @TransactionalEventListener}; a plain {@code @EventListener} that defers its work here costs nothing of that,
 * which matters for the events a backup run publishes per device. Database work done here must use a transaction of
 * its own ({@code REQUIRES_NEW}): the committed one is still bound to the thread.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
