package org.opendividend.calls.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.calls.entity.TargetLanguages;

import java.util.List;

/** The choices the call pages offer: {@code #{callOptions.organisationTypes}} and so on. */
@Named
@ApplicationScoped
public class CallOptions {

    public List<OrganisationType> getOrganisationTypes() {
        return List.of(OrganisationType.values());
    }

    public List<FocusArea> getFocusAreas() {
        return List.of(FocusArea.values());
    }

    public List<AttachmentType> getAttachments() {
        return List.of(AttachmentType.values());
    }

    public List<TargetLanguages.TargetLanguage> getLanguages() {
        return TargetLanguages.ALL;
    }

    public List<ScoreScale> getScales() {
        return List.of(ScoreScale.values());
    }

    public List<QuestionType> getQuestionTypes() {
        return List.of(QuestionType.values());
    }

    public List<MofClass> getMofClasses() {
        return List.of(MofClass.values());
    }
}
