package org.opendividend.review.control;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Translatable;
import org.opendividend.review.control.ApplicationFacts.Exclusion;
import org.opendividend.review.control.ApplicationFacts.TeamPerson;
import org.opendividend.review.control.ReviewerFacts.Affiliation;
import org.opendividend.review.control.ReviewerFacts.Collaborator;
import org.opendividend.review.control.ReviewerFacts.DeclaredConflict;
import org.opendividend.review.entity.Conflict;
import org.opendividend.review.entity.ConflictSource;
import org.opendividend.review.entity.DeclaredConflictKind;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each source of conflict of interest, with its boundaries, on facts of a reviewer and an application. */
class ConflictRulesTest {

    /** 15 June 2026: ties that ended in 2023 still count, those that ended in 2022 no longer. */
    private static final ConflictRules RULES = at("2026-06-15T04:00:00Z");
    private static final long APPLICATION = 42;
    private static final long NTU = 7;
    private static final String ORCID_LIN = "0000-0002-1825-0097";

    private static ConflictRules at(String instant) {
        return new ConflictRules(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static ReviewerFacts reviewer() {
        return new ReviewerFacts("Chen Mei-ling", "mei@example.org", Set.of(), List.of(), List.of(), List.of());
    }

    private static ReviewerFacts withOrganisation(Affiliation a) {
        return new ReviewerFacts("Chen Mei-ling", "mei@example.org", Set.of(), List.of(a), List.of(), List.of());
    }

    private static ReviewerFacts withMail(String email, String... domains) {
        return new ReviewerFacts("Chen Mei-ling", email, Set.of(domains), List.of(), List.of(), List.of());
    }

    private static ReviewerFacts withCollaborator(String orcid, int lastYear) {
        return new ReviewerFacts("Chen Mei-ling", "mei@example.org", Set.of(), List.of(),
                List.of(new Collaborator(orcid, lastYear)), List.of());
    }

    private static ApplicationFacts application(String applicantEmail, List<TeamPerson> team, List<Exclusion> exclusions) {
        return new ApplicationFacts(APPLICATION, applicantEmail, "", NTU, "National Taiwan University", team, exclusions);
    }

    private static ApplicationFacts application() {
        return application("wang@ntu.edu.tw", List.of(), List.of());
    }

    private static List<Conflict> conflicts(ReviewerFacts r, ApplicationFacts a) {
        return RULES.conflicts(r, a, OfficerRulings.NONE);
    }

    private static List<ConflictSource> sources(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::source).toList();
    }

    @Test
    void aStrangerHasNoConflict() {
        assertEquals(List.of(), conflicts(reviewer(), application()));
        assertFalse(RULES.isConflicted(reviewer(), application(), OfficerRulings.NONE));
    }

    @Nested
    class SameOrganisation {

        @Test
        void nowByTheOrganisationsIdWhateverTheName() {
            List<Conflict> found = conflicts(withOrganisation(new Affiliation(NTU, "臺大", null)), application());
            assertEquals(List.of(Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.organisation", "臺大")), found);
            assertTrue(found.get(0).blocks());
        }

        @Test
        void anotherOrganisationsIdDoesNotMatchEvenWithTheSameName() {
            assertEquals(List.of(), conflicts(withOrganisation(new Affiliation(8L, "National Taiwan University", null)),
                    application()));
        }

        @Test
        void byNameWhenTheReviewersOrganisationIsNotRegisteredCaseAndSpacesAside() {
            assertEquals(List.of(ConflictSource.ORGANISATION), sources(conflicts(
                    withOrganisation(new Affiliation(null, "national  TAIWAN university", null)), application())));
        }

        @Test
        void exactlyThreeYearsAgoStillCounts() {
            assertEquals(List.of(Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.organisation.former",
                            "NTU", 2023)),
                    conflicts(withOrganisation(new Affiliation(NTU, "NTU", 2023)), application()));
        }

        @Test
        void fourYearsAgoNoLonger() {
            assertEquals(List.of(), conflicts(withOrganisation(new Affiliation(NTU, "NTU", 2022)), application()));
        }

        @Test
        void threeYearsAreCalendarYearsInTaipei() {
            ReviewerFacts leftIn2023 = withOrganisation(new Affiliation(NTU, "NTU", 2023));
            // 15:59:59 UTC on 31 December 2026 is the year's last second in Taipei (UTC+8); 16:00 UTC is 2027 there
            assertEquals(1, at("2026-12-31T15:59:59Z").conflicts(leftIn2023, application(), OfficerRulings.NONE).size());
            assertEquals(0, at("2026-12-31T16:00:00Z").conflicts(leftIn2023, application(), OfficerRulings.NONE).size());
        }

        @Test
        void aTeamMembersAffiliationCountsToo() {
            ApplicationFacts a = application("wang@ntu.edu.tw",
                    List.of(new TeamPerson("Lin Yu", "", "", "Academia Sinica")), List.of());
            assertEquals(List.of(Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.affiliation",
                    "ACADEMIA SINICA", "Lin Yu")), conflicts(withOrganisation(new Affiliation(99L, "ACADEMIA SINICA", null)), a));
            assertEquals(List.of(Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.affiliation.former",
                    "Academia Sinica", "Lin Yu", 2024)), conflicts(withOrganisation(new Affiliation(99L, "Academia Sinica", 2024)), a));
        }
    }

