package org.opendividend.applications.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The sections of an application that a request for more information may open for change. Each section knows
 * which part of {@link ApplicationContent} it covers, compared leniently (missing and empty text, trailing zeros,
 * line endings) so that a page sending back what it showed never counts as a change. Attachments live outside the
 * content: that section is the attachments component's to enforce (see {@link Application#mayChange}).
 */
public enum ScreeningSection {
    PROJECT, TEAM, QUESTIONS, BUDGET, OUTPUTS, ETHICS, EXCLUSIONS, ATTACHMENTS;

    /** The name stored and used in pages: {@code project}, {@code budget}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "screening.section." + key();
    }

    public static Optional<ScreeningSection> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key == null ? null : key.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Comma-separated keys, as stored in {@code more_info_sections}; in declaration order. */
    public static String join(Collection<ScreeningSection> sections) {
        return sections.stream().sorted().map(ScreeningSection::key).collect(Collectors.joining(","));
    }

    /** The sections named in a stored list; unknown names are skipped. */
    public static Set<ScreeningSection> parse(String stored) {
        Set<ScreeningSection> sections = EnumSet.noneOf(ScreeningSection.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(ScreeningSection::byKey).flatMap(Optional::stream).forEach(sections::add);
        }
        return sections;
    }

    /** Whether this section differs between two versions of the content. */
    public boolean differs(ApplicationContent before, ApplicationContent after) {
        return !Objects.equals(part(before), part(after));
    }

    /** The sections whose content differs. */
    public static Set<ScreeningSection> changed(ApplicationContent before, ApplicationContent after) {
        Set<ScreeningSection> changed = EnumSet.noneOf(ScreeningSection.class);
        for (ScreeningSection s : values()) {
            if (s.differs(before, after)) {
                changed.add(s);
            }
        }
        return changed;
    }

    /** The content with the sections outside {@code open} taken from {@code kept}, the others from {@code typed}. */
    public static ApplicationContent merge(ApplicationContent kept, ApplicationContent typed, Set<ScreeningSection> open) {
        ApplicationContent p = open.contains(PROJECT) ? typed : kept;
        return new ApplicationContent(p.titleZhTw(), p.titleEn(), p.abstractText(), p.startDate(), p.durationMonths(),
                (open.contains(TEAM) ? typed : kept).team(),
                (open.contains(QUESTIONS) ? typed : kept).answers(),
                (open.contains(BUDGET) ? typed : kept).budget(),
                (open.contains(OUTPUTS) ? typed : kept).outputs(),
                (open.contains(ETHICS) ? typed : kept).ethics(),
                (open.contains(EXCLUSIONS) ? typed : kept).exclusions());
    }

    private Object part(ApplicationContent c) {
        return switch (this) {
            case PROJECT -> List.of(text(c.titleZhTw()), text(c.titleEn()), text(c.abstractText()),
                    String.valueOf(c.startDate()), String.valueOf(c.durationMonths()));
            case TEAM -> c.team().stream().map(m -> List.of(text(m.fullName()), text(m.orcid()), text(m.affiliation()),
                    m.principal())).toList();
            case QUESTIONS -> answers(c.answers());
            case BUDGET -> c.budget().stream().map(l -> List.of(String.valueOf(l.category()), l.projectYear(),
                    text(l.description()), amount(l.amount()))).toList();
            case OUTPUTS -> c.outputs().stream().map(o -> List.of(String.valueOf(o.type()), text(o.title()),
                    text(o.description()), text(o.licenceId()), String.valueOf(o.plannedRelease()), text(o.registry()),
                    text(o.languages()))).toList();
            case ETHICS -> List.of(c.ethics().personalData(), text(c.ethics().personalDataMeasures()),
                    text(c.ethics().communityConsent()), text(c.ethics().trainingDataRights()));
            case EXCLUSIONS -> c.exclusions().stream().map(e -> List.of(text(e.fullName()),
                    text(e.emailOrOrganisation()), text(e.reason()))).toList();
            case ATTACHMENTS -> List.of();
        };
    }

    private static Map<Long, String> answers(Map<Long, String> answers) {
        Map<Long, String> given = new TreeMap<>();
        answers.forEach((q, a) -> {
            if (!text(a).isEmpty()) {
                given.put(q, text(a));
            }
        });
        return given;
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }
}
