package org.opendividend.outputs.boundary;

import org.opendividend.outputs.control.MofClassifier;
import org.opendividend.outputs.control.MofComponent;
import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.outputs.entity.StoredCheck;
import org.opendividend.outputs.entity.TrackedObligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An output obligation as the pages and the API show it: its terms, the registration, the latest checks with their
 * evidence, the MOF assessment of model weights, the officer's verdict with its reason, the findings of a re-check,
 * and what the reader may do with it.
 */
public record ObligationView(long id, long awardId, String awardNumber, int position, OutputType type, String title,
        String plannedLicence, String allowedLicences, LocalDate releaseBy, String languages, int requiredMofClass,
        ObligationState state, String url, OutputRegistry registry, String revision, String identifier,
        String declaredLicence, Instant registeredAt, Instant checkedAt, String verdictReason, Instant judgedAt,
        boolean flagged, List<Finding> findings, List<CheckView> checks, List<MofEntry> mofComponents, Mof mof,
        long version, boolean mayRegister, boolean mayJudge) {

    /** One check: its name's and verdict's label keys, its message (a pattern over the arguments), its evidence. */
    public record CheckView(String check, String verdict, String messageKey, List<String> arguments,
            List<String> reasonKeys, String evidenceField, String evidenceValue) {

        public String labelKey() {
            return "outputs.check.name." + check;
        }

        public String verdictKey() {
            return "outputs.check.verdict." + verdict;
        }
    }

    /** A re-check's finding: the check's name and the evidence before and after. */
    public record Finding(String check, String change) {

        public String labelKey() {
            return "outputs.check.name." + check;
        }
    }

    /**
     * The MOF class the listed components reach (3, 2, 1; 0 none), the next one with what it misses, and whether it
     * meets the class the call requires ({@code requiredMofClass} 0: none required).
     */
    public record Mof(int reached, int next, List<MofComponent> missingForNext, List<MofClassifier.Problem> problems,
            boolean meetsRequired) {
    }

    static ObligationView of(TrackedObligation o, MofClassifier classifier, boolean mayRegister, boolean mayJudge) {
        List<CheckView> checks = o.checks().stream().map(ObligationView::check).toList();
        Mof mof = null;
        if (o.type() == OutputType.MODEL_WEIGHTS) {
            MofClassifier.MofAssessment a = classifier.assess(o.mofComponents().stream()
                    .map(e -> new MofClassifier.Entry(component(e.component()), e.licence(), e.location())).toList());
            mof = new Mof(a.mofClass(), a.nextClass(), a.missingForNext(), a.problemsForNext(),
                    o.requiredMofClass() == 0 || a.meets(o.requiredMofClass()));
        }
        return new ObligationView(o.id(), o.awardId(), o.awardNumber(), o.position(), o.type(), o.title(),
                o.plannedLicence(), o.allowedLicences(), o.releaseBy(), o.languages(), o.requiredMofClass(), o.state(),
                o.url(), o.registry(), o.revision(), o.identifier(), o.declaredLicence(), o.registeredAt(),
                o.checkedAt(), o.verdictReason(), o.judgedAt(), o.flagged(), findings(o.flagDetail()), checks,
                o.mofComponents(), mof, o.version(), mayRegister, mayJudge);
    }

    private static CheckView check(StoredCheck c) {
        return new CheckView(c.check(), c.verdict(), c.messageKey(), lines(c.arguments()), lines(c.reasonKeys()),
                c.evidenceField(), c.evidenceValue());
    }

    private static List<Finding> findings(String detail) {
        return lines(detail).stream().map(line -> {
            int space = line.indexOf(' ');
            return space < 0 ? new Finding(line, "") : new Finding(line.substring(0, space), line.substring(space + 1));
        }).toList();
    }

    private static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n", -1));
    }

    private static MofComponent component(String name) {
        try {
            return MofComponent.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
