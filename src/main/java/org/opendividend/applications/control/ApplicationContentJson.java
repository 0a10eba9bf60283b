package org.opendividend.applications.control;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.ChosenOptions;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sections of an application as JSON, one shape for both directions: the snapshot a submission freezes is
 * written with it, and the applicants' API reads the same field names back. Reading is forgiving about what is
 * missing (a working copy may be incomplete) and strict about what cannot be read: a date, a number or a category
 * that is not one is refused field by field, like the wizard does, and nothing is saved.
 */
public final class ApplicationContentJson {

    private ApplicationContentJson() {
    }

    /**
     * Adds every section to {@code json} (titles, abstract, dates, team, answers, budget, outputs, ethics, the reviewers
     * the applicant asks to exclude).
     */
    public static JsonObjectBuilder addTo(JsonObjectBuilder json, ApplicationContent c) {
        JsonArrayBuilder team = Jsons.createArrayBuilder();
        c.team().forEach(m -> team.add(Jsons.createObjectBuilder().add("name", m.fullName())
                .add("orcid", m.orcid() == null ? "" : m.orcid()).add("affiliation", m.affiliation())
                .add("principal", m.principal())));
        JsonObjectBuilder answers = Jsons.createObjectBuilder();
        c.answers().forEach((q, a) -> answers.add(Long.toString(q), answer(a)));
        JsonArrayBuilder budget = Jsons.createArrayBuilder();
        c.budget().forEach(l -> budget.add(Jsons.createObjectBuilder().add("category", l.category().name())
                .add("projectYear", l.projectYear()).add("description", l.description()).add("amount", l.amount())));
        JsonArrayBuilder outputs = Jsons.createArrayBuilder();
        c.outputs().forEach(o -> outputs.add(Jsons.createObjectBuilder().add("type", o.type().name())
                .add("title", o.title()).add("description", o.description()).add("licence", o.licenceId())
                .add("plannedRelease", String.valueOf(o.plannedRelease())).add("registry", o.registry())
                .add("languages", o.languages())));
        return json
                .add("titles", Jsons.createObjectBuilder().add("zh-TW", c.titleZhTw()).add("en", c.titleEn()))
                .add("abstract", c.abstractText())
                .add("startDate", String.valueOf(c.startDate()))
                .add("durationMonths", c.durationMonths() == null ? 0 : c.durationMonths())
                .add("team", team)
                .add("answers", answers)
                .add("budget", budget)
                .add("outputs", outputs)
                .add("ethics", Jsons.createObjectBuilder().add("personalData", c.ethics().personalData())
                        .add("personalDataMeasures", c.ethics().personalDataMeasures())
                        .add("communityConsent", c.ethics().communityConsent())
                        .add("trainingDataRights", c.ethics().trainingDataRights()))
                .add("exclusions", exclusions(c.exclusions()));
    }

    private static JsonArrayBuilder exclusions(List<ReviewerExclusion> exclusions) {
        JsonArrayBuilder json = Jsons.createArrayBuilder();
        exclusions.forEach(x -> json.add(Jsons.createObjectBuilder().add("name", x.fullName())
                .add("emailOrOrganisation", x.emailOrOrganisation()).add("reason", x.reason())));
        return json;
    }

    /** The reviewers to exclude in {@code json}; none where it has no such list (snapshots from before they existed). */
    public static List<ReviewerExclusion> exclusions(JsonObject json) {
        Reader reader = new Reader();
        List<ReviewerExclusion> read = reader.list(json, "exclusions", reader::exclusion);
        InvalidInputException.unless(reader.problems);
        return read;
    }

    /**
     * The working copy {@code json} describes.
     *
     * @throws InvalidInputException with a problem per field that cannot be read (nothing is taken then)
     */
    public static ApplicationContent read(JsonObject json) {
        Reader reader = new Reader();
        JsonObject titles = reader.object(json, "titles");
        List<TeamMember> team = reader.list(json, "team", (m, field) -> new TeamMember(reader.text(m, "name"),
                reader.text(m, "orcid"), reader.text(m, "affiliation"), m.getBoolean("principal", false)));
        Map<Long, String> answers = new LinkedHashMap<>();
        reader.object(json, "answers").forEach((question, answer) -> {
            try {
                long id = Long.parseLong(question);
                answerText(answer).ifPresentOrElse(text -> answers.put(id, text),
                        () -> reader.problem("answers." + question, "api.problem.unknownValue", answer.toString()));
            } catch (NumberFormatException e) {
                reader.problem("answers." + question, "api.problem.unknownValue", question);
            }
        });
        List<BudgetLine> budget = reader.list(json, "budget", (line, field) -> new BudgetLine(
                reader.choice(line, "category", field, BudgetCategory::valueOf), reader.whole(line, "projectYear", field),
                reader.text(line, "description"), reader.amount(line, "amount", field)));
        List<PlannedOutput> outputs = reader.list(json, "outputs", (o, field) -> new PlannedOutput(
                reader.choice(o, "type", field, OutputType::valueOf), reader.text(o, "title"), reader.text(o, "description"),
                reader.text(o, "licence"), reader.date(o, "plannedRelease", field + ".plannedRelease"),
                reader.text(o, "registry"), reader.text(o, "languages")));
        JsonObject ethics = reader.object(json, "ethics");
        List<ReviewerExclusion> exclusions = reader.list(json, "exclusions", reader::exclusion);
        ApplicationContent content = new ApplicationContent(reader.text(titles, "zh-TW"), reader.text(titles, "en"),
                reader.text(json, "abstract"), reader.date(json, "startDate", "startDate"),
                json.containsKey("durationMonths") ? reader.whole(json, "durationMonths", "") : null,
                team, answers, budget, outputs,
                new ApplicationContent.Ethics(ethics.getBoolean("personalData", false),
                        reader.text(ethics, "personalDataMeasures"), reader.text(ethics, "communityConsent"),
                        reader.text(ethics, "trainingDataRights")), exclusions);
        InvalidInputException.unless(reader.problems);
        return content;
    }

