package org.opendividend.calls.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;

import java.util.Objects;

/**
 * The person behind the current request in the Arquillian tests, where nobody logs in: replaces {@link CurrentUser}
 * (an alternative enabled for the whole test deployment by its priority) so that every bean injecting
 * {@code CurrentUser}, the facades included, sees the caller the test chose with {@link #as(Caller)}.
 * <p>
 * Request scoped like the bean it replaces: a test method runs in one request, so the choice holds for the rest of
 * that test (until the next {@code as}) and never leaks into another test. Nobody is logged in until a test says so.
 * Only ever in test deployments.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingAs extends CurrentUser {

    private Caller acting = Caller.ANONYMOUS;

    /** From now on in this request, the facades act on behalf of this person. */
    public ActingAs as(Caller caller) {
        acting = Objects.requireNonNull(caller, "caller");
        return this;
    }

    /** From now on in this request, nobody is logged in. */
    public ActingAs anonymous() {
        return as(Caller.ANONYMOUS);
    }

    @Override
    public Caller caller() {
        return acting;
    }
}
