package org.opendividend.review.control;

import org.opendividend.review.control.EligibilityItem.Verdict;
import org.opendividend.applications.control.BudgetRules;
import org.opendividend.applications.control.ChoiceAnswers;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.QuestionView;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The screening checklist, derived from the call's rules and computed on what was submitted: the applying
 * organisation's type among the call's eligible types, the budget total within the grant limits, the duration
 * within the maximum, every required question answered, every planned output under a licence of the call's policy,
 * and the required attachments present — the last left "not checked" until the attachments component can answer
 * (pass {@code null} for {@code attachmentsPresent}).
 */
public final class EligibilityChecklist {

    private EligibilityChecklist() {
    }

    /**
     * @param attachmentsPresent the attachment types the application carries, or {@code null} when not known
     */
    public static List<EligibilityItem> of(CallView call, OrganisationType organisationType, ApplicationContent c,
                                           Set<AttachmentType> attachmentsPresent) {
        List<EligibilityItem> items = new ArrayList<>();
        items.add(organisationType(call, organisationType));
        items.add(budget(call, c));
        items.add(duration(call, c));
        items.add(questions(call, c));
        items.add(licences(call, c));
        items.add(attachments(call, attachmentsPresent));
        return items;
    }

    /** Whether every item the system could check passed. */
    public static boolean allChecksPass(List<EligibilityItem> items) {
        return items.stream().noneMatch(i -> i.verdict() == Verdict.FAIL);
    }

    static EligibilityItem organisationType(CallView call, OrganisationType type) {
        Set<OrganisationType> eligible = call.organisationTypes();
        boolean pass = type != null && (eligible.isEmpty() || eligible.contains(type));
        return new EligibilityItem("organisationType", verdict(pass),
                List.of(type == null ? "—" : new Translatable(type.labelKey())));
    }

    static EligibilityItem budget(CallView call, ApplicationContent c) {
        BigDecimal total = BudgetRules.total(c.budget());
        boolean pass = !c.budget().isEmpty() && total.compareTo(call.minGrant()) >= 0 && total.compareTo(call.maxGrant()) <= 0;
        return new EligibilityItem("budget", verdict(pass), List.of(total, call.minGrant(), call.maxGrant()));
    }

    static EligibilityItem duration(CallView call, ApplicationContent c) {
        Integer months = c.durationMonths();
        boolean pass = months != null && months >= 1 && months <= call.maxDurationMonths();
        return new EligibilityItem("duration", verdict(pass), List.of(months == null ? 0 : months, call.maxDurationMonths()));
    }

    static EligibilityItem questions(CallView call, ApplicationContent c) {
        Map<Long, String> answers = c.answers();
        long required = call.questions().stream().filter(QuestionView::required).count();
        long missing = call.questions().stream().filter(QuestionView::required)
                .filter(q -> !ChoiceAnswers.isAnswered(q, answers.get(q.id()))).count();
        return new EligibilityItem("questions", verdict(missing == 0), List.of(required - missing, required));
    }

    static EligibilityItem licences(CallView call, ApplicationContent c) {
        var policy = call.allowedLicences();
        Predicate<PlannedOutput> allowed = o -> o.type() != null && policy.get(o.type()).contains(o.licenceId());
        String outside = c.outputs().stream().filter(allowed.negate()).map(PlannedOutput::licenceId)
                .map(l -> l == null || l.isBlank() ? "—" : l).distinct().collect(Collectors.joining(", "));
        boolean pass = !c.outputs().isEmpty() && outside.isEmpty();
        return new EligibilityItem("licences", verdict(pass), List.of(c.outputs().size(), outside.isEmpty() ? "—" : outside));
    }

    static EligibilityItem attachments(CallView call, Set<AttachmentType> present) {
        Set<AttachmentType> required = call.requiredAttachments();
        if (required.isEmpty()) {
            return new EligibilityItem("attachments", Verdict.PASS, List.of("—"));
        }
        String names = required.stream().sorted().map(AttachmentType::name).collect(Collectors.joining(", "));
        if (present == null) {
            return new EligibilityItem("attachments", Verdict.NOT_CHECKED, List.of(names));
        }
        return new EligibilityItem("attachments", verdict(present.containsAll(required)), List.of(names));
    }

    private static Verdict verdict(boolean pass) {
        return pass ? Verdict.PASS : Verdict.FAIL;
    }
}
