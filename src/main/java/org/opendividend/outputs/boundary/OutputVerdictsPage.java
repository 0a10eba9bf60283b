package org.opendividend.outputs.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officers' outputs queue ({@code /officer/outputs.xhtml}): the registered outputs of their ministries' awards,
 * those waiting for a verdict (and those a re-check flagged) first, each with its checks and evidence; the officer
 * verifies one or marks it non-compliant with the reason the grantee reads. A refused verdict keeps the reason typed.
 */
@Named
@ViewScoped
public class OutputVerdictsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OutputsFacade outputs;

    @Inject
    transient LanguageSelection language;

    private final Map<Long, String> reasons = new HashMap<>();
    private transient List<ObligationView> queue;

    public List<ObligationView> getQueue() {
        if (queue == null) {
            queue = outputs.queue();
        }
        return queue;
    }

    public void verify(ObligationView o) {
        judge(o, true);
    }

    public void reject(ObligationView o) {
        judge(o, false);
    }

    private void judge(ObligationView o, boolean verified) {
        try {
            outputs.judge(o.id(), verified, reasons.get(o.id()), o.version());
            PageMessages.info(verified ? "outputs.page.verified" : "outputs.page.markedNonCompliant",
                    o.awardNumber() + "/" + (o.position() + 1));
            reasons.remove(o.id());
            queue = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "verdicts:", "outputs.page.field.");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            queue = null;
            PageMessages.error("outputs.page.conflict");
        }
    }

    /** A check's message in the reader's language, with its arguments and reasons. */
    public String message(ObligationView.CheckView check) {
        StringBuilder text = new StringBuilder(Texts.text(language.getLocale(), check.messageKey(),
                check.arguments().toArray()));
        check.reasonKeys().forEach(r -> text.append(' ').append(Texts.text(language.getLocale(), r)));
        return text.toString();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
