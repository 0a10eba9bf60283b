package org.opendividend.calls.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.opendividend.organisations.entity.OrganisationType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may apply to a call and what an application must bring: the kinds of organisation, the focus areas and the
 * languages the call is open to, the attachments it requires and the questions it asks.
 */
@Embeddable
public class CallEligibility {

    @ElementCollection
    @CollectionTable(name = "call_organisation_type", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    private Set<OrganisationType> organisationTypes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_focus_area", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area")
    private Set<FocusArea> focusAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_target_language", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "language_code")
    private Set<String> targetLanguages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_required_attachment", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "attachment")
    private Set<AttachmentType> requiredAttachments = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Question> questions = new ArrayList<>();

    /** Open to nobody yet (a new draft's). */
    CallEligibility() {
    }

    /** Replaces everything as written in a draft (the collections in place, as the persistence context holds them). */
    void revise(CallContent.Eligibility written) {
        replace(organisationTypes, written.organisationTypes());
        replace(focusAreas, written.focusAreas());
        replace(targetLanguages, written.targetLanguages());
        replace(requiredAttachments, written.requiredAttachments());
        questions.clear();
        written.questions().forEach(q -> questions.add(new Question(q)));
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    public Set<OrganisationType> organisationTypes() {
        return organisationTypes.isEmpty() ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(organisationTypes);
    }

    public Set<FocusArea> focusAreas() {
        return focusAreas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(focusAreas);
    }

    /** Target language codes in the order of the catalogue. */
    public List<String> targetLanguages() {
        return TargetLanguages.ALL.stream().map(TargetLanguages.TargetLanguage::code)
                .filter(targetLanguages::contains).toList();
    }

    public Set<AttachmentType> requiredAttachments() {
        return requiredAttachments.isEmpty() ? EnumSet.noneOf(AttachmentType.class) : EnumSet.copyOf(requiredAttachments);
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }
}
