package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.FundingCall;

import java.io.Serializable;

/**
 * What the call editor's fields hold: plain, mutable and serializable, so that everything typed survives a
 * refused save or a concurrent change. One form part per part of the call (the page binds
 * {@code form.funding.budget}, {@code form.review.criteria}...), converted to and from the entity's
 * {@link CallContent}.
 */
public class CallForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private CallTextsForm texts = new CallTextsForm();
    private CallFundingForm funding = new CallFundingForm();
    private CallTimetableForm timetable = new CallTimetableForm();
    private CallEligibilityForm eligibility = new CallEligibilityForm();
    private ReviewSetupForm review = new ReviewSetupForm();
    private OutputPolicyForm outputs = new OutputPolicyForm();

    /** The form filled with a call as it is stored. */
    public static CallForm of(FundingCall call) {
        CallForm f = new CallForm();
        f.texts = CallTextsForm.of(call.texts());
        f.funding = CallFundingForm.of(call.funding());
        f.timetable = CallTimetableForm.of(call.timetable());
        f.eligibility = CallEligibilityForm.of(call.eligibility());
        f.review = ReviewSetupForm.of(call.reviewSetup());
        f.outputs = OutputPolicyForm.of(call.outputPolicy());
        return f;
    }

    public CallTexts texts() {
        return texts.content();
    }

    /** What the form says, as the entity takes it. Unknown enum names are dropped (they cannot come from the page). */
    public CallContent content() {
        return new CallContent(texts.content(), funding.content(), timetable.content(), eligibility.content(),
                review.content(), outputs.content());
    }

    public CallTextsForm getTexts() { return texts; }
    public CallFundingForm getFunding() { return funding; }
    public CallTimetableForm getTimetable() { return timetable; }
    public CallEligibilityForm getEligibility() { return eligibility; }
    public ReviewSetupForm getReview() { return review; }
    public OutputPolicyForm getOutputs() { return outputs; }
}
