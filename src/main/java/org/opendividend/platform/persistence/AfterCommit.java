package org.opendividend.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.logging.Logger;

/**
 * Runs work that cannot be rolled back (deleting a stored file, forcing data to disk) only once the current
 * transaction has committed, and not at all when it rolls back; without a transaction, at once, and then its failure
 * reaches the caller (after a commit there is nobody left to tell, so it is logged).
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(String what, Runnable work) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            work.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the work waits for the outcome
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warning(() -> what + " after commit failed: " + e);
                }
            }
        });
    }
}
