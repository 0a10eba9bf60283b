package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The public list of calls ({@code /calls/}), filtered by GET parameters so that a filtered list can be bookmarked
 * and shared: {@code ministry}, {@code language} (a target language; not {@code lang}, which switches the page's language), {@code status} and {@code closing} (days). A
 * parameter that cannot be read is ignored, never an error.
 */
@Named
@RequestScoped
public class PublicCallList {

    @Inject
    CallFacade calls;

    @Inject
    MinistryFacade ministries;

    @Inject
    LanguageSelection language;

    private String ministry;
    private String targetLanguage;
    private String status;
    private String closing;
    private List<FundingCall> results;

    /** The filter the parameters amount to. */
    public PublicCallFilter filter() {
        return PublicCallQuery.lenient(ministry, targetLanguage, status, closing);
    }

    public List<FundingCall> getResults() {
        if (results == null) {
            results = calls.publicCalls(filter());
        }
        return results;
    }

    /** Whether any filter is in force, to offer resetting it. */
    public boolean isFiltered() {
        return !PublicCallFilter.NONE.equals(filter());
    }

    public List<PublicOption> getMinistryOptions() {
        String chosen = filter().ministry();
        Locale locale = language.getLocale();
        return withAny(ministries.activeMinistries().stream()
                .map(m -> new PublicOption(m.code(), m.name(locale), m.code().equals(chosen))), chosen == null);
    }

    public List<PublicOption> getLanguageOptions() {
        String chosen = filter().language();
        Locale locale = language.getLocale();
        return withAny(TargetLanguages.ALL.stream()
                .map(l -> new PublicOption(l.code(), l.name(locale), l.code().equals(chosen))), chosen == null);
    }

    public List<PublicOption> getStatusOptions() {
        CallStatus chosen = filter().status();
        Locale locale = language.getLocale();
        return withAny(Stream.of(CallStatus.values()).filter(CallStatus::isPublic)
                .map(s -> new PublicOption(s.name(), Texts.text(locale, s.labelKey()), s == chosen)), chosen == null);
    }

    public boolean isClosingSoon() {
        return filter().closingWithinDays() != null;
    }

    public int getClosingSoonDays() {
        return PublicCallQuery.CLOSING_SOON_DAYS;
    }

    private List<PublicOption> withAny(Stream<PublicOption> options, boolean anySelected) {
        List<PublicOption> all = new ArrayList<>();
        all.add(new PublicOption("", Texts.text(language.getLocale(), "public.filter.any"), anySelected));
        options.forEach(all::add);
        return all;
    }

    /** A choice of a filter's drop-down. */
    public record PublicOption(String value, String label, boolean selected) {
        public PublicOption {
            Objects.requireNonNull(value);
        }
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
        this.results = null;
    }

    public String getLanguage() {
        return targetLanguage;
    }

    public void setLanguage(String targetLanguage) {
        this.targetLanguage = targetLanguage;
        this.results = null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
        this.results = null;
    }

    public String getClosing() {
        return closing;
    }

    public void setClosing(String closing) {
        this.closing = closing;
        this.results = null;
    }
}