    @Nested
    class SameEmailDomain {

        @Test
        void theSameDomainCaseAside() {
            assertEquals(List.of(Conflict.of(ConflictSource.EMAIL_DOMAIN, "conflict.reason.emailDomain", "ntu.edu.tw",
                            new Translatable("conflict.party.applicant"), "ntu.edu.tw")),
                    conflicts(withMail("Mei@NTU.edu.TW"), application()));
        }

        @Test
        void aSubdomainIsTheSameInstitutionEitherWay() {
            assertEquals(List.of(ConflictSource.EMAIL_DOMAIN), sources(conflicts(withMail("mei@cs.ntu.edu.tw"), application())));
            assertEquals(List.of(ConflictSource.EMAIL_DOMAIN), sources(conflicts(withMail("mei@ntu.edu.tw"),
                    application("wang@csie.ntu.edu.tw", List.of(), List.of()))));
        }

        @Test
        void sisterInstitutionsUnderTheSamePublicSuffixAreNot() {
            assertEquals(List.of(), conflicts(withMail("mei@nthu.edu.tw"), application()));
            assertEquals(List.of(), conflicts(withMail("mei@xntu.edu.tw"), application()));
        }

        @Test
        void aSuffixAloneDeclaredAsDomainMatchesNothing() {
            assertEquals(List.of(), conflicts(withMail("mei@example.org", "tw"), application()));
        }

        @Test
        void aDeclaredDomainOfTheReviewerCounts() {
            assertEquals(List.of(Conflict.of(ConflictSource.EMAIL_DOMAIN, "conflict.reason.emailDomain", "ntu.edu.tw",
                            new Translatable("conflict.party.applicant"), "ntu.edu.tw")),
                    conflicts(withMail("mei@example.org", "@NTU.edu.tw"), application()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "msn.com", "icloud.com",
                "proton.me", "ms15.hinet.net", "GMAIL.COM"})
        void publicMailDomainsAreIgnored(String domain) {
            assertEquals(List.of(), conflicts(withMail("mei@" + domain, domain),
                    application("wang@" + domain, List.of(), List.of())));
        }

        @Test
        void aTeamMembersAddressCountsWhereTheApplicationHasOne() {
            ApplicationFacts a = application("wang@gmail.com",
                    List.of(new TeamPerson("Lin Yu", "lin@sinica.edu.tw", "", "")), List.of());
            assertEquals(List.of(Conflict.of(ConflictSource.EMAIL_DOMAIN, "conflict.reason.emailDomain", "sinica.edu.tw",
                    "Lin Yu", "sinica.edu.tw")), conflicts(withMail("mei@sinica.edu.tw"), a));
        }

        @Test
        void whatIsNotAnAddressIsNoDomain() {
            assertEquals(List.of(), conflicts(withMail("not an address"), application("", List.of(), List.of())));
        }
    }

    @Nested
    class Collaborators {

        private ApplicationFacts applicantWithOrcid(String orcid) {
            return new ApplicationFacts(APPLICATION, "wang@example.com", orcid, NTU, "NTU", List.of(), List.of());
        }

        @Test
        void theApplicantWithinThreeYearsWhateverTheFormOfTheIdentifier() {
            assertEquals(List.of(Conflict.of(ConflictSource.COLLABORATOR, "conflict.reason.collaborator",
                            new Translatable("conflict.party.applicant"), ORCID_LIN, 2023)),
                    conflicts(withCollaborator(ORCID_LIN, 2023), applicantWithOrcid("https://orcid.org/0000000218250097")));
        }

