package org.opendividend.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opendividend.platform.i18n.Languages;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Admission of writes (every method but GET, HEAD and OPTIONS), first of all filters after {@link ArrivalStamp}: at most
 * {@code opendividend.admission.concurrent-writes} at once (default 128: below Payara's 200 request threads, so that
 * reads always find one; the deadline-rush benchmark measured 41 submissions/s with no limit and 30–36/s with the
 * database pool's 32, and requests held that long in the queue were the ones a stalled server dropped), each waiting
 * its turn at most {@code opendividend.admission.patience-millis} (default 30 s; four times that for a page's
 * background request, e.g. a file upload, which the browser cannot send again by itself). A write turned away is answered 503 with {@code Retry-After} and nothing was done with it: the API
 * answers a JSON problem, a page's form gets a page that sends the same form again after that time (see
 * {@link BusyPage}), so that nothing typed is lost.
 */
public class AdmissionControl extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final int BACKGROUND_PATIENCE_FACTOR = 4;

    private transient Admission admission;
    private Duration patience;
    private int retryAfterSeconds;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        admission = new Admission(config.getOptionalValue("opendividend.admission.concurrent-writes", Integer.class).orElse(128));
        patience = Duration.ofMillis(config.getOptionalValue("opendividend.admission.patience-millis", Long.class).orElse(30_000L));
        retryAfterSeconds = config.getOptionalValue("opendividend.admission.retry-after-seconds", Integer.class).orElse(5);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean background = "partial/ajax".equals(request.getHeader("Faces-Request"));
        Optional<Admission.Turn> turn;
        try {
            turn = admission.await(background ? patience.multipliedBy(BACKGROUND_PATIENCE_FACTOR) : patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = Optional.empty();
        }
        if (turn.isEmpty()) {
            turnAway(request, response);
            return;
        }
        try (Admission.Turn working = turn.get()) {
            chain.doFilter(request, response);
        }
    }

    private void turnAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // spread the returns, so that a crowd turned away together does not come back in the same second
        int retryAfter = retryAfterSeconds + ThreadLocalRandom.current().nextInt(retryAfterSeconds + 1);
        LOG.warning(() -> "busy: " + request.getMethod() + " " + request.getRequestURI() + " turned away after "
                + patience.toMillis() + " ms, " + admission.working() + " writes working, " + admission.waiting() + " waiting");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ErrorResponses.send(response, Response.Status.SERVICE_UNAVAILABLE, "busy", "error.busy.api", ApiLanguage.of(request));
            response.setHeader("Retry-After", Integer.toString(retryAfter));
            return;
        }
        BusyPage.send(request, response, Languages.chosen(request).orElse(Languages.bestMatch(request.getLocales())), retryAfter);
        response.setHeader("Retry-After", Integer.toString(retryAfter));
    }
}
