package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's own profile ({@code /reviewer/profile.xhtml}) and their invitations, each of which they may decline
 * with a reason. A refused save shows every problem and keeps everything typed; so does a save refused because the
 * profile was saved meanwhile in another tab.
 */
@Named
@ViewScoped
public class ReviewerProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewerFacade reviewers;

    private long version;
    private ReviewerProfileForm form;
    private final Map<Long, String> declineReasons = new HashMap<>();
    private transient List<ReviewerInvitation> invitations;

    public void load() {
        if (form == null) {
            show(reviewers.myProfile());
        }
    }

    private void show(OwnProfile profile) {
        version = profile.version();
        form = ReviewerProfileForm.of(profile.content());
    }

    public void save() {
        try {
            show(reviewers.saveProfile(version, form.input()));
            PageMessages.info("reviewerProfile.saved");
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":profile:", "reviewerProfile.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("reviewerProfile.conflict");
        }
    }

    public void addAffiliation() {
        form.addAffiliation();
    }

    public void removeAffiliation(ReviewerProfileForm.Row row) {
        form.removeAffiliation(row);
    }

    public void decline(ReviewerInvitation invitation) {
        long id = invitation.member().id();
        try {
            reviewers.decline(id, invitation.member().version(), declineReasons.get(id));
            declineReasons.remove(id);
            invitations = null;
            PageMessages.info("reviewerProfile.declined");
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":invitations:", "reviewerProfile.field.");
        }
    }

    public List<ReviewerInvitation> getInvitations() {
        if (invitations == null) {
            invitations = reviewers.myInvitations();
        }
        return invitations;
    }

    public ReviewerProfileForm getForm() {
        return form;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }
}
