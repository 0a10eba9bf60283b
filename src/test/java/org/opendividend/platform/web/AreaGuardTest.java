package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendividend.platform.identity.Role;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreaGuardTest {

    @ParameterizedTest
    @CsvSource({
            "/applicant/index.xhtml, GET, APPLICANT",
            "/applicant/, GET, APPLICANT",
            "/applicant/receipt, GET, APPLICANT",
            "/reviewer/index.xhtml, POST, REVIEWER",
            "/officer/screening.xhtml, GET, OFFICER",
            "/approver/calls.xhtml, GET, APPROVER",
            "/finance/, GET, FINANCE",
            "/admin/index.xhtml, GET, FUND_ADMIN",
            "/api/v1/audit/verifications/latest, GET, FUND_ADMIN",
            "/api/v1/calls, POST, OFFICER",
            "/api/v1/calls/7, PUT, OFFICER",
            "/api/v1/calls/7, DELETE, OFFICER"})
    void eachAreaNeedsItsRole(String path, String method, Role role) {
        assertEquals(Optional.of(role), AreaGuard.requiredRole(path, method));
    }

    @ParameterizedTest
    @CsvSource({
            "/index.xhtml, GET",
            "/calls/call.xhtml, GET",
            "/api/v1/calls, GET",
            "/api/v1/calls/feed, GET",
            "/api/v1/licences/MIT, GET",
            "/applicantx/index.xhtml, GET",
            "/session/login, GET"})
    void publicPathsNeedNoRole(String path, String method) {
        assertEquals(Optional.empty(), AreaGuard.requiredRole(path, method));
    }

    @Test
    void theApplicantsApiChecksItsRoleItself() {
        // answered 401 as JSON to anonymous callers by the resource, so not guarded (and redirected) here
        assertEquals(Optional.empty(), AreaGuard.requiredRole("/api/v1/applications/5", "PUT"));
    }
}
