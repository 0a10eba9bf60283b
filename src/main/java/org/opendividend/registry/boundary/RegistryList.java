package org.opendividend.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.registry.control.ChartJson;
import org.opendividend.registry.control.OutputState;
import org.opendividend.registry.control.ProjectFilter;
import org.opendividend.registry.control.ProjectPage;
import org.opendividend.registry.control.ProjectQuery;
import org.opendividend.registry.control.PublicAiFacet;
import org.opendividend.registry.control.RegistryFigures;
import org.opendividend.registry.control.RegistryProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public registry's list ({@code /registry/}), filtered on the server by GET parameters so that a filtered list
 * can be bookmarked: {@code ministry}, {@code language} (code or name; not {@code lang}, which switches the page's
 * language), {@code outputType}, {@code licence}, {@code state} and {@code facet}. A value that cannot be read is
 * ignored and the page says so; the figures and charts are those of every project found. The list shows a page at a
 * time ({@code page} from 1, {@code size} 1 to 100, 20 by default), with links to the pages before and after, so that
 * a page of 10,000 projects stays small. Request-scoped like the public calls list: a GET page without postbacks keeps
 * no view state for anonymous visitors (a PrimeFaces paginator would keep one per visitor, crawlers included), and
 * every page of the list has an address.
 */
@Named
@RequestScoped
public class RegistryList {

    @Inject
    Registry registry;

    @Inject
    LanguageSelection language;

    @Inject
    RegistryNames names;

    private String ministry;
    private String targetLanguage;
    private String outputType;
    private String licence;
    private String state;
    private String facet;
    private String page;
    private String size;
    private List<RegistryProject> results;
    private ProjectPage shown;
    private RegistryFigures figures;

    private ProjectQuery.Read read() {
        return ProjectQuery.read(ministry, targetLanguage, outputType, licence, state, facet);
    }

    public ProjectFilter filter() {
        return read().filter();
    }

    /** The parameters ignored, named as the page's labels name them. */
    public String getIgnored() {
        Locale locale = language.getLocale();
        List<String> ignored = new ArrayList<>(read().ignored());
        if (ProjectPage.Request.page(page).isEmpty()) {
            ignored.add("page");
        }
        if (ProjectPage.Request.size(size).isEmpty()) {
            ignored.add("size");
        }
        return ignored.stream().map(p -> Texts.text(locale, "registry.filter." + p))
                .collect(Collectors.joining(Texts.text(locale, "public.list.separator")));
    }

    public List<RegistryProject> getResults() {
        if (results == null) {
            results = registry.projects(filter());
        }
        return results;
    }

    /** The page of the results shown (the first, 20 projects, where the parameters cannot be read). */
    public ProjectPage getShown() {
        if (shown == null) {
            shown = registry.page(filter(), new ProjectPage.Request(ProjectPage.Request.page(page).orElse(1),
                    ProjectPage.Request.size(size).orElse(ProjectPage.DEFAULT_SIZE)));
        }
        return shown;
    }

    /** Whether the results need more than one page, or a page past the last was asked. */
    public boolean isPaged() {
        return getShown().pages() > 1 || getShown().page() > 1;
    }

    /** Whether the page asked is past the last one. */
    public boolean isBeyond() {
        return getShown().shown().isEmpty() && getShown().total() > 0;
    }

    /** The position of the first project shown (from 1), for "projects 21 to 40 of 95". */
    public int getFirstShown() {
        return getShown().shown().isEmpty() ? 0 : (getShown().page() - 1) * getShown().size() + 1;
    }

    public int getLastShown() {
        return getShown().shown().isEmpty() ? 0 : getFirstShown() + getShown().shown().size() - 1;
    }

    /** The address of another page of the same results (filters and size kept), relative to {@code /registry/}. */
    public String pageLink(int number) {
        String query = getQuery();
        String size = getShown().size() == ProjectPage.DEFAULT_SIZE ? "" : "&size=" + getShown().size();
        return (query.isEmpty() ? "?" : query + "&") + "page=" + number + size;
    }

    public RegistryFigures getFigures() {
        if (figures == null) {
            figures = RegistryFigures.of(getResults());
        }
        return figures;
    }

    public boolean isFiltered() {
        return !ProjectFilter.NONE.equals(filter());
    }

    public long getTotalAwarded() {
        return getResults().stream().mapToLong(RegistryProject::awarded).sum();
    }

    public long getTotalDisbursed() {
        return getResults().stream().mapToLong(RegistryProject::disbursed).sum();
    }