        @Test
        void fourYearsAgoNoLonger() {
            assertEquals(List.of(), conflicts(withCollaborator(ORCID_LIN, 2022), applicantWithOrcid(ORCID_LIN)));
        }

        @Test
        void aTeamMember() {
            ApplicationFacts a = application("wang@example.com",
                    List.of(new TeamPerson("Lin Yu", "", ORCID_LIN.toLowerCase(Locale.ROOT), "")), List.of());
            assertEquals(List.of(Conflict.of(ConflictSource.COLLABORATOR, "conflict.reason.collaborator", "Lin Yu",
                    ORCID_LIN, 2026)), conflicts(withCollaborator(ORCID_LIN, 2026), a));
        }

        @Test
        void noIdentifierMatchesNothing() {
            assertEquals(List.of(), conflicts(withCollaborator("", 2026), applicantWithOrcid("")));
        }
    }

    @Nested
    class ExclusionRequests {

        private List<Conflict> excluding(Exclusion e) {
            return conflicts(new ReviewerFacts("陳美玲", "Mei.Chen@example.org", Set.of(),
                    List.of(new Affiliation(null, "Example Institute", 2020)), List.of(), List.of()),
                    application("wang@ntu.edu.tw", List.of(), List.of(e)));
        }

        @Test
        void byAddressCaseAside() {
            assertEquals(List.of(Conflict.of(ConflictSource.EXCLUSION_REQUEST, "conflict.reason.exclusion",
                            "Someone (mei.chen@EXAMPLE.org)", "competing project")),
                    excluding(new Exclusion("Someone", "mei.chen@EXAMPLE.org", "competing project")));
        }

        @Test
        void byNameAloneSpacesAndFullWidthAside() {
            assertEquals(List.of(Conflict.of(ConflictSource.EXCLUSION_REQUEST, "conflict.reason.exclusion", "陳 美玲",
                    "former supervisor")), excluding(new Exclusion("陳 美玲", "", "former supervisor")));
        }

        @Test
        void byNameAndAnOrganisationTheReviewerBelongedTo() {
            assertEquals(List.of(ConflictSource.EXCLUSION_REQUEST),
                    sources(excluding(new Exclusion("陳美玲", "example institute", "rival"))));
        }

        @Test
        void aNamesakeElsewhereIsNotTheReviewer() {
            assertEquals(List.of(), excluding(new Exclusion("陳美玲", "Another University", "rival")));
        }

        @Test
        void anotherNameAndAddressIsNotTheReviewer() {
            assertEquals(List.of(), excluding(new Exclusion("Lin Yu", "lin@example.org", "rival")));
        }
    }

    @Nested
    class Declarations {

        @Test
        void theReviewersDeclarationOnThisApplicationOnly() {
            ReviewerFacts r = new ReviewerFacts("Chen", "mei@example.org", Set.of(), List.of(), List.of(), List.of(
                    new DeclaredConflict(APPLICATION, DeclaredConflictKind.FINANCIAL, "I hold shares in a partner"),
                    new DeclaredConflict(APPLICATION + 1, DeclaredConflictKind.PERSONAL, "my brother")));
            assertEquals(List.of(Conflict.of(ConflictSource.REVIEWER_DECLARED, "conflict.reason.declared",
                    new Translatable("conflict.kind.financial"), "I hold shares in a partner")), conflicts(r, application()));
        }

