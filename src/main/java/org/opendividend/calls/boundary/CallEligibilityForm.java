package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallEligibility;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.organisations.entity.OrganisationType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.opendividend.calls.boundary.FormValues.enums;
import static org.opendividend.calls.boundary.FormValues.names;
import static org.opendividend.calls.boundary.FormValues.nz;
import static org.opendividend.calls.boundary.FormValues.parse;

/** The call editor's fields for who may apply and what they bring ({@link CallEligibility}). */
public class CallEligibilityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question of the application form as edited. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sectionZhTw = "";
        private String sectionEn = "";
        private String labelZhTw = "";
        private String labelEn = "";
        private String type = QuestionType.SHORT_TEXT.name();
        private boolean required;
        private Integer wordLimit;
        private String optionsZhTw = "";
        private String optionsEn = "";

        public String getSectionZhTw() { return sectionZhTw; }
        public void setSectionZhTw(String v) { sectionZhTw = v; }
        public String getSectionEn() { return sectionEn; }
        public void setSectionEn(String v) { sectionEn = v; }
        public String getLabelZhTw() { return labelZhTw; }
        public void setLabelZhTw(String v) { labelZhTw = v; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String v) { labelEn = v; }
        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public Integer getWordLimit() { return wordLimit; }
        public void setWordLimit(Integer v) { wordLimit = v; }
        public String getOptionsZhTw() { return optionsZhTw; }
        public void setOptionsZhTw(String v) { optionsZhTw = v; }
        public String getOptionsEn() { return optionsEn; }
        public void setOptionsEn(String v) { optionsEn = v; }
    }

    private List<String> organisationTypes = new ArrayList<>();
    private List<String> focusAreas = new ArrayList<>();
    private List<String> targetLanguages = new ArrayList<>();
    private List<String> requiredAttachments = new ArrayList<>();
    private List<QuestionRow> questions = new ArrayList<>();

    static CallEligibilityForm of(CallEligibility eligibility) {
        CallEligibilityForm f = new CallEligibilityForm();
        f.organisationTypes = names(eligibility.organisationTypes());
        f.focusAreas = names(eligibility.focusAreas());
        f.targetLanguages = new ArrayList<>(eligibility.targetLanguages());
        f.requiredAttachments = names(eligibility.requiredAttachments());
        for (Question q : eligibility.questions()) {
            var s = q.spec();
            QuestionRow row = new QuestionRow();
            row.sectionZhTw = s.sectionZhTw();
            row.sectionEn = s.sectionEn();
            row.labelZhTw = s.labelZhTw();
            row.labelEn = s.labelEn();
            row.type = s.type().name();
            row.required = s.required();
            row.wordLimit = s.wordLimit();
            row.optionsZhTw = s.optionsZhTw();
            row.optionsEn = s.optionsEn();
            f.questions.add(row);
        }
        return f;
    }

    CallContent.Eligibility content() {
        List<Question.QuestionSpec> questionSpecs = questions.stream().map(r -> new Question.QuestionSpec(
                nz(r.sectionZhTw), nz(r.sectionEn), nz(r.labelZhTw), nz(r.labelEn), parse(QuestionType.class, r.type),
                r.required, r.wordLimit, nz(r.optionsZhTw), nz(r.optionsEn))).toList();
        return new CallContent.Eligibility(enums(OrganisationType.class, organisationTypes), enums(FocusArea.class, focusAreas),
                new TreeSet<>(targetLanguages), enums(AttachmentType.class, requiredAttachments), questionSpecs);
    }

    public List<String> getOrganisationTypes() { return organisationTypes; }
    public void setOrganisationTypes(List<String> v) { organisationTypes = v; }
    public List<String> getFocusAreas() { return focusAreas; }
    public void setFocusAreas(List<String> v) { focusAreas = v; }
    public List<String> getTargetLanguages() { return targetLanguages; }
    public void setTargetLanguages(List<String> v) { targetLanguages = v; }
    public List<String> getRequiredAttachments() { return requiredAttachments; }
    public void setRequiredAttachments(List<String> v) { requiredAttachments = v; }
    public List<QuestionRow> getQuestions() { return questions; }
}
