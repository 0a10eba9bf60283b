package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo calls' dates count from the day the demo starts, so that a demo started on any day has open calls: on a
 * day years after the demo data was written, call 1001 is open with its deadline months ahead.
 */
class DemoCallDatesTest {

    /** A day long after the demo data was written (its calls once closed in 2027). */
    private static final Instant DEMO_STARTS = Instant.parse("2031-06-15T03:00:00Z");

    private record Dates(String status, Instant opensAt, Instant closesAt) {
    }

    private static DataSource freshDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-dates-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static Dates call(DataSource dataSource, long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select status, opens_at, closes_at from funding_call where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "demo call " + id);
                return new Dates(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, OffsetDateTime.class).toInstant());
            }
        }
    }

    @Test
    void theOpenDemoCallsAreOpenOnTheDayTheDemoStarts() throws SQLException {
        DataSource db = freshDatabase();
        SchemaMigration.migrate(db, true, Clock.fixed(DEMO_STARTS, ZoneOffset.UTC));

        for (long open : new long[] {1001, 1002}) {
            Dates dates = call(db, open);
            assertEquals("OPEN", dates.status(), "call " + open);
            assertTrue(dates.opensAt().isBefore(DEMO_STARTS), "call " + open + " opened before the demo: " + dates);
            assertTrue(dates.closesAt().isAfter(DEMO_STARTS.plus(Duration.ofDays(60))),
                    "call " + open + " closes months after the demo starts: " + dates);
        }
        // 2031-06-15 in Taipei: call 1001 opened 29 days before at 09:00 and closes 121 days after at 17:00 Taipei time
        assertEquals(new Dates("OPEN", Instant.parse("2031-05-17T01:00:00Z"), Instant.parse("2031-10-14T09:00:00Z")),
                call(db, 1001));

        Dates later = call(db, 1003);
        assertEquals("PUBLISHED", later.status());
        assertTrue(later.opensAt().isAfter(DEMO_STARTS), "call 1003 opens after the demo starts: " + later);
        Dates draft = call(db, 1004);
        assertEquals("DRAFT", draft.status());
        assertTrue(draft.opensAt().isAfter(DEMO_STARTS) && draft.closesAt().isAfter(draft.opensAt()), "draft: " + draft);
    }

    @Test
    void aLaterStartKeepsTheDatesOfTheDayTheDemoStarted() throws SQLException {
        DataSource db = freshDatabase();
        SchemaMigration.migrate(db, true, Clock.fixed(DEMO_STARTS, ZoneOffset.UTC));
        Dates first = call(db, 1001);

        // the placeholder changed, so Flyway runs the demo data again; being insert-only, it changes nothing
        SchemaMigration.migrate(db, true, Clock.fixed(DEMO_STARTS.plus(Duration.ofDays(3)), ZoneOffset.UTC));
        assertEquals(first, call(db, 1001));
    }

    @Test
    void theDemoDayIsTheDayInTaipei() {
        assertEquals("2031-06-16", SchemaMigration.demoDay(Clock.fixed(Instant.parse("2031-06-15T16:30:00Z"), ZoneOffset.UTC)));
    }
}