    /** The query string of the current filter (without the page's language), for the CSV and JSON links. */
    public String getQuery() {
        ProjectFilter f = filter();
        List<String> parts = new ArrayList<>();
        add(parts, "ministry", f.ministry());
        add(parts, "language", f.language());
        add(parts, "outputType", f.outputType() == null ? null : f.outputType().name());
        add(parts, "licence", f.licence());
        add(parts, "state", f.state() == null ? null : f.state().name());
        add(parts, "facet", f.facet() == null ? null : f.facet().name());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public List<Option> getMinistryOptions() {
        String chosen = filter().ministry();
        Locale locale = language.getLocale();
        return withAny(registry.ministries().stream()
                .map(m -> new Option(m.code(), m.name(locale), m.code().equals(chosen))), chosen == null);
    }

    /** Every language of the catalogue, named in the reader's language with the other language's name beside it. */
    public List<Option> getLanguageOptions() {
        String chosen = filter().language();
        Locale locale = language.getLocale();
        return withAny(TargetLanguages.ALL.stream().map(l -> new Option(l.code(),
                l.name(locale) + " (" + (l.name(locale).equals(l.nameEn()) ? l.nameZhTw() : l.nameEn()) + ")",
                l.code().equals(chosen))), chosen == null);
    }

    public List<Option> getOutputTypeOptions() {
        OutputType chosen = filter().outputType();
        return withAny(Stream.of(OutputType.values()).map(t -> new Option(t.name(), text(t.labelKey()), t == chosen)),
                chosen == null);
    }

    public List<Option> getStateOptions() {
        OutputState chosen = filter().state();
        return withAny(Stream.of(OutputState.values()).map(s -> new Option(s.name(), text(s.labelKey()), s == chosen)),
                chosen == null);
    }

    public List<Option> getFacetOptions() {
        PublicAiFacet chosen = filter().facet();
        return withAny(Stream.of(PublicAiFacet.values()).map(f -> new Option(f.name(), text(f.labelKey()), f == chosen)),
                chosen == null);
    }

    public String getLicenceValue() {
        return filter().licence() == null ? "" : filter().licence();
    }

    public String getMinistryChart() {
        List<RegistryFigures.Money> money = getFigures().byMinistry();
        return ChartJson.bar(money.stream().map(m -> names.ministry(m.key())).toList(), moneySeries(money));
    }

    public String getLanguageChart() {
        List<RegistryFigures.Money> money = getFigures().byLanguage();
        return ChartJson.bar(money.stream().map(m -> names.language(m.key())).toList(), moneySeries(money));
    }

    public String getOpennessChart() {
        List<RegistryFigures.Openness> open = getFigures().byOutputType();
        return ChartJson.bar(open.stream().map(o -> text(o.type().labelKey())).toList(), List.of(
                new ChartJson.Series(text("registry.figures.outputs"),
                        open.stream().map(RegistryFigures.Openness::outputs).toList(), "#1f5f8b"),
                new ChartJson.Series(text("registry.figures.openLicence"),
                        open.stream().map(RegistryFigures.Openness::openLicence).toList(), "#2e7d32"),
                new ChartJson.Series(text("registry.figures.verified"),
                        open.stream().map(RegistryFigures.Openness::verified).toList(), "#8a5a00")));
    }

    private List<ChartJson.Series> moneySeries(List<RegistryFigures.Money> money) {
        return List.of(
                new ChartJson.Series(text("registry.figures.awarded"),
                        money.stream().map(RegistryFigures.Money::awarded).toList(), "#1f5f8b"),
                new ChartJson.Series(text("registry.figures.disbursed"),
                        money.stream().map(RegistryFigures.Money::disbursed).toList(), "#2e7d32"));
    }

    private String text(String key) {
        return Texts.text(language.getLocale(), key);
    }

    private List<Option> withAny(Stream<Option> options, boolean anySelected) {
        List<Option> all = new ArrayList<>();
        all.add(new Option("", text("public.filter.any"), anySelected));
        options.forEach(all::add);
        return all;
    }

    /** A choice of a filter's drop-down. */
    public record Option(String value, String label, boolean selected) {
        public Option {
            Objects.requireNonNull(value);
        }
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
        filterChanged();
    }

    public String getLanguage() {
        return targetLanguage;
    }

    public void setLanguage(String language) {
        this.targetLanguage = language;
        filterChanged();
    }

    public String getOutputType() {
        return outputType;
    }

    public void setOutputType(String outputType) {
        this.outputType = outputType;
        filterChanged();
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
        filterChanged();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
        filterChanged();
    }

    /** A filter set from the request: what was found, shown and counted for the earlier filter is found again. */
    private void filterChanged() {
        results = null;
        shown = null;
        figures = null;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
        shown = null;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
        shown = null;
    }

    public String getFacet() {
        return facet;
    }

    public void setFacet(String facet) {
        this.facet = facet;
        filterChanged();
    }
}
