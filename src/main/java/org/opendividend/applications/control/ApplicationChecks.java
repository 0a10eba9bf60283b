package org.opendividend.applications.control;

import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.platform.validation.Orcid;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.QuestionView;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Text;
import org.opendividend.platform.validation.Translatable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The two checks of an application. {@link #saveProblems}: what the working copy can never hold (text longer than
 * its column, malformed ORCID iDs, bad budget lines) — a save is refused, the page keeps what was typed.
 * {@link #submissionProblems}: what is still missing or outside the call's rules — the summary before submission.
 */
public final class ApplicationChecks {

    static final int ABSTRACT_WORDS = 500;
    /** The columns of the ethics answers ({@code V4__applications.sql}). */
    static final int ETHICS_MAX = 4000;
    /** ISO 639-3 codes of Taiwan's indigenous languages: data about them needs the community's consent. */
    static final Set<String> INDIGENOUS = Set.of("ami", "tay", "pwn", "bnn", "pyu", "dru", "tsu", "xsy", "tao", "ssf",
            "ckv", "trv", "szy", "sxr", "xnb");

    private ApplicationChecks() {
    }

    public static List<FieldProblem> saveProblems(ApplicationContent c) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.maxLength(problems, "titleZhTw", c.titleZhTw(), 300);
        Text.maxLength(problems, "titleEn", c.titleEn(), 300);
        Text.maxLength(problems, "abstractText", c.abstractText(), 20000);
        for (int i = 0; i < c.team().size(); i++) {
            TeamMember m = c.team().get(i);
            Text.maxLength(problems, "team." + i + ".fullName", m.fullName(), 200);
            Text.maxLength(problems, "team." + i + ".affiliation", m.affiliation(), 300);
            if (m.orcid() != null && !m.orcid().isBlank() && Orcid.parse(m.orcid()).isEmpty()) {
                problems.add(FieldProblem.of("team." + i + ".orcid", "application.problem.orcid", m.orcid()));
            }
        }
        c.answers().forEach((question, answer) -> Text.maxLength(problems, "answers." + question, answer, 20000));
        problems.addAll(BudgetRules.lineProblems(c.budget(), c.durationMonths() == null ? 12 : c.durationMonths()));
        for (int i = 0; i < c.outputs().size(); i++) {
            PlannedOutput o = c.outputs().get(i);
            Text.maxLength(problems, "outputs." + i + ".title", o.title(), 300);
            Text.maxLength(problems, "outputs." + i + ".description", o.description(), 2000);
            Text.maxLength(problems, "outputs." + i + ".registry", o.registry(), 500);
            Text.maxLength(problems, "outputs." + i + ".licenceId", o.licenceId(), 64);
            Text.maxLength(problems, "outputs." + i + ".languages", o.languages(), 200);
        }
        ApplicationContent.Ethics e = c.ethics();
        Text.maxLength(problems, "personalDataMeasures", e.personalDataMeasures(), ETHICS_MAX);
        Text.maxLength(problems, "communityConsent", e.communityConsent(), ETHICS_MAX);
        Text.maxLength(problems, "trainingDataRights", e.trainingDataRights(), ETHICS_MAX);
        exclusions(problems, c.exclusions());
        return problems;
    }

    /**
     * The reviewers to exclude: at most {@link ReviewerExclusion#MAX}, each naming someone (a name, or an e-mail address
     * or organisation) and giving the reason officers will weigh; text within its column
     * ({@code V16__conflicts_of_interest.sql}).
     */
    private static void exclusions(List<FieldProblem> problems, List<ReviewerExclusion> exclusions) {
        if (exclusions.size() > ReviewerExclusion.MAX) {
            problems.add(FieldProblem.of("exclusions", "application.problem.tooManyExclusions", ReviewerExclusion.MAX));
        }
        for (int i = 0; i < exclusions.size(); i++) {
            ReviewerExclusion x = exclusions.get(i);
            String field = "exclusions." + i + ".";
            Text.maxLength(problems, field + "fullName", x.fullName(), 200);
            Text.maxLength(problems, field + "emailOrOrganisation", x.emailOrOrganisation(), 300);
            Text.maxLength(problems, field + "reason", x.reason(), 1000);
            boolean named = !blank(x.fullName()) || !blank(x.emailOrOrganisation());
            if (named && blank(x.reason())) {
                problems.add(FieldProblem.of(field + "reason", "application.problem.exclusionReason"));
            } else if (!named) {
                problems.add(FieldProblem.of(field + "fullName", "application.problem.exclusionWho"));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** What stands in the way of submission, the attachments included: one problem per required type not attached. */
    public static List<FieldProblem> submissionProblems(ApplicationContent c, CallView call,
                                                        Collection<AttachmentType> attached) {
        List<FieldProblem> problems = submissionProblems(c, call);
        problems.addAll(attachmentProblems(call, attached));
        return problems;
    }

    /** One problem per attachment type the call requires and the application lacks, in the enum's order. */
    public static List<FieldProblem> attachmentProblems(CallView call, Collection<AttachmentType> attached) {
        List<FieldProblem> problems = new ArrayList<>();
        for (AttachmentType type : call.requiredAttachments()) {
            if (!attached.contains(type)) {
                problems.add(FieldProblem.of(null, "attachment.problem.missing", new Translatable(type.labelKey())));
            }
        }
        return problems;
    }

    public static List<FieldProblem> submissionProblems(ApplicationContent c, CallView call) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "titleZhTw", c.titleZhTw());
        Text.required(problems, "titleEn", c.titleEn());
        Text.required(problems, "abstractText", c.abstractText());
        if (WordCount.of(c.abstractText()) > ABSTRACT_WORDS) {
            problems.add(FieldProblem.of("abstractText", "application.problem.wordLimit", ABSTRACT_WORDS,
                    WordCount.of(c.abstractText())));
        }
        if (c.startDate() == null) {
            problems.add(FieldProblem.of("startDate", "validation.required"));
        }
        if (c.durationMonths() == null || c.durationMonths() < 1 || c.durationMonths() > call.maxDurationMonths()) {
            problems.add(FieldProblem.of("durationMonths", "validation.between", 1, call.maxDurationMonths()));
        }
        if (c.team().stream().filter(TeamMember::principal).count() != 1) {
            problems.add(FieldProblem.of("team", "application.problem.onePrincipal"));
        }
        for (QuestionView q : call.questions()) {
            String answer = c.answers().getOrDefault(q.id(), "");
            // an answer typed before the options could be chosen does not answer a choice question
            if (q.required() && !ChoiceAnswers.isAnswered(q, answer)) {
                problems.add(FieldProblem.of("answers." + q.id(), q.isChoice()
                        ? "application.problem.choiceRequired" : "application.problem.answerRequired"));
            }
            if (!q.isChoice() && q.wordLimit() != null && WordCount.of(answer) > q.wordLimit()) {
                problems.add(FieldProblem.of("answers." + q.id(), "application.problem.wordLimit", q.wordLimit(),
                        WordCount.of(answer)));
            }
        }
        problems.addAll(BudgetRules.submissionProblems(c.budget(), call.minGrant(), call.maxGrant()));
        outputs(problems, c.outputs(), call);
        ethics(problems, c.ethics(), call);
        return problems;
    }

    private static void outputs(List<FieldProblem> problems, List<PlannedOutput> outputs, CallView call) {
        if (outputs.isEmpty()) {
            problems.add(FieldProblem.of("outputs", "application.problem.noOutputs"));
        }
        var policy = call.allowedLicences();
        for (int i = 0; i < outputs.size(); i++) {
            PlannedOutput o = outputs.get(i);
            if (o.type() == null) {
                problems.add(FieldProblem.of("outputs." + i + ".type", "validation.required"));
            } else if (!policy.get(o.type()).contains(o.licenceId())) {
                problems.add(FieldProblem.of("outputs." + i + ".licenceId", "application.problem.licenceNotInPolicy",
                        o.licenceId(), String.join(", ", policy.get(o.type()))));
            }
            Text.required(problems, "outputs." + i + ".title", o.title());
            if (o.plannedRelease() == null) {
                problems.add(FieldProblem.of("outputs." + i + ".plannedRelease", "validation.required"));
            }
        }
    }

    private static void ethics(List<FieldProblem> problems, ApplicationContent.Ethics e, CallView call) {
        if (e.personalData() && (e.personalDataMeasures() == null || e.personalDataMeasures().isBlank())) {
            problems.add(FieldProblem.of("personalDataMeasures", "application.problem.personalData"));
        }
        boolean indigenous = call.targetLanguages().stream().anyMatch(INDIGENOUS::contains);
        if (indigenous && (e.communityConsent() == null || e.communityConsent().isBlank())) {
            problems.add(FieldProblem.of("communityConsent", "application.problem.fpic"));
        }
        Text.required(problems, "trainingDataRights", e.trainingDataRights());
    }
}
