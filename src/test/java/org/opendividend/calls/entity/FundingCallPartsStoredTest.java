package org.opendividend.calls.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.persistence.SchemaMigration;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call's parts are embedded in its own row and tables: stored and read back through Hibernate on the migrated
 * schema, each part comes back whole, also a part whose columns are all empty (a new draft has no dates and is
 * open to nobody), and a stored call can still be revised, published and extended.
 */
class FundingCallPartsStoredTest {

    private static final Actor OFFICER = new Actor("officer-sub", "張家豪");
    private static final Actor APPROVER = new Actor("approver-sub", "吳美玲");
    private static final Instant CREATED = CallFixtures.CREATED;

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migratedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:call-parts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        SchemaMigration.migrate(h2, true);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.nonJtaDataSource", h2);
        properties.put("hibernate.transaction.jta.platform", "none");
        factory = Persistence.createEntityManagerFactory("opendividend", properties);
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void aNewDraftsEmptyPartsComeBackEmptyNotMissing() {
        long id = stored(FundingCall.draft("tw-public-ai", "moc", OFFICER, CREATED));
        FundingCall read = read(id);
        assertEquals(CallTexts.EMPTY, read.texts());
        assertNotNull(read.timetable(), "no dates yet, still a timetable");
        assertNull(read.opensAt());
        assertEquals(CallStatus.DRAFT, read.statusAt(CallFixtures.AFTER));
        assertNotNull(read.eligibility(), "open to nobody yet, still an eligibility");
        assertEquals(Set.of(), read.organisationTypes());
        assertEquals(Map.of("moc", java.math.BigDecimal.ZERO), read.shares());
        assertEquals(3, read.reviewSetup().reviewsPerApplication());
        assertEquals(OutputPolicy.DEFAULT_RETENTION_PERCENT, read.outputPolicy().retentionPercent());
    }

    @Test
    void aStoredDraftIsRevisedPublishedAndExtendedPartByPart() {
        long id = stored(FundingCall.draft("tw-public-ai", "moc", OFFICER, CREATED));
        CallContent content = CallFixtures.content();
        change(id, call -> call.revise(content, OFFICER, CREATED.plus(Duration.ofHours(1))));
        change(id, call -> call.coFunders().forEach(m -> call.decideShare(m,
                ShareConsent.accepted(call.shares().get(m), APPROVER, CREATED.plus(Duration.ofHours(2))),
                CREATED.plus(Duration.ofHours(2)))));
        change(id, call -> call.apply(CallAction.PUBLISH, APPROVER, CallFixtures.NOW));
        Instant later = CallFixtures.CLOSES_AT.plus(Duration.ofDays(7));
        change(id, call -> call.extendDeadline(later, "more time for the communities", OFFICER, CallFixtures.DURING));

        FundingCall read = read(id);
        assertEquals(content.texts(), read.texts());
        assertEquals(content.funding().shares(), read.shares());
        assertTrue(read.shareConsents().get(CallFixtures.CO_FUNDER).accepts(content.funding().shares().get(CallFixtures.CO_FUNDER)));
        assertEquals(content.eligibility().organisationTypes(), read.organisationTypes());
        assertEquals(content.eligibility().questions(), read.questions().stream().map(Question::spec).toList());
        assertEquals(content.review().criteria().size(), read.reviewSetup().criteria().size());
        assertEquals(content.review().blindReview(), read.reviewSetup().blindReview());
        assertEquals(content.outputs().allowedLicences().get(OutputType.CODE), read.outputPolicy().allowedLicences().get(OutputType.CODE));
        assertEquals(content.outputs().requiredMofClass(), read.outputPolicy().requiredMofClass());
        assertEquals(CallFixtures.OPENS_AT, read.opensAt());
        assertEquals(later, read.closesAt());
        assertEquals(1, read.extensions().size());
        assertEquals(CallFixtures.CLOSES_AT, read.extensions().get(0).previousClosesAt());
        assertEquals(CallStatus.OPEN, read.statusAt(CallFixtures.CLOSES_AT), "open past the old deadline");
    }

    @Test
    void queriesReachTheCallsPartsByTheirPaths() {
        long id = stored(FundingCall.draft("tw-public-ai", "moc", OFFICER, CREATED));
        EntityManager em = factory.createEntityManager();
        // the paths the facades' queries use: shares under funding, instants under timetable, titles under texts
        var found = em.createQuery("select c.id from FundingCall c join c.funding.shares s where key(s) in :ministries"
                        + " and c.id = :id and c.texts.titleZhTw = '' order by c.timetable.closesAt, c.timetable.opensAt", Long.class)
                .setParameter("ministries", Set.of("moc")).setParameter("id", id).getResultList();
        em.close();
        assertEquals(java.util.List.of(id), found);
    }

    private static long stored(FundingCall call) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        em.persist(call);
        em.getTransaction().commit();
        em.close();
        return call.id();
    }

    private static void change(long id, Consumer<FundingCall> change) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        change.accept(em.find(FundingCall.class, id));
        em.getTransaction().commit();
        em.close();
    }

    /** The call as stored, read in a fresh persistence context, every part touched before it closes. */
    private static FundingCall read(long id) {
        EntityManager em = factory.createEntityManager();
        FundingCall call = em.find(FundingCall.class, id);
        call.shares();
        call.shareConsents();
        call.organisationTypes();
        call.questions().forEach(Question::spec);
        call.reviewSetup().criteria();
        call.outputPolicy().allowedLicences();
        call.extensions();
        em.close();
        return call;
    }
}
