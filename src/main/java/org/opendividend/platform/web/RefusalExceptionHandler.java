package org.opendividend.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.security.AccessDeniedException;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Faces wraps what a page's bean throws in several layers, so the container would answer a permission refusal
 * from a facade with 500. This handler finds the refusal and answers 403 with the translated reason instead.
 * Everything else goes on to the next handler (PrimeFaces', then the error pages).
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Optional<AccessDeniedException> refusal = refusal(events.next().getContext().getException());
            if (refusal.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                refuse(faces, refusal.get());
            }
        }
        getWrapped().handle();
    }

    private static void refuse(FacesContext faces, AccessDeniedException refusal) {
        ExternalContext external = faces.getExternalContext();
        external.getRequestMap().put(RequestDispatcher.ERROR_EXCEPTION, refusal);
        try {
            external.responseReset();
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    static Optional<AccessDeniedException> refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return Optional.of(denied);
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
