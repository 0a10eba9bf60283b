package org.opendividend.applications.boundary;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.opendividend.stack.Browser;
import org.opendividend.stack.FormFilling;

/** What an applicant does before writing: log in from a call's page, found an organisation, start the application. */
final class ApplicantSteps {

    static final long OPEN_DEMO_CALL = 1001;

    private ApplicantSteps() {
    }

    /**
     * From the public page of the open demo call to a new application in the wizard, on behalf of a new
     * organisation whose names carry the marker.
     */
    static void startApplication(Browser browser, String username, String marker) {
        FormFilling form = new FormFilling(browser.driver());
        browser.open("/calls/call.xhtml?id=" + OPEN_DEMO_CALL);
        browser.click("apply");
        browser.loginOnKeycloakPage(username, "demo");
        if (!browser.driver().getCurrentUrl().contains("/applicant/apply.xhtml?call=" + OPEN_DEMO_CALL)) {
            throw new AssertionError("not back at the call after login: " + browser.driver().getCurrentUrl());
        }
        browser.click("start:manage-organisations");
        form.type("create:nameZhTw", "客語數位協會 " + marker).type("create:nameEn", "Hakka Digital " + marker)
                .type("create:businessNumber", "04595257").type("create:address", "桃園市中壢區");
        new Select(browser.driver().findElement(By.id("create:type"))).selectByValue("NON_PROFIT");
        form.submit("create:save");

        browser.open("/applicant/apply.xhtml?call=" + OPEN_DEMO_CALL);
        browser.driver().findElement(By.xpath("//input[contains(@class,'start-for') and contains(@value,'" + marker + "')]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard-title")));
    }
}
