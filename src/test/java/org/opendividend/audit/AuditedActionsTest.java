package org.opendividend.audit;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.ApplicationChange;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.audit.entity.AuditLogAction;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallChange;
import org.opendividend.organisations.entity.OrganisationChange;
import org.opendividend.outputs.entity.ObligationAction;
import org.opendividend.people.entity.PersonChange;
import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.AssignmentChange;
import org.opendividend.review.entity.ReminderChange;
import org.opendividend.review.entity.ConflictChange;
import org.opendividend.review.entity.AnnouncementAction;
import org.opendividend.review.entity.DecisionAction;
import org.opendividend.review.entity.ResponseAction;
import org.opendividend.review.entity.ReviewerChange;
import org.opendividend.review.entity.ScreeningChange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static java.util.Map.entry;

/**
 * The audit actions are typed (every event's {@code action()} is an {@link AuditedAction}, so an action the code does
 * not name does not compile), and typing them changed nothing the log stores: each enum's names are exactly the
 * strings its component recorded before, so the chains written then still verify and read the same. Every action has
 * a label in both languages for the audit page.
 */
class AuditedActionsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern AUDITED_ENUM = Pattern.compile("enum\\s+(\\w+)\\s+implements[^{]*\\bAuditedAction\\b");

    /** The strings stored before the actions were typed, by the enum that names them now. */
    private static final Map<Class<? extends Enum<?>>, Set<String>> STORED_SO_FAR = Map.ofEntries(
            entry(CallChange.class, Set.of("CREATED", "REVISED", "SHARE_CHANGED", "SHARE_ACCEPTED", "SHARE_DECLINED",
                    "SHARE_CONSENT_VOIDED", "TEXTS_CORRECTED", "DEADLINE_EXTENDED", "RESPONSE_WINDOW_OPENED")),
            entry(CallAction.class, Set.of("PUBLISH", "OPEN", "CLOSE", "START_REVIEW", "DECIDE", "ARCHIVE")),
            entry(OrganisationChange.class, Set.of("CREATED", "UPDATED", "MEMBER_INVITED", "INVITATION_REVOKED",
                    "MEMBER_JOINED", "ROLE_CHANGED", "MEMBER_REMOVED")),
            entry(ApplicationChange.class, Set.of("STARTED", "SAVED", "SUBMITTED", "RESUBMITTED", "WITHDRAWN",
                    "ATTACHMENT_UPLOADED", "ATTACHMENT_REPLACED", "ATTACHMENT_DELETED")),
            entry(ScreeningChange.class, Set.of("SCREENED_ELIGIBLE", "SCREENED_INELIGIBLE", "SCREENED_MORE_INFO")),
            entry(ConflictChange.class, Set.of("CONFLICT_ADDED", "CONFLICT_LIFTED")),
            entry(ReviewerChange.class, Set.of("REVIEWER_INVITED", "INVITATION_DECLINED", "REVIEWER_PROFILE_CHANGED")),
            entry(ReminderChange.class, Set.of("REVIEW_REMINDER_SENT")),
            entry(PersonChange.class, Set.of("REGISTERED", "PROFILE_CHANGED")),
            entry(AuditLogAction.class, Set.of("ACCESS_REFUSED")),
            entry(AssignmentAction.class, Set.of("DECLARE_NO_CONFLICT", "DECLARE_CONFLICT", "DECLINE", "SUBMIT_REVIEW",
                    "WITHDRAW", "REASSIGN")),
            entry(AssignmentChange.class, Set.of("ASSIGNMENT_RUN", "ASSIGNED_BY_HAND", "ASSIGNMENTS_MAILED")),
            entry(DecisionAction.class, Set.of("EDIT", "PROPOSE", "RETURN", "APPROVE", "CONFIRM_SHARE", "REFUSE_SHARE",
                    "COMPLETE")),
            entry(AnnouncementAction.class, Set.of("OUTCOME_ANNOUNCED")),
            entry(ResponseAction.class, Set.of("APPLICANT_RESPONDED")),
            entry(AwardAction.class, Set.of("OFFER_AWARD", "ACCEPT_AWARD", "DECLINE_AWARD", "WITHDRAW_AWARD",
                    "SUSPEND_AWARD", "RESUME_AWARD", "TERMINATE_AWARD", "PROPOSE_MEASURE", "REFUSE_MEASURE")),
            entry(DisbursementAction.class, Set.of("REQUEST_TRANCHE", "CHECK_TRANCHE", "APPROVE_TRANCHE_FIRST",
                    "APPROVE_TRANCHE", "RECORD_PAYMENT", "RETURN_TRANCHE")),
            entry(ObligationAction.class, Set.of("REGISTER_OUTPUT", "CHECK_OUTPUT", "FLAG_OUTPUT", "VERIFY_OUTPUT",
                    "MARK_NON_COMPLIANT")));

    @Test
    void eachEnumStoresTheStringsUsedSoFar() {
        STORED_SO_FAR.forEach((type, stored) -> assertEquals(new TreeSet<>(stored), names(type), type.getSimpleName()));
    }

    @Test
    void everyEnumOfAuditedActionsIsListedHere() throws IOException {
        // a new enum of actions, or a new constant, is a new stored value: it is added above, on purpose
        assertEquals(STORED_SO_FAR.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)),
                auditedEnumsInTheSources());
    }

    @Test
    void aScreeningIsRecordedAsItWasBefore() {
        for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
            assertEquals("SCREENED_" + outcome.name(), ScreeningChange.of(outcome).name());
        }
    }

    @Test
    void everyActionHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : STORED_SO_FAR.keySet()) {
            for (String name : names(type)) {
                String key = AuditEntry.actionLabelKey(name);
                for (Locale language : Languages.SUPPORTED) {
                    assertNotEquals(key, Texts.text(language, key), key + " in " + language);
                }
            }
        }
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> auditedEnumsInTheSources() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = AUDITED_ENUM.matcher(Files.readString(file));
                if (matcher.find()) {
                    String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                    found.add(pkg + "." + matcher.group(1));
                }
            }
        }
        return found;
    }
}
