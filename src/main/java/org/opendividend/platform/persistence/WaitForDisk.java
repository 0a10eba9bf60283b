package org.opendividend.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

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

    @Inject
    DiskSync disk;

    @Inject
    AfterCommit afterCommit;

    @AroundInvoke
    public Object acknowledgeWhenDurable(InvocationContext invocation) throws Exception {
        Object acknowledgement = invocation.proceed();
        // without a caller's transaction (the usual case) this runs now and a failure refuses the acknowledgement
        afterCommit.run("forcing the data of " + invocation.getMethod().getName() + " to disk", disk::awaitDisk);
        return acknowledgement;
    }
}
