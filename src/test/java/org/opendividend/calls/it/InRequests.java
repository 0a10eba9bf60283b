package org.opendividend.calls.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.opendividend.platform.identity.Caller;

import java.util.concurrent.Callable;

/**
 * Work for another thread of an Arquillian test, done in a request of its own on behalf of a person, as a second page
 * or a second officer at the same moment would: the concurrency tests' way to act as two people at once.
 */
@ApplicationScoped
public class InRequests {

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    ActingAs acting;

    /** The work, run on whichever thread calls it in a fresh request in which {@code caller} is logged in. */
    public <T> Callable<T> as(Caller caller, Callable<T> work) {
        return () -> {
            RequestContextController context = requestContexts.get();
            context.activate();
            try {
                acting.as(caller);
                return work.call();
            } finally {
                context.deactivate();
            }
        };
    }
}
