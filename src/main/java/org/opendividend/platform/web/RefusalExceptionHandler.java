package org.opendividend.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Faces wraps what a page's bean throws in several layers, so the container would answer a permission refusal
 * from a facade with 500. This handler finds the refusal and answers 403 with the translated reason instead, and
 * 404 for an object that does not exist (or may not be known). A step the workflow forbids (a double click, a stale
 * tab) is no error page at all: the same page is shown again with the translated refusal, what was typed still in
 * its fields. Everything else goes on to the next handler (PrimeFaces', then the error pages).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    /** Request attribute under which the error pages find the refusal. */
    public static final String REFUSAL = RefusalExceptionHandler.class.getName() + ".refusal";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            Optional<RuntimeException> forbidden = find(thrown, ForbiddenTransitionException.class);
            if (forbidden.isPresent() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                    && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                PageMessages.error(((ForbiddenTransitionException) forbidden.get()).problem());
                continue;
            }
            Optional<RuntimeException> refusal = find(thrown, AccessDeniedException.class)
                    .or(() -> find(thrown, NoSuchObjectException.class));
            if (refusal.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                refuse(faces, refusal.get());
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext faces, RuntimeException refusal) {
        ExternalContext external = faces.getExternalContext();
        // not under the container's error attribute: with it there, the container answers 500 whatever status we send
        external.getRequestMap().put(REFUSAL, refusal);
        AccessRefusals.record((HttpServletRequest) external.getRequest(), refusal);
        int status = refusal instanceof AccessDeniedException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
        try {
            external.responseReset();
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    static <T extends RuntimeException> Optional<RuntimeException> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Registered in {@code faces-config.xml} after PrimeFaces' factory, so it wraps PrimeFaces' handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
