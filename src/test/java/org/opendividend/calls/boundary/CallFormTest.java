package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.outputs.entity.OutputType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.twd;

class CallFormTest {

    private static OutputPolicyForm.PolicyRow policy(CallForm form, OutputType type) {
        return form.getOutputs().getPolicy().stream().filter(p -> p.getOutputType().equals(type.name())).findFirst().orElseThrow();
    }

    private static CallFundingForm.ShareRow share(String ministry, BigDecimal amount) {
        CallFundingForm.ShareRow row = new CallFundingForm.ShareRow();
        row.setMinistry(ministry);
        row.setAmount(amount);
        return row;
    }

    @Test
    void theFormOfACallGivesBackItsContent() {
        FundingCall call = CallFixtures.draft();
        assertEquals(CallFixtures.content(), CallForm.of(call).content());
    }

    @Test
    void theContentOfAFormSavedAgainGivesTheSameForm() {
        CallContent other = CallFixtures.content(b -> {
            b.blindReview = false;
            b.requiredMofClass = MofClass.NONE;
            b.questions = List.of();
            b.shares = Map.of(LEAD, CallFixtures.BUDGET);
        });
        FundingCall first = CallFixtures.draft(other);
        CallContent once = CallForm.of(first).content();
        assertEquals(other, once);
        FundingCall second = CallFixtures.draft(once);
        assertEquals(once, CallForm.of(second).content());
    }

    @Test
    void theFormOfANewDraftShowsItsDefaults() {
        CallForm form = CallForm.of(CallFixtures.emptyDraft());
        CallContent content = form.content();
        assertEquals(Map.of(LEAD, BigDecimal.ZERO), content.funding().shares());
        assertEquals(10, content.outputs().retentionPercent());
        assertEquals(MofClass.NONE, content.outputs().requiredMofClass());
        assertNull(content.timetable().opensAt());
        assertEquals(OutputType.values().length, form.getOutputs().getPolicy().size(), "a policy row for every output type");
        content.outputs().allowedLicences().forEach((type, ids) -> assertEquals(Set.of(), ids, type.name()));
    }

    @Test
    void aLicenceTypedByHandIsAddedToTheChosenOnes() {
        CallForm form = CallForm.of(CallFixtures.draft());
        policy(form, OutputType.DATASET).setOtherLicence("  ODbL-1.0 ");
        Map<OutputType, Set<String>> licences = form.content().outputs().allowedLicences();
        assertEquals(Set.of("CC-BY-4.0", "CC0-1.0", "ODbL-1.0"), licences.get(OutputType.DATASET));
        assertEquals(CallFixtures.licences().get(OutputType.CODE), licences.get(OutputType.CODE), "other types unchanged");
    }

    @Test
    void aBlankOrRepeatedLicenceTypedByHandAddsNothing() {
        CallForm form = CallForm.of(CallFixtures.draft());
        policy(form, OutputType.DATASET).setOtherLicence("   ");
        policy(form, OutputType.CODE).setOtherLicence("MIT");
        policy(form, OutputType.EVALUATION).setOtherLicence(null);
        assertEquals(CallFixtures.licences(), form.content().outputs().allowedLicences());
    }

    @Test
    void unknownEnumNamesAreDropped() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getEligibility().getOrganisationTypes().add("SPACE_AGENCY");
        form.getEligibility().getFocusAreas().add("CRYPTO");
        form.getEligibility().getRequiredAttachments().add("HOROSCOPE");
        form.getOutputs().setRequiredMofClass("CLASS_IV");
        CallContent content = form.content();
        assertEquals(CallFixtures.content().eligibility().organisationTypes(), content.eligibility().organisationTypes());
        assertEquals(CallFixtures.content().eligibility().focusAreas(), content.eligibility().focusAreas());
        assertEquals(CallFixtures.content().eligibility().requiredAttachments(), content.eligibility().requiredAttachments());
        assertEquals(MofClass.NONE, content.outputs().requiredMofClass(), "an unknown class falls back to none");
    }

    @Test
    void onlyUnknownNamesGiveEmptySets() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getEligibility().setOrganisationTypes(new ArrayList<>(List.of("UNIVERSITY", "university", "")));
        form.getEligibility().setFocusAreas(new ArrayList<>(List.of("nothing")));
        CallContent content = form.content();
        assertEquals(Set.of(OrganisationType.UNIVERSITY), content.eligibility().organisationTypes(), "names are exact");
        assertEquals(Set.<FocusArea>of(), content.eligibility().focusAreas());
    }

    @Test
    void anUnknownScaleOrQuestionTypeIsDroppedToNothing() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getReview().getCriteria().get(0).setScale("ZERO_TO_TEN");
        form.getEligibility().getQuestions().get(0).setType("ESSAY");
        CallContent content = form.content();
        assertNull(content.review().criteria().get(0).scale());
        assertNull(content.eligibility().questions().get(0).type());
        assertEquals(CallFixtures.criteria().get(1), content.review().criteria().get(1), "the other rows are untouched");
    }

    @Test
    void sharesOfTheSameMinistryAreSummed() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getFunding().getShares().add(share(CO_FUNDER, twd(1_000_000)));
        form.getFunding().getShares().add(share(LEAD, null));
        assertEquals(Map.of(LEAD, CallFixtures.LEAD_SHARE, CO_FUNDER, twd(5_000_000)), form.content().funding().shares());
        assertEquals(twd(11_000_000), form.getFunding().getSharesTotal());
    }

    @Test
    void sharesWithoutAMinistryAreLeftOut() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getFunding().getShares().add(share("", twd(1)));
        form.getFunding().getShares().add(share(null, twd(1)));
        assertEquals(CallFixtures.shares(), form.content().funding().shares());
    }

    @Test
    void addShareAddsAMinistryOnce() {
        CallForm form = CallForm.of(CallFixtures.draft());
        form.getFunding().addShare(CallFixtures.UNRELATED);
        form.getFunding().addShare(CallFixtures.UNRELATED);
        form.getFunding().addShare(CO_FUNDER);
        assertEquals(Map.of(LEAD, CallFixtures.LEAD_SHARE, CO_FUNDER, CallFixtures.CO_FUNDER_SHARE,
                CallFixtures.UNRELATED, BigDecimal.ZERO), form.content().funding().shares());
    }

    @Test
    void theWeightsTotalShowsWhatTheCriteriaAddUpTo() {
        CallForm form = CallForm.of(CallFixtures.draft());
        assertEquals(100, form.getReview().getWeightsTotal());
        form.getReview().getCriteria().get(0).setWeight(null);
        assertEquals(60, form.getReview().getWeightsTotal());
    }

    @Test
    void whatWasTypedSurvivesSerialisation() throws Exception {
        CallForm form = CallForm.of(CallFixtures.draft());
        policy(form, OutputType.DATASET).setOtherLicence("ODbL-1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        CallForm copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CallForm) in.readObject();
        }
        assertEquals(form.content(), copy.content());
    }
}
