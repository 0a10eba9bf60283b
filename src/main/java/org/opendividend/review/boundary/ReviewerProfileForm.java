package org.opendividend.review.boundary;

import org.opendividend.review.control.AffiliationRow;
import org.opendividend.review.control.ReviewerProfileInput;
import org.opendividend.review.entity.Affiliation;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reviewer's profile on the page, as typed: lists as text (one per line or separated by commas), years and the
 * load as text, so that a refused save shows everything again as it was typed.
 */
public class ReviewerProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One organisation's row on the page. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String organisation;
        private String fromYear;
        private String toYear;

        public Row() {
        }

        Row(Affiliation affiliation) {
            organisation = affiliation.organisation();
            fromYear = Integer.toString(affiliation.fromYear());
            toYear = affiliation.toYear() == null ? "" : affiliation.toYear().toString();
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getFromYear() {
            return fromYear;
        }

        public void setFromYear(String fromYear) {
            this.fromYear = fromYear;
        }

        public String getToYear() {
            return toYear;
        }

        public void setToYear(String toYear) {
            this.toYear = toYear;
        }
    }

    private List<String> focusAreas = new ArrayList<>();
    private String keywordsZhTw;
    private String keywordsEn;
    private List<String> languages = new ArrayList<>();
    private final List<Row> affiliations = new ArrayList<>();
    private String emailDomains;
    private String collaborators;
    private boolean available;
    private String maxLoadPerCall;

    static ReviewerProfileForm of(ReviewerProfileContent content) {
        ReviewerProfileForm form = new ReviewerProfileForm();
        form.focusAreas = content.focusAreas().stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        form.keywordsZhTw = keywords(content, Keyword.ZH_TW);
        form.keywordsEn = keywords(content, Keyword.EN);
        form.languages = new ArrayList<>(content.languages());
        content.affiliations().forEach(a -> form.affiliations.add(new Row(a)));
        form.affiliations.add(new Row());
        form.emailDomains = content.emailDomains().stream().sorted().collect(Collectors.joining("\n"));
        form.collaborators = content.collaborators().stream().sorted().collect(Collectors.joining("\n"));
        form.available = content.available();
        form.maxLoadPerCall = Integer.toString(content.maxLoadPerCall());
        return form;
    }

    private static String keywords(ReviewerProfileContent content, String language) {
        return content.keywords().stream().filter(k -> k.language().equals(language)).map(Keyword::text)
                .collect(Collectors.joining(", "));
    }

    ReviewerProfileInput input() {
        return new ReviewerProfileInput(new HashSet<>(focusAreas), keywordsZhTw, keywordsEn, new HashSet<>(languages),
                affiliations.stream().map(r -> new AffiliationRow(r.organisation, r.fromYear, r.toYear)).toList(),
                emailDomains, collaborators, available, maxLoadPerCall);
    }

    void addAffiliation() {
        affiliations.add(new Row());
    }

    void removeAffiliation(Row row) {
        affiliations.remove(row);
    }

    public List<String> getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(List<String> focusAreas) {
        this.focusAreas = focusAreas;
    }

    public String getKeywordsZhTw() {
        return keywordsZhTw;
    }

    public void setKeywordsZhTw(String keywordsZhTw) {
        this.keywordsZhTw = keywordsZhTw;
    }

    public String getKeywordsEn() {
        return keywordsEn;
    }

    public void setKeywordsEn(String keywordsEn) {
        this.keywordsEn = keywordsEn;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<Row> getAffiliations() {
        return affiliations;
    }

    public String getEmailDomains() {
        return emailDomains;
    }

    public void setEmailDomains(String emailDomains) {
        this.emailDomains = emailDomains;
    }

    public String getCollaborators() {
        return collaborators;
    }

    public void setCollaborators(String collaborators) {
        this.collaborators = collaborators;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public String getMaxLoadPerCall() {
        return maxLoadPerCall;
    }

    public void setMaxLoadPerCall(String maxLoadPerCall) {
        this.maxLoadPerCall = maxLoadPerCall;
    }
}
