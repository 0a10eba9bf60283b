package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.platform.security.Sha256;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo has a call to review (issue #10): call 1005 closed before the demo day, with at least six eligible
 * applications in both languages whose target languages include Hakka and an Indigenous language, each with its
 * submitted version (snapshot and its SHA-256); and the reviewers of the ministries funding it have profiles whose
 * loads cover three reviews per application and who read every target language. And it has a reviewed call for the
 * panel's funding line (issue #11): call 1006, closed, with ten eligible applications and the demo reviewers' submitted
 * reviews, three for each but one, within every reviewer's load and free of conflicts of interest, asking for more than
 * the call's budget.
 */
class DemoReviewDataTest {

    private static final Instant DEMO_STARTS = Instant.parse("2031-06-15T03:00:00Z");
    private static final Set<String> INDIGENOUS = Set.of("ami", "tay", "pwn", "bnn", "trv", "tao", "szy");
    private static DataSource db;

    @BeforeAll
    static void seed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-review-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        db = h2;
        SchemaMigration.migrate(db, true, Clock.fixed(DEMO_STARTS, ZoneOffset.UTC));
    }

    @Test
    void call1005IsClosedWithSixEligibleApplicationsInBothLanguagesAndTheirSubmittedVersions() throws SQLException {
        assertEquals(List.of(List.of("CLOSED")), rows("select status from funding_call where id = 1005"
                + " and closes_at < timestamp with time zone '2031-06-15 03:00:00+00'"), "closed before the demo day");

        List<List<String>> eligible = rows("select a.id, a.abstract_text, v.snapshot, v.snapshot_sha256 from application a"
                + " join application_version v on v.application_id = a.id"
                + " where a.call_id = 1005 and a.status = 'ELIGIBLE' and a.screening_outcome = 'ELIGIBLE'");
        assertTrue(eligible.size() >= 6, "eligible applications: " + eligible.size());
        long chinese = eligible.stream().filter(a -> a.get(1).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).count();
        assertTrue(chinese >= 1 && chinese < eligible.size(), "abstracts in Chinese and in English: " + chinese);
        for (List<String> application : eligible) {
            assertEquals(Sha256.hex(application.get(2)), application.get(3), "the snapshot's hash, application " + application.get(0));
            assertTrue(application.get(2).contains("\"application\":" + application.get(0)), application.get(2));
        }

        Set<String> languages = targetLanguages();
        assertTrue(languages.contains("hak"), "Hakka: " + languages);
        assertTrue(languages.stream().anyMatch(INDIGENOUS::contains), "an Indigenous language: " + languages);
    }

    @Test
    void theFundingMinistriesReviewersCoverThreeReviewsPerApplicationAndEveryTargetLanguage() throws SQLException {
        String reviewers = "select distinct p.subject from reviewer_profile p join reviewer_pool_member m on m.subject = p.subject"
                + " join call_funding_share s on s.ministry_code = m.ministry_code and s.call_id = 1005"
                + " join person n on n.subject = p.subject"
                + " where m.call_id is null and m.status = 'INVITED' and p.available";
        int load = Integer.parseInt(rows("select sum(max_load_per_call) from reviewer_profile where subject in (" + reviewers + ")")
                .get(0).get(0));
        int applications = Integer.parseInt(rows("select count(*) from application where call_id = 1005 and status = 'ELIGIBLE'")
                .get(0).get(0));
        int reviewsPerApplication = Integer.parseInt(rows("select reviews_per_application from funding_call where id = 1005")
                .get(0).get(0));
        assertTrue(load >= reviewsPerApplication * applications, "capacity " + load + " for " + applications + " applications");
        assertTrue(rows(reviewers).size() >= 5, "reviewers: " + rows(reviewers));

        Set<String> read = new HashSet<>();
        rows("select code from reviewer_language where subject in (" + reviewers + ")").forEach(r -> read.add(r.get(0)));
        assertTrue(read.containsAll(targetLanguages()), "read " + read + ", needed " + targetLanguages());
    }

    @Test
    void call1006IsClosedWithTenEligibleApplicationsAndTheirSubmittedVersions() throws SQLException {
        assertEquals(List.of(List.of("CLOSED")), rows("select status from funding_call where id = 1006"
                + " and closes_at < timestamp with time zone '2031-06-15 03:00:00+00'"), "closed before the demo day");
        List<List<String>> eligible = rows("select a.id, v.snapshot, v.snapshot_sha256 from application a"
                + " join application_version v on v.application_id = a.id"
                + " where a.call_id = 1006 and a.status = 'ELIGIBLE' and a.screening_outcome = 'ELIGIBLE'");
        assertEquals(10, eligible.size(), "eligible applications with their submitted version");
        for (List<String> application : eligible) {
            assertEquals(Sha256.hex(application.get(1)), application.get(2), "the snapshot's hash, application " + application.get(0));
            assertTrue(application.get(1).contains("\"application\":" + application.get(0) + ",\"call\":1006"),
                    application.get(1));
        }
    }

    /**
     * Call 1007 is decided (issue #11, item 6, the offer tried in the browser): its funding decision is taken, funding
     * application 3201 in full, split 2 : 1 by the shares, with 3202 on the reserve list; 3201's organisation is owned
     * by the demo user "applicant", who answers the offer; both have their submitted version; no award is seeded.
     */
    @Test
    void call1007IsDecidedFundingTheDemoApplicantsApplicationWithOneOnTheReserveList() throws SQLException {
        assertEquals(List.of(List.of("DECIDED", "DECIDED")), rows("select c.status, d.status from funding_call c"
                + " join funding_decision d on d.call_id = c.id where c.id = 1007"));
        assertEquals(List.of(List.of("3201", "FUND", "1200000"), List.of("3202", "RESERVE", "0")),
                rows("select l.application_id, l.outcome, l.amount from funding_decision_line l join funding_decision d"
                        + " on d.id = l.decision_id where d.call_id = 1007 order by l.position"));
        assertEquals(List.of(List.of("moc", "800000"), List.of("moda", "400000")),
                rows("select p.ministry_code, p.amount from funding_decision_part p join funding_decision d"
                        + " on d.id = p.decision_id where d.call_id = 1007 order by p.position"));
        assertEquals(List.of(List.of("OWNER")), rows("select m.role from organisation_member m join application a"
                + " on a.organisation_id = m.organisation_id where a.id = 3201"
                + " and m.subject = '00000000-0000-4000-8000-000000000001'"), "the demo applicant owns 3201's organisation");
        List<List<String>> versions = rows("select a.id, v.snapshot, v.snapshot_sha256 from application a"
                + " join application_version v on v.application_id = a.id where a.call_id = 1007 order by a.id");
        assertEquals(2, versions.size());
        for (List<String> version : versions) {
            assertEquals(Sha256.hex(version.get(1)), version.get(2), "the snapshot's hash, application " + version.get(0));
        }
        assertEquals(List.of(List.of("1200000"), List.of("900000")), rows("select sum(b.amount) from application_budget_line b"
                + " join application a on a.id = b.application_id where a.call_id = 1007 group by a.id order by a.id"),
                "the funded request, and a reserve request the money freed by a decline covers");
        assertEquals(List.of(List.of("0")), rows("select count(*) from award where call_id = 1007"), "offering is the demo");
    }

    @Test
    void call1006HasThreeSubmittedReviewsForNineApplicationsAndTwoForOneScoringEveryCriterionWithinItsScale()
            throws SQLException {
        Map<String, ScoreScale> criteria = rows("select id, scale from call_criterion where call_id = 1006").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> ScoreScale.valueOf(r.get(1))));
        assertEquals(3, criteria.size(), "the call's criteria");
        List<List<String>> reviews = rows("select r.id, a.application_id from review r"
                + " join review_assignment a on a.id = r.assignment_id"
                + " where a.call_id = 1006 and a.status = 'SUBMITTED' and r.submitted_at is not null");
        for (List<String> review : reviews) {
            Map<String, BigDecimal> scores = rows("select criterion_id, score from review_score where review_id = "
                    + review.get(0)).stream().collect(Collectors.toMap(r -> r.get(0), r -> new BigDecimal(r.get(1))));
            assertEquals(criteria.keySet(), scores.keySet(), "every criterion scored, review " + review.get(0));
            scores.forEach((criterion, score) -> assertTrue(criteria.get(criterion).contains(score),
                    "review " + review.get(0) + " scores " + score + " on criterion " + criterion));
        }
        Map<String, Long> perApplication = reviews.stream()
                .collect(Collectors.groupingBy(r -> r.get(1), Collectors.counting()));
        assertEquals(10, perApplication.size(), "every application reviewed: " + perApplication);
        assertEquals(9, perApplication.values().stream().filter(n -> n == 3).count(), "complete: " + perApplication);
        assertEquals(1, perApplication.values().stream().filter(n -> n == 2).count(), "incomplete: " + perApplication);
    }

    @Test
    void call1006sReviewersStayWithinTheirLoadsAndItsApplicationsAskForMoreThanItsBudget() throws SQLException {
        // the assignments that take a reviewer's room, as the solver counts them: neither declined nor withdrawn
        List<List<String>> overLoad = rows("select a.reviewer_subject, count(*), p.max_load_per_call"
                + " from review_assignment a join reviewer_profile p on p.subject = a.reviewer_subject"
                + " where a.call_id = 1006 and a.status not in ('DECLINED', 'WITHDRAWN', 'CONFLICT_DECLARED')"
                + " group by a.reviewer_subject, p.max_load_per_call having count(*) > p.max_load_per_call");
        assertEquals(List.of(), overLoad, "reviewers over their most applications per call");
        assertEquals(5, rows("select distinct reviewer_subject from review_assignment where call_id = 1006").size(),
                "the five demo reviewers");

        long budget = Long.parseLong(rows("select sum(amount) from call_funding_share where call_id = 1006").get(0).get(0));
        long requested = Long.parseLong(rows("select sum(b.amount) from application_budget_line b"
                + " join application a on a.id = b.application_id where a.call_id = 1006").get(0).get(0));
        assertEquals(budget, Long.parseLong(rows("select budget from funding_call where id = 1006").get(0).get(0)),
                "the shares add up to the budget");
        assertTrue(budget < requested, "budget " + budget + " below the requests " + requested);
    }

    @Test
    void call1006sReviewersShareNoOrganisationOrMailDomainWithTheApplicationsTheyReviewed() throws SQLException {
        String submitted = " from review_assignment r join application a on a.id = r.application_id"
                + " where r.call_id = 1006 and r.status = 'SUBMITTED'";
        assertEquals(29, rows("select r.id" + submitted).size(), "the reviews checked");
        // as ConflictRules compares them: the reviewer's mail domains against the applicant's address (a domain and its
        // subdomains are one), the reviewer's affiliations against the organisation and the team's affiliations
        assertEquals(List.of(), rows("select r.id, d.domain, p.email" + submitted.replace(" where ",
                " join reviewer_email_domain d on d.subject = r.reviewer_subject join person p on p.subject = a.owner_subject where ")
                + " and (lower(p.email) like '%@' || d.domain or lower(p.email) like '%.' || d.domain)"), "shared mail domains");
        assertEquals(List.of(), rows("select r.id, f.organisation" + submitted.replace(" where ",
                " join reviewer_affiliation f on f.subject = r.reviewer_subject join organisation o on o.id = a.organisation_id where ")
                + " and (f.organisation in (o.name_zh_tw, o.name_en) or f.organisation in"
                + " (select t.affiliation from application_team_member t where t.application_id = a.id))"),
                "shared organisations");
    }

    private static Set<String> targetLanguages() throws SQLException {
        Set<String> languages = new HashSet<>();
        rows("select o.languages from application_planned_output o join application a on a.id = o.application_id"
                + " where a.call_id = 1005").forEach(r -> Arrays.stream(r.get(0).split("[,\\s]+"))
                .filter(code -> !code.isBlank()).forEach(languages::add));
        return languages;
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        return SqlRows.of(db, sql);
    }
}
