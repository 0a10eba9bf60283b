package org.opendividend.applications.boundary;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the wizard offers before it needs the call. */
class ApplicationWizardTest {

    /** A background save can post a row the page has not shown yet: its type is missing, the page must still render. */
    @Test
    void anOutputWithoutATypeYetIsOfferedNoLicenceInsteadOfFailingThePage() {
        ApplicationWizard wizard = new ApplicationWizard();
        assertEquals(Set.of(), wizard.licencesFor(null));
        assertEquals(Set.of(), wizard.licencesFor(" "));
    }
}
