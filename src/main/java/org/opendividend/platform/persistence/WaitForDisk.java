package org.opendividend.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.logging.Logger;

/**
 * The interceptor of {@link AcknowledgedWhenDurable}. Its priority puts it outside the {@code @Transactional}
 * interceptor (which has {@code PLATFORM_BEFORE + 200}), so the method's own transaction has committed when
 * {@code proceed()} returns; then it waits for the disk before the result (the acknowledgement) goes back. Called
 * inside a caller's transaction, it waits after that transaction's commit instead, as well as it can then.
 */
@AcknowledgedWhenDurable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class WaitForDisk {

    private static final Logger LOG = Logger.getLogger(WaitForDisk.class.getName());

    @Inject
    DiskSync disk;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object acknowledgeWhenDurable(InvocationContext invocation) throws Exception {
        Object acknowledgement = invocation.proceed();
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            disk.awaitDisk();
        } else {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: the data is written by the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        try {
                            disk.awaitDisk();
                        } catch (RuntimeException e) {
                            LOG.severe(() -> "committed data of " + invocation.getMethod() + " may not be on the disk: " + e);
                        }
                    }
                }
            });
        }
        return acknowledgement;
    }
}
