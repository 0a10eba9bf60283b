package org.opendividend.outputs.control;

import org.opendividend.outputs.control.MofComponent.ContentType;
import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Model Openness Framework class a model reaches from the grantee's list of components (issue #13, item 5).
 * <p>
 * The rules, as the framework's tool applies them (lfai/model_openness_tool,
 * {@code web/modules/mof/src/ModelEvaluator.php} and {@code ComponentManager.php}): the classes are cumulative
 * &mdash; class III (Open Model) needs its required components, class II (Open Tooling) those of II and III, class I
 * (Open Science) those of all three &mdash; and a required component counts when it is released (here: has a
 * location) under an open licence of one of its content types; a missing component, an unstated licence or a
 * licence of another type blocks the class. Class III's technical report may be a research paper instead (the
 * framework's examples {@code Test_Data/Class3RTestFile…} and {@code Class3TTestFile…}). The licences per content type follow the tool's licence list
 * ({@code Test_Data/Test_Scripts/valid-mof-licenses.yml}: {@code ContentType} code for OSI or FSF approved software
 * licences, data for open data licences such as CDLA-Permissive, document for CC0, CC BY and CC BY-SA); the fund
 * reads them from its {@link LicenceCatalogue}, so that its own reasons (use restrictions of RAIL and Llama) stop a
 * component too.
 * <p>
 * The tool also shows a "conditional" class III when only the final parameters are under an open source licence;
 * that is reported ({@link MofAssessment#conditionalClassIII()}) but is no class: the fund counts only classes met.
 */
public class MofClassifier {

    /** One component as the grantee lists it. */
    public record Entry(MofComponent component, String licence, String location) {
    }

    /** Why a listed required component does not count. */
    public record Problem(MofComponent component, String reasonKey, String licence) {
    }

    /**
     * @param mofClass            the class reached: 3, 2 or 1 (1 is the most open), 0 for none
     * @param nextClass           the next class to reach, 0 when class I is reached
     * @param missingForNext      required components of the next class (cumulative) not listed or without location
     * @param problemsForNext     listed components of the next class whose licence does not count, with why
     * @param conditionalClassIII the tool's conditional pass: the final parameters under an OSI-approved licence
     */
    public record MofAssessment(int mofClass, int nextClass, List<MofComponent> missingForNext,
            List<Problem> problemsForNext, boolean conditionalClassIII) {

        /** Whether the class reached is at least as open as the required one (1 is more open than 3). */
        public boolean meets(int requiredClass) {
            return mofClass != 0 && mofClass <= requiredClass;
        }
    }

    public static final String MISSING_LICENCE = "outputs.mof.problem.noLicence";
    public static final String UNKNOWN_LICENCE = "outputs.mof.problem.unknownLicence";
    public static final String NOT_OPEN = "outputs.mof.problem.notOpen";
    public static final String WRONG_TYPE = "outputs.mof.problem.wrongType";

    private final LicenceCatalogue catalogue;

    public MofClassifier(LicenceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public MofAssessment assess(List<Entry> entries) {
        Map<MofComponent, Entry> listed = new EnumMap<>(MofComponent.class);
        for (Entry entry : entries) {
            if (entry != null && entry.component() != null && entry.location() != null
                    && !entry.location().isBlank()) {
                listed.putIfAbsent(entry.component(), entry);
            }
        }
        Entry paper = listed.get(MofComponent.RESEARCH_PAPER);
        if (paper != null) {
            // class III asks for a technical report or a research paper: the framework's own example
            // Test_Data/Class3RTestFile_C1_40%-C2_60%-C3_100%_6C_1G_6L_6V_0I_6T.yml reaches class III with a research
            // paper and no technical report, Class3TTestFile with a technical report
            listed.putIfAbsent(MofComponent.TECHNICAL_REPORT, paper);
        }
        Map<MofComponent, Problem> problems = new EnumMap<>(MofComponent.class);
        listed.forEach((component, entry) -> problem(entry).ifPresent(p -> problems.put(component, p)));

        int reached = 0;
        int next = 3;
        for (int mofClass = 3; mofClass >= 1; mofClass--) {
            if (!missing(mofClass, listed).isEmpty() || !blocking(mofClass, problems).isEmpty()) {
                break;
            }
            reached = mofClass;
            next = mofClass - 1;
        }
        Entry finalParameters = listed.get(MofComponent.MODEL_PARAMETERS_FINAL);
        boolean conditional = finalParameters != null && catalogue.classify(finalParameters.licence())
                .filter(l -> l.osiApproved() && l.open()).isPresent();
        return new MofAssessment(reached, next, next == 0 ? List.of() : missing(next, listed),
                next == 0 ? List.of() : blocking(next, problems), conditional);
    }

    /** Required components of the class and the classes below it in openness (cumulative), not listed. */
    private static List<MofComponent> missing(int mofClass, Map<MofComponent, Entry> listed) {
        List<MofComponent> missing = new ArrayList<>();
        for (MofComponent component : requiredFor(mofClass)) {
            if (!listed.containsKey(component)) {
                missing.add(component);
            }
        }
        return missing;
    }

    private static List<Problem> blocking(int mofClass, Map<MofComponent, Problem> problems) {
        return requiredFor(mofClass).stream().filter(problems::containsKey).map(problems::get).toList();
    }

    /** What a class requires: the required components of its own class and of every less open class. */
    static Set<MofComponent> requiredFor(int mofClass) {
        Set<MofComponent> required = EnumSet.noneOf(MofComponent.class);
        for (MofComponent component : MofComponent.values()) {
            if (component.required() && component.mofClass() >= mofClass) {
                required.add(component);
            }
        }
        return required;
    }

    private Optional<Problem> problem(Entry entry) {
        String licence = entry.licence() == null ? "" : entry.licence().trim();
        if (licence.isEmpty()) {
            return Optional.of(new Problem(entry.component(), MISSING_LICENCE, ""));
        }
        Optional<LicenceClassification> found = catalogue.classify(licence);
        if (found.isEmpty()) {
            return Optional.of(new Problem(entry.component(), UNKNOWN_LICENCE, licence));
        }
        LicenceClassification classification = found.get();
        if (!classification.open()) {
            return Optional.of(new Problem(entry.component(), NOT_OPEN, classification.id()));
        }
        boolean fits = entry.component().contentTypes().stream().anyMatch(type -> fits(classification, type));
        return fits ? Optional.empty() : Optional.of(new Problem(entry.component(), WRONG_TYPE, classification.id()));
    }

    /** Whether an open licence is one the framework lists for the content type. */
    static boolean fits(LicenceClassification licence, ContentType type) {
        return switch (type) {
            case CODE -> (licence.osiApproved() || licence.fsfLibre()) && licence.appropriateFor().contains(OutputType.CODE);
            case DATA -> licence.appropriateFor().contains(OutputType.DATASET);
            case DOCUMENT -> licence.appropriateFor().contains(OutputType.DOCUMENTATION);
        };
    }
}
