package org.opendividend.organisations.control;

import org.junit.jupiter.api.Test;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.OrganisationFixtures;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.validation.FieldProblem;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisation details and invitations are checked field by field, with message keys the pages translate. */
class OrganisationInputCheckTest {

    private static OrganisationDetails with(String nameZhTw, String nameEn, OrganisationType type, String ubn,
                                            String address, String ror) {
        return new OrganisationDetails(nameZhTw, nameEn, type, ubn, address, ror);
    }

    @Test
    void completeDetailsPass() {
        assertEquals(List.of(), OrganisationInputCheck.problems(OrganisationFixtures.details("x")));
    }

    @Test
    void markupInNamesIsTextNotAProblem() {
        assertEquals(List.of(), OrganisationInputCheck.problems(with("<script>alert(1)</script>", "<b>x</b>",
                OrganisationType.COMMUNITY_ORGANISATION, null, "地址", null)));
    }

    @Test
    void missingNamesTypeAndAddressAreRequired() {
        assertEquals(List.of(FieldProblem.of("nameZhTw", "validation.required"), FieldProblem.of("nameEn", "validation.required"),
                        FieldProblem.of("type", "validation.required"), FieldProblem.of("address", "validation.required")),
                OrganisationInputCheck.problems(with(" ", null, null, null, "", null)));
    }

    @Test
    void registeredTypesNeedAValidBusinessNumberCommunitiesMayGiveOne() {
        for (OrganisationType type : List.of(OrganisationType.COMPANY, OrganisationType.NON_PROFIT,
                OrganisationType.UNIVERSITY, OrganisationType.RESEARCH_INSTITUTE)) {
            assertEquals(List.of(FieldProblem.of("businessNumber", "org.problem.businessNumberRequired")),
                    OrganisationInputCheck.problems(with("名", "Name", type, "", "地址", null)), type.name());
        }
        for (OrganisationType type : List.of(OrganisationType.COMMUNITY_ORGANISATION,
                OrganisationType.INDIGENOUS_COMMUNITY_ORGANISATION, OrganisationType.HAKKA_COMMUNITY_ORGANISATION)) {
            assertEquals(List.of(), OrganisationInputCheck.problems(with("名", "Name", type, null, "地址", null)), type.name());
            assertEquals(List.of(FieldProblem.of("businessNumber", "org.problem.businessNumberInvalid")),
                    OrganisationInputCheck.problems(with("名", "Name", type, "12345678", "地址", null)),
                    "a number given is checked: " + type);
        }
    }

    @Test
    void aWrongChecksumOrRorIdIsNamedAtItsField() {
        assertEquals(List.of(FieldProblem.of("businessNumber", "org.problem.businessNumberInvalid"),
                        FieldProblem.of("rorId", "org.problem.rorInvalid")),
                OrganisationInputCheck.problems(with("名", "Name", OrganisationType.COMPANY, "04595258", "地址", "03vek6s53")));
    }

    @Test
    void overLongTextIsRefusedWithTheLimit() {
        String longName = "名".repeat(201);
        assertEquals(List.of(FieldProblem.of("nameZhTw", "validation.tooLong", 200),
                        FieldProblem.of("address", "validation.tooLong", 500)),
                OrganisationInputCheck.problems(with(longName, "Name", OrganisationType.COMMUNITY_ORGANISATION, null,
                        "a".repeat(501), null)));
    }

    @Test
    void invitationsNeedAnAddressAndARole() {
        assertEquals(List.of(), OrganisationInputCheck.invitationProblems(" co@example.org ", MemberRole.EDITOR));
        assertEquals(List.of(FieldProblem.of("email", "validation.required"), FieldProblem.of("role", "validation.required")),
                OrganisationInputCheck.invitationProblems("", null));
        assertEquals(List.of(FieldProblem.of("email", "org.problem.emailInvalid")),
                OrganisationInputCheck.invitationProblems("not an address", MemberRole.VIEWER));
        assertEquals(List.of(FieldProblem.of("email", "validation.tooLong", 254)),
                OrganisationInputCheck.invitationProblems("a".repeat(250) + "@example.org", MemberRole.VIEWER));
    }
}
