package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.validation.NoSuchObjectException;

/**
 * The public page of one call ({@code /calls/call.xhtml?id=N}): everything an applicant needs. A call that does
 * not exist, is still a draft or whose id cannot be read is not found (404), whoever asks: staff see drafts on
 * their own pages.
 */
@Named
@RequestScoped
public class PublicCallPage {

    @Inject
    CallFacade calls;

    private String id;
    private FundingCall call;

    /** The page's view action: loads the call or answers 404. */
    public void load() {
        call = PublicCallQuery.id(id).flatMap(calls::publicCall)
                .orElseThrow(() -> new NoSuchObjectException("Call", PublicCallQuery.id(id).map(String::valueOf).orElse("(invalid id)")));
    }

    public FundingCall getCall() {
        return call;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
