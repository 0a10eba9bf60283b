package org.opendividend.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL migrations own the schema and Hibernate only validates it: migrate an empty database with the same
 * code the application runs at deployment, then let Hibernate validate every entity against it. On H2 always;
 * on PostgreSQL when {@code OPENDIVIDEND_TEST_PG_URL} names one (CI does, and requires it).
 */
class SchemaMatchesEntitiesTest {

    @Test
    void migrationsProduceTheSchemaTheEntitiesExpectOnH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        migrateTwiceAndValidate(h2);
    }

    @Test
    void migrationsProduceTheSchemaTheEntitiesExpectOnPostgreSql() throws Exception {
        String url = System.getenv("OPENDIVIDEND_TEST_PG_URL");
        boolean required = Boolean.parseBoolean(System.getenv("OPENDIVIDEND_TEST_PG_REQUIRED"));
        if (required) {
            assertTrue(url != null && !url.isBlank(), "CI requires OPENDIVIDEND_TEST_PG_URL");
        }
        PGSimpleDataSource pg = TestPostgres.orSkip();
        try (Connection c = pg.getConnection()) {
            // a clean schema each run, so the migrations run from the start as on a new deployment
            c.createStatement().execute("drop schema if exists public cascade");
            c.createStatement().execute("create schema public");
        }
        migrateTwiceAndValidate(pg);
    }

    private static void migrateTwiceAndValidate(DataSource dataSource) throws Exception {
        // one demo day for both runs: a run on the next day would seed again (the demo data's dates count from it)
        java.time.Clock today = java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC);
        MigrateResult first = SchemaMigration.migrate(dataSource, true, today);
        assertTrue(first.success);
        // every schema migration in sql/migration, the latest being the schema's version, and every demo script
        List<Integer> versions;
        long demoScripts;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sql/demo"))) {
            demoScripts = files.filter(f -> f.getFileName().toString().matches("R__.*\\.sql")).count();
        }
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sql/migration"))) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
        assertEquals(Integer.toString(versions.get(versions.size() - 1)), first.targetSchemaVersion);
        assertEquals(versions.size() + demoScripts, first.migrationsExecuted, "the schema migrations and the demo data scripts");
        Number snapshotRoom = single(dataSource, "select character_maximum_length from information_schema.columns "
                + "where lower(table_name) = 'application_version' and lower(column_name) = 'snapshot'"
                // this schema's table only: the database may hold other schemas' (the crash drill's, an older run's)
                + " and lower(table_schema) = lower(current_schema)");
        // unbounded (no length) or at least room for fifty answers at their limit of 20,000 characters
        assertTrue(snapshotRoom == null || snapshotRoom.longValue() >= 1_000_000, "snapshot room: " + snapshotRoom);

        MigrateResult second = SchemaMigration.migrate(dataSource, true, today);
        assertEquals(0, second.migrationsExecuted, "seeding again changes nothing");
        assertEquals(3, count(dataSource, "select count(*) from ministry"));
        assertEquals(1, count(dataSource, "select count(*) from audit_chain_head"));
        assertTrue(count(dataSource, "select count(distinct lead_ministry) from funding_call where status <> 'DRAFT'") >= 3,
                "the demo has public calls from at least three ministries");

        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("hibernate.transaction.jta.platform", "none");
        properties.put("hibernate.hbm2ddl.auto", "validate");
        // the integrator migrates first, as in the container; validation failing throws here
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("opendividend", properties);
        try {
            var em = factory.createEntityManager();
            assertEquals(3L, em.createQuery("select count(m) from Ministry m", Long.class).getSingleResult());
            assertEquals(1L, em.createQuery("select count(p) from FundProgramme p", Long.class).getSingleResult());
            // every mapped association of a call reads from the migrated tables
            var calls = em.createQuery("select c from FundingCall c", org.opendividend.calls.entity.FundingCall.class).getResultList();
            assertTrue(calls.stream().allMatch(c -> !c.reviewSetup().criteria().isEmpty() || c.recordedStatus() == org.opendividend.calls.entity.CallStatus.DRAFT));
            assertTrue(calls.stream().anyMatch(c -> !c.outputPolicy().allowedLicences().values().stream().allMatch(java.util.Set::isEmpty)));
            em.close();
        } finally {
            factory.close();
        }
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        return ((Number) single(dataSource, sql)).longValue();
    }

    /** The one value a query answers (null when the database says null). */
    private static Number single(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return (Number) rs.getObject(1);
        }
    }
}
