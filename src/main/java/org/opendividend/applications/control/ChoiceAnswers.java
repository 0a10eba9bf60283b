package org.opendividend.applications.control;

import org.opendividend.applications.entity.ChosenOptions;
import org.opendividend.calls.boundary.QuestionView;
import org.opendividend.platform.validation.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers to the call's choice questions: what may be stored (only options the question offers, one for a single
 * choice), whether a question is answered by a choice, and how an answer reads in a language. An answer typed before
 * choice questions were shown as choices is kept as long as it is not changed, and shown as it was written.
 */
public final class ChoiceAnswers {

    private ChoiceAnswers() {
    }

    /**
     * What a save may not store: a choice of an option the question does not offer, more than one option for a
     * single choice, or text (other than the text already stored) where options are to be chosen.
     *
     * @param stored the answers the working copy holds now
     */
    public static List<FieldProblem> saveProblems(List<QuestionView> questions, Map<Long, String> answers,
                                                  Map<Long, String> stored) {
        List<FieldProblem> problems = new ArrayList<>();
        for (QuestionView q : questions) {
            String answer = answers.getOrDefault(q.id(), "");
            if (!q.isChoice() || answer.isBlank() || Objects.equals(answer, stored.get(q.id()))) {
                continue;
            }
            String field = "answers." + q.id();
            Optional<ChosenOptions> chosen = ChosenOptions.parse(answer);
            if (chosen.isEmpty()) {
                problems.add(FieldProblem.of(field, "application.problem.optionNotOffered", answer.strip()));
                continue;
            }
            chosen.get().positions().stream().filter(p -> p >= q.optionCount()).findFirst().ifPresent(p ->
                    problems.add(FieldProblem.of(field, "application.problem.optionNotOffered", p)));
            if (!q.isMultipleChoice() && chosen.get().positions().size() > 1) {
                problems.add(FieldProblem.of(field, "application.problem.oneOption"));
            }
        }
        return problems;
    }

    /** Whether the answer picks at least one option (an answer typed instead is not a choice). */
    public static boolean isChosen(String answer) {
        return ChosenOptions.parse(answer).filter(c -> !c.isEmpty()).isPresent();
    }

    /**
     * Whether a question is answered, for the submission's check and the officer's checklist alike: a choice question
     * by an option chosen, any other by text.
     */
    public static boolean isAnswered(QuestionView q, String answer) {
        return q.isChoice() ? isChosen(answer) : answer != null && !answer.isBlank();
    }

    /**
     * The answer as a reader sees it in {@code locale}: the chosen options' texts, one per line, for a choice; the
     * text as written otherwise (answers to other questions, and answers typed before choices were offered).
     */
    public static String shown(QuestionView q, String answer, Locale locale) {
        if (answer == null || !q.isChoice()) {
            return answer;
        }
        List<String> options = q.options(locale);
        return ChosenOptions.parse(answer)
                .map(c -> c.positions().stream().map(p -> p < options.size() ? options.get(p) : "#" + (p + 1))
                        .collect(Collectors.joining("\n")))
                .orElse(answer);
    }
}
