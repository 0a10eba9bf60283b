package org.opendividend.applications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.control.Countdown;
import org.opendividend.applications.control.NextStep;
import org.opendividend.applications.entity.Application;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.organisations.boundary.Membership;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.platform.i18n.LanguageSelection;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The applicant dashboard ({@code /applicant/}): the person's organisations with their role, and the applications of
 * those organisations, each with its state and its next step in plain words, the call's closing instant in Taipei
 * time and the time left, all decided on the server's clock when the page is rendered.
 */
@Named
@RequestScoped
public class MyApplications {

    @Inject
    ApplicationFacade applications;

    @Inject
    CallDirectory calls;

    @Inject
    OrganisationFacade organisations;

    @Inject
    LanguageSelection language;

    private List<Application> shown;
    private List<Row> rows;
    private List<Membership> memberships;
    private Instant now;

    /** One application as the dashboard shows it; the texts are already in the page's language. */
    public record Row(Application application, CallSummary call, String callTitle, String nextStep,
                      Instant closesAt, String countdown, boolean closed) {
        public long getId() { return application.id(); }
        public Application getApplication() { return application; }
        public String getCallTitle() { return callTitle; }
        public String getNextStep() { return nextStep; }
        public Instant getClosesAt() { return closesAt; }
        public String getCountdown() { return countdown; }
        public boolean isClosed() { return closed; }
    }

    public List<Application> getApplications() {
        if (shown == null) {
            shown = applications.mine();
        }
        return shown;
    }

    public List<Row> getRows() {
        if (rows == null) {
            Instant now = getNow();
            Locale locale = language.getLocale();
            // the calls of all rows in one query
            Map<Long, CallSummary> byId = calls.publicSummaries(getApplications().stream().map(Application::callId)
                    .collect(Collectors.toSet()));
            rows = getApplications().stream().map(a -> {
                Optional<CallSummary> call = Optional.ofNullable(byId.get(a.callId()));
                Instant closesAt = call.map(CallSummary::closesAt).orElse(null);
                Countdown countdown = Countdown.until(closesAt, now);
                String next = NextStep.of(a.status(), closesAt, a.moreInfoUntil(), a.moreInfoSections(),
                        a.screeningReason(), now).map(step -> step.text(locale)).orElse("");
                return new Row(a, call.orElse(null), call.map(c -> c.title(locale)).orElse(""), next, closesAt,
                        countdown.text(locale), countdown.isClosed());
            }).toList();
        }
        return rows;
    }

    /** The server's clock when the page is rendered: the instant the countdowns are counted from. */
    public Instant getNow() {
        if (now == null) {
            now = applications.now();
        }
        return now;
    }

    public List<Membership> getOrganisations() {
        if (memberships == null) {
            memberships = organisations.mine();
        }
        return memberships;
    }
}
