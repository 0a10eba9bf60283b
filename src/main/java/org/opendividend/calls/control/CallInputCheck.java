package org.opendividend.calls.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Text;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules every saved draft keeps, even an incomplete one: lengths that fit, whole non-negative TWD amounts,
 * dates in order, known ministries and languages, criteria on their scales, open licences only. Completeness is
 * the publication check's business.
 */
@ApplicationScoped
public class CallInputCheck {

    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 2000;
    static final int DESCRIPTION_MAX = 20000;
    static final int CRITERION_NAME_MAX = 200;
    static final int CRITERION_DESCRIPTION_MAX = 2000;
    static final int QUESTION_LABEL_MAX = 500;
    static final int SECTION_MAX = 200;
    static final int OPTIONS_MAX = 4000;

    @Inject
    LicenceCatalogue licences;

    public CallInputCheck() {
    }

    /** For unit tests, without CDI. */
    public CallInputCheck(LicenceCatalogue licences) {
        this.licences = licences;
    }

    public List<FieldProblem> problems(CallContent c, Set<String> knownMinistries) {
        List<FieldProblem> problems = new ArrayList<>();
        texts(problems, c.texts());
        funding(problems, c.funding(), knownMinistries);
        if (c.timetable().opensAt() != null && c.timetable().closesAt() != null
                && !c.timetable().opensAt().isBefore(c.timetable().closesAt())) {
            problems.add(FieldProblem.of("closesAt", "call.problem.datesReversed"));
        }
        c.eligibility().targetLanguages().stream().filter(code -> !TargetLanguages.isKnown(code))
                .forEach(code -> problems.add(FieldProblem.of("targetLanguages", "call.problem.unknownLanguage", code)));
        review(problems, c.review());
        questions(problems, c.eligibility().questions());
        outputs(problems, c.outputs());
        return problems;
    }

    private static void funding(List<FieldProblem> problems, CallContent.Funding f, Set<String> knownMinistries) {
        Text.wholeTwd(problems, "budget", f.budget());
        Text.wholeTwd(problems, "minGrant", f.minGrant());
        Text.wholeTwd(problems, "maxGrant", f.maxGrant());
        if (isPositive(f.minGrant()) && isPositive(f.maxGrant()) && f.minGrant().compareTo(f.maxGrant()) > 0) {
            problems.add(FieldProblem.of("maxGrant", "call.problem.maxBelowMin"));
        }
        Text.between(problems, "maxDurationMonths", f.maxDurationMonths(), 1, 120);
        f.shares().forEach((ministry, amount) -> {
            if (!knownMinistries.contains(ministry)) {
                problems.add(FieldProblem.of("shares", "call.problem.unknownMinistry", ministry));
            }
            Text.wholeTwd(problems, "shares." + ministry, amount);
        });
    }

    private static void review(List<FieldProblem> problems, CallContent.Review r) {
        criteria(problems, r.criteria());
        if (r.overallThreshold() == null || r.overallThreshold().signum() < 0
                || r.overallThreshold().compareTo(BigDecimal.TEN) > 0) {
            problems.add(FieldProblem.of("overallThreshold", "validation.between", 0, 10));
        }
        Text.between(problems, "reviewsPerApplication", r.reviewsPerApplication(), 1, 10);
    }

    private void outputs(List<FieldProblem> problems, CallContent.Outputs o) {
        o.allowedLicences().forEach((type, ids) -> ids.forEach(id -> licence(problems, type, id)));
        Text.between(problems, "releaseDeadlineMonths", o.releaseDeadlineMonths(), 0, 60);
        Text.between(problems, "retentionPercent", o.retentionPercent(), 0, 100);
    }

    private static void texts(List<FieldProblem> problems, CallTexts t) {
        Text.maxLength(problems, "titleZhTw", t.titleZhTw(), TITLE_MAX);
        Text.maxLength(problems, "titleEn", t.titleEn(), TITLE_MAX);
        Text.maxLength(problems, "summaryZhTw", t.summaryZhTw(), SUMMARY_MAX);
        Text.maxLength(problems, "summaryEn", t.summaryEn(), SUMMARY_MAX);
        Text.maxLength(problems, "descriptionZhTw", t.descriptionZhTw(), DESCRIPTION_MAX);
        Text.maxLength(problems, "descriptionEn", t.descriptionEn(), DESCRIPTION_MAX);
    }

    /** The checks of texts alone, for corrections after publication. */
    public List<FieldProblem> textProblems(CallTexts t) {
        List<FieldProblem> problems = new ArrayList<>();
        texts(problems, t);
        return problems;
    }

    private static void criteria(List<FieldProblem> problems, List<CallContent.CriterionSpec> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            CallContent.CriterionSpec c = criteria.get(i);
            String field = "criteria." + i;
            Text.maxLength(problems, field + ".nameZhTw", c.text().nameZhTw(), CRITERION_NAME_MAX);
            Text.maxLength(problems, field + ".nameEn", c.text().nameEn(), CRITERION_NAME_MAX);
            Text.maxLength(problems, field + ".descriptionZhTw", c.text().descriptionZhTw(), CRITERION_DESCRIPTION_MAX);
            Text.maxLength(problems, field + ".descriptionEn", c.text().descriptionEn(), CRITERION_DESCRIPTION_MAX);
            Text.between(problems, field + ".weight", c.weightPercent(), 0, 100);
            if (c.scale() == null) {
                problems.add(FieldProblem.of(field + ".scale", "validation.required"));
            } else if (!c.scale().contains(c.threshold())) {
                problems.add(FieldProblem.of(field + ".threshold", "call.problem.thresholdOffScale",
                        c.scale().min(), c.scale().max()));
            }
        }
    }

    private static void questions(List<FieldProblem> problems, List<org.opendividend.calls.entity.Question.QuestionSpec> questions) {
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            String field = "questions." + i;
            Text.maxLength(problems, field + ".sectionZhTw", q.sectionZhTw(), SECTION_MAX);
            Text.maxLength(problems, field + ".sectionEn", q.sectionEn(), SECTION_MAX);
            Text.maxLength(problems, field + ".labelZhTw", q.labelZhTw(), QUESTION_LABEL_MAX);
            Text.maxLength(problems, field + ".labelEn", q.labelEn(), QUESTION_LABEL_MAX);
            Text.maxLength(problems, field + ".optionsZhTw", q.optionsZhTw(), OPTIONS_MAX);
            Text.maxLength(problems, field + ".optionsEn", q.optionsEn(), OPTIONS_MAX);
            if (q.type() == null) {
                problems.add(FieldProblem.of(field + ".type", "validation.required"));
            }
            if (q.wordLimit() != null && q.wordLimit() < 1) {
                problems.add(FieldProblem.of(field + ".wordLimit", "validation.between", 1, Integer.MAX_VALUE));
            }
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
            if (choice && (blank(q.optionsZhTw()) || blank(q.optionsEn()))) {
                problems.add(FieldProblem.of(field + ".options", "call.problem.choicesMissing"));
            } else if (choice && !q.optionsPaired()) {
                problems.add(FieldProblem.of(field + ".options", "call.problem.choicesUnpaired"));
            }
        }
    }

    private void licence(List<FieldProblem> problems, OutputType type, String id) {
        for (String reason : licences.refusalReasons(id, type)) {
            problems.add(FieldProblem.of("licences." + type.name(), "call.problem.licenceRefused", id,
                    new Translatable(type.labelKey()), new Translatable(reason)));
        }
    }

    private static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
