package org.opendividend.applications;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.it.ActingAs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens a call for the in-container application tests, through the facade as people do: the officer of moc writes
 * the complete fixture call (co-funded by moda), open from a minute ago, the approver of moda accepts moda's share
 * and the approver of moc publishes it.
 * Leaves the test acting as that approver.
 */
@Dependent
public class OpenCalls {

    @Inject
    CallFacade calls;

    @Inject
    ActingAs acting;

    /**
     * @param open how long from now the call stays open
     * @param attachmentsRequired whether the call requires the fixture's attachments (tests of other matters leave
     *                            them out, so that they need not upload files)
     */
    public FundingCall open(Duration open, boolean attachmentsRequired) {
        return open(open, attachmentsRequired, CallFixtures.questions());
    }

    /** As {@link #open(Duration, boolean)}, with the call's own questions. */
    public FundingCall open(Duration open, boolean attachmentsRequired, List<Question.QuestionSpec> questions) {
        return open(open, b -> {
            if (!attachmentsRequired) {
                b.requiredAttachments = Set.of();
            }
            b.questions = questions;
        });
    }

    /** As {@link #open(Duration, boolean)}, with the fixture's content changed (its money, say) before it is saved. */
    public FundingCall open(Duration open, Consumer<CallFixtures.ContentBuilder> changes) {
        Instant now = calls.now();
        acting.as(CallFixtures.officerOfMoc());
        FundingCall draft = calls.create(CallFixtures.LEAD);
        draft = calls.saveDraft(draft.id(), draft.version(), CallFixtures.content(b -> {
            changes.accept(b);
            b.opensAt = now.minus(Duration.ofMinutes(1));
            b.closesAt = now.plus(open);
        }));
        acting.as(CallFixtures.approverOfModa());
        draft = calls.acceptShare(draft.id(), draft.version(), CallFixtures.CO_FUNDER);
        acting.as(CallFixtures.approverOfMoc());
        return calls.take(draft.id(), draft.version(), CallAction.PUBLISH);
    }
}