        @Test
        void everyKindHasALabelInBothLanguages() {
            for (DeclaredConflictKind kind : DeclaredConflictKind.values()) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
                    assertFalse(Texts.text(locale, kind.labelKey()).equals(kind.labelKey()), kind + " in " + locale);
                }
            }
        }
    }

    @Nested
    class OfficersRulings {

        @Test
        void anOfficerAddsAConflict() {
            List<Conflict> found = RULES.conflicts(reviewer(), application(), new OfficerRulings(
                    List.of(new OfficerRulings.Added("Officer Ko", "same lab as the PI")), List.of()));
            assertEquals(List.of(Conflict.of(ConflictSource.OFFICER_ADDED, "conflict.reason.officer", "Officer Ko",
                    "same lab as the PI")), found);
            assertTrue(RULES.isConflicted(reviewer(), application(), new OfficerRulings(
                    List.of(new OfficerRulings.Added("Officer Ko", "same lab as the PI")), List.of())));
        }

        @Test
        void aLiftedSourceStaysListedWithTheReasonButNoLongerBlocks() {
            ReviewerFacts r = withOrganisation(new Affiliation(NTU, "NTU", 2023));
            OfficerRulings lifted = new OfficerRulings(List.of(), List.of(new OfficerRulings.Lifted(
                    ConflictSource.ORGANISATION, "Officer Ko", "left after a short visit")));
            List<Conflict> found = RULES.conflicts(r, application(), lifted);
            assertEquals(1, found.size());
            assertEquals(new Conflict.Lift("Officer Ko", "left after a short visit"), found.get(0).lifted().orElseThrow());
            assertFalse(found.get(0).blocks());
            assertFalse(RULES.isConflicted(r, application(), lifted));
        }

        @Test
        void liftingOneSourceLeavesTheOthers() {
            ReviewerFacts r = new ReviewerFacts("Chen", "mei@ntu.edu.tw", Set.of(), List.of(new Affiliation(NTU, "NTU", null)),
                    List.of(), List.of());
            OfficerRulings lifted = new OfficerRulings(List.of(), List.of(new OfficerRulings.Lifted(
                    ConflictSource.ORGANISATION, "Officer Ko", "reason")));
            List<Conflict> found = RULES.conflicts(r, application(), lifted);
            assertEquals(List.of(ConflictSource.ORGANISATION, ConflictSource.EMAIL_DOMAIN), sources(found));
            assertEquals(List.of(false, true), found.stream().map(Conflict::blocks).toList());
            assertTrue(RULES.isConflicted(r, application(), lifted));
        }
    }

    @Test
    void theFactsOfAnApplicationsContentAreItsTeamAndTheReviewersItAsksToExclude() {
        ApplicationContent content = new ApplicationContent("t", "t", "a", null, null,
                List.of(new TeamMember("Lin Yu", ORCID_LIN, "Academia Sinica", true)), Map.of(), List.of(), List.of(),
                ApplicationContent.Ethics.NONE, List.of(new ReviewerExclusion("Chen Mei-ling", "", "rival")));
        ApplicationFacts facts = ApplicationFacts.of(APPLICATION, "wang@ntu.edu.tw", "", NTU, "NTU", content);
        assertEquals(List.of(new TeamPerson("Lin Yu", "", ORCID_LIN, "Academia Sinica")), facts.team());
        assertEquals(List.of(ConflictSource.COLLABORATOR, ConflictSource.EXCLUSION_REQUEST),
                sources(conflicts(new ReviewerFacts("Chen Mei-ling", "mei@example.org", Set.of(), List.of(),
                        List.of(new Collaborator(ORCID_LIN, 2025)), List.of()), facts)));
    }

    @Test
    void everyReasonReadsInBothLanguagesWithItsArguments() {
        ReviewerFacts r = new ReviewerFacts("Chen", "mei@ntu.edu.tw", Set.of(),
                List.of(new Affiliation(NTU, "NTU", 2024), new Affiliation(null, "Academia Sinica", null)),
                List.of(new Collaborator(ORCID_LIN, 2025)),
                List.of(new DeclaredConflict(APPLICATION, DeclaredConflictKind.ADVISORY, "advisor")));
        ApplicationFacts a = new ApplicationFacts(APPLICATION, "wang@ntu.edu.tw", ORCID_LIN, NTU, "NTU",
                List.of(new TeamPerson("Lin Yu", "", "", "Academia Sinica")), List.of(new Exclusion("Chen", "", "rival")));
        List<Conflict> found = RULES.conflicts(r, a, new OfficerRulings(
                List.of(new OfficerRulings.Added("Ko", "lab")), List.of()));
        assertEquals(List.of(ConflictSource.values()), found.stream().map(Conflict::source).distinct().toList());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
            for (Conflict c : found) {
                String text = Texts.problem(locale, new FieldProblem(null, c.reasonKey(), c.arguments()));
                assertFalse(text.startsWith("conflict.") || text.contains("{") || text.contains("conflict."),
                        locale + ": " + text);
            }
        }
        assertTrue(Texts.problem(Locale.ENGLISH, new FieldProblem(null, found.get(0).reasonKey(), found.get(0).arguments()))
                .contains("until 2024"));
    }
}
