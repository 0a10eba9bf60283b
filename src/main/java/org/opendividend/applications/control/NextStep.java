package org.opendividend.applications.control;

import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ApplicationWorkflow;
import org.opendividend.applications.entity.ApplicationWorkflow.Deadline;
import org.opendividend.applications.entity.ApplicationWorkflow.NextStepHint;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Texts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the applicant does next with an application, in plain words, from its state and the instants that bound it
 * (the call's closing instant, the officer's date after a request for more information), decided at {@code now} on
 * the server's clock. Instants are shown in Asia/Taipei. Which step a state has, and what bounds it, is the
 * workflow's to say ({@link ApplicationWorkflow.State#nextStep()}): a withdrawn or rejected application has none.
 *
 * @param key       the message key ({@code nextStep.…})
 * @param deadline  the instant the step must be done before, or null
 * @param sections  the sections open for change (after a request for more information), in the wizard's order
 * @param reason    the officer's reason (not eligible), or null
 */
public record NextStep(String key, Instant deadline, List<ScreeningSection> sections, String reason) {

    public NextStep {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /**
     * @param status        where the application is
     * @param callClosesAt  the call's closing instant (after any extension)
     * @param moreInfoUntil the officer's date after a request for more information, or null
     * @param openSections  the sections the officer opened, or empty
     * @param reason        the screening reason, or null
     * @param now           the server's clock
     */
    public static Optional<NextStep> of(ApplicationStatus status, Instant callClosesAt, Instant moreInfoUntil,
                                        Collection<ScreeningSection> openSections, String reason, Instant now) {
        return ApplicationWorkflow.state(status).nextStep()
                .map(hint -> of(hint, callClosesAt, moreInfoUntil, openSections, reason, now));
    }

    /** The step the workflow names for the state, told in time or after its deadline passed. */
    private static NextStep of(NextStepHint hint, Instant callClosesAt, Instant moreInfoUntil,
                               Collection<ScreeningSection> openSections, String reason, Instant now) {
        String told = hint.tellsReason() ? (reason == null || reason.isBlank() ? "—" : reason.strip()) : null;
        return switch (hint.deadline()) {
            case NONE -> new NextStep(hint.key(), null, List.of(), told);
            case CALL_CLOSING -> Deadline.isOpenAt(callClosesAt, now)
                    ? new NextStep(hint.key(), callClosesAt, List.of(), told)
                    : new NextStep(hint.passedKey(), null, List.of(), told);
            case OFFICERS_DATE -> Deadline.isOpenAt(moreInfoUntil, now)
                    ? new NextStep(hint.key(), moreInfoUntil,
                    openSections == null ? List.of() : openSections.stream().sorted().toList(), told)
                    : new NextStep(hint.passedKey(), moreInfoUntil, List.of(), told);
        };
    }

    /** The arguments of the message: {0} the deadline in Taipei time, {1} the sections, {2} the reason. */
    public List<Object> arguments(Locale locale) {
        String separator = "zh".equals(locale.getLanguage()) ? "、" : ", ";
        String named = sections.stream().map(s -> Texts.text(locale, s.labelKey())).collect(Collectors.joining(separator));
        return List.of(Formats.taipei(deadline), named, reason == null ? "" : reason);
    }

    /** The words in a language of the bundles. */
    public String text(Locale locale) {
        return Texts.text(locale, key, arguments(locale).toArray());
    }
}
