package org.opendividend.applications.control;

import org.opendividend.applications.entity.ApplicationStatus;
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
 * the server's clock. Instants are shown in Asia/Taipei. A withdrawn or rejected application has no next step.
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
        boolean callOpen = callClosesAt != null && now.isBefore(callClosesAt);
        NextStep step = switch (status) {
            case DRAFT -> callOpen ? step("nextStep.draft", callClosesAt) : step("nextStep.draftClosed", null);
            case SUBMITTED -> callOpen ? step("nextStep.submitted", callClosesAt) : step("nextStep.submittedClosed", null);
            case MORE_INFO_REQUESTED -> moreInfoUntil != null && now.isBefore(moreInfoUntil)
                    ? new NextStep("nextStep.moreInfo", moreInfoUntil,
                    openSections == null ? List.of() : openSections.stream().sorted().toList(), null)
                    : step("nextStep.moreInfoExpired", moreInfoUntil);
            case ELIGIBLE -> step("nextStep.eligible", null);
            case INELIGIBLE -> new NextStep("nextStep.ineligible", null, List.of(),
                    reason == null || reason.isBlank() ? "—" : reason.strip());
            case IN_REVIEW, RANKED, DECISION_PROPOSED -> step("nextStep.inReview", null);
            case APPROVED -> step("nextStep.approved", null);
            case RESERVE -> step("nextStep.reserve", null);
            case REJECTED, WITHDRAWN -> null;
        };
        return Optional.ofNullable(step);
    }

    private static NextStep step(String key, Instant deadline) {
        return new NextStep(key, deadline, List.of(), null);
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