    /** An answer as JSON: the positions of the chosen options as a list of numbers, a typed answer as text. */
    static JsonValue answer(String text) {
        return ChosenOptions.parse(text).<JsonValue>map(c -> {
            JsonArrayBuilder positions = Jsons.createArrayBuilder();
            c.positions().forEach(positions::add);
            return positions.build();
        }).orElseGet(() -> Jsons.createValue(text));
    }

    /**
     * The answer's text for a JSON answer: text (or a number) as it is, a list of option positions (whole numbers from
     * 0) as the choice; empty for anything else. A missing or null answer is no answer.
     */
    static Optional<String> answerText(JsonValue answer) {
        if (answer instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (answer instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        if (answer == null || answer == JsonValue.NULL) {
            return Optional.of("");
        }
        if (!(answer instanceof JsonArray positions)) {
            return Optional.empty();
        }
        List<Integer> chosen = new ArrayList<>();
        for (JsonValue p : positions) {
            if (!(p instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > 9999) {
                return Optional.empty();
            }
            chosen.add(n.intValue());
        }
        return Optional.of(ChosenOptions.of(chosen).stored());
    }

    /** Reads values and collects a problem for each one it cannot read, so that all are reported at once. */
    private static final class Reader {

        final List<FieldProblem> problems = new ArrayList<>();

        interface Element<T> {
            T read(JsonObject element, String field);
        }

        void problem(String field, String key, Object... arguments) {
            problems.add(FieldProblem.of(field, key, arguments));
        }

        JsonObject object(JsonObject json, String name) {
            JsonValue value = json.get(name);
            if (value instanceof JsonObject object) {
                return object;
            }
            if (value != null && value != JsonValue.NULL) {
                problem(name, "api.problem.notAnObject");
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        }

        <T> List<T> list(JsonObject json, String name, Element<T> element) {
            JsonValue value = json.get(name);
            if (value == null || value == JsonValue.NULL) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                problem(name, "api.problem.notAList");
                return List.of();
            }
            List<T> read = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof JsonObject item) {
                    read.add(element.read(item, name + "." + i));
                } else {
                    problem(name + "." + i, "api.problem.notAnObject");
                }
            }
            return read;
        }

        ReviewerExclusion exclusion(JsonObject x, String field) {
            return new ReviewerExclusion(text(x, "name"), text(x, "emailOrOrganisation"), text(x, "reason"));
        }

        String text(JsonObject json, String name) {
            JsonValue value = json.get(name);
            return value instanceof JsonString s ? s.getString() : value == null || value == JsonValue.NULL ? "" : value.toString();
        }

        LocalDate date(JsonObject json, String name, String field) {
            String text = text(json, name).strip();
            if (text.isEmpty() || text.equals("null")) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "api.problem.date", text);
                return null;
            }
        }

        int whole(JsonObject json, String name, String field) {
            JsonValue value = json.get(name);
            if (value instanceof JsonNumber n && n.isIntegral()) {
                return n.intValue();
            }
            problem(field.isEmpty() ? name : field + "." + name, "api.problem.wholeNumber");
            return 0;
        }

        /** An amount as a JSON number or text; its whole-dollar and sign rules are the budget's (checked on save). */
        BigDecimal amount(JsonObject json, String name, String field) {
            JsonValue value = json.get(name);
            try {
                if (value instanceof JsonNumber n) {
                    return n.bigDecimalValue();
                }
                if (value instanceof JsonString s) {
                    return new BigDecimal(s.getString().strip().replace(",", ""));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(field + "." + name, "validation.twd.format");
            return BigDecimal.ZERO;
        }

        <E extends Enum<E>> E choice(JsonObject json, String name, String field, Function<String, E> valueOf) {
            String text = text(json, name).strip();
            try {
                return valueOf.apply(text);
            } catch (IllegalArgumentException e) {
                problem(field + "." + name, "api.problem.unknownValue", text);
                return null;
            }
        }
    }
}
