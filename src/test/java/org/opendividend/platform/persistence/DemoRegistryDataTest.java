package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo shows a public registry (issue #13): at least three accepted awards, across several ministries (lead and
 * co-funding), with Hakka and an Indigenous language among their outputs' languages and a payment made; and a
 * declined award the registry must leave out.
 */
class DemoRegistryDataTest {

    private static DataSource db;

    @BeforeAll
    static void seed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-registry-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        db = h2;
        SchemaMigration.migrate(db, true, Clock.fixed(Instant.parse("2031-06-15T03:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void publicProjectsSpanMinistriesAndLanguages() throws SQLException {
        List<List<String>> accepted = rows("select number from award where status = 'ACCEPTED' order by number");
        assertTrue(accepted.size() >= 3, "accepted awards: " + accepted);
        List<List<String>> ministries = rows("select distinct p.ministry_code from award_part p join award a"
                + " on a.id = p.award_id where a.status = 'ACCEPTED' order by p.ministry_code");
        assertEquals(List.of(List.of("moc"), List.of("moda"), List.of("nstc")), ministries);
        String languages = String.join(" ", rows("select o.languages from award_obligation o join award a"
                + " on a.id = o.award_id where a.status = 'ACCEPTED'").stream().map(r -> r.get(0)).toList());
        assertTrue(languages.contains("hak"), languages);
        assertTrue(List.of(languages.split(" ")).contains("ami"), "an Indigenous language: " + languages);
        assertEquals(List.of(List.of("600000")), rows("select sum(p.amount) from disbursement_payment p join"
                + " disbursement d on d.id = p.disbursement_id where d.award_id = 9001"));
        assertEquals(List.of(List.of("DECLINED")), rows("select status from award where number = '1009-3'"));
    }

    @Test
    void everyPublicAwardsObligationIsTrackedAndTheRegistryShowsSeveralStates() throws SQLException {
        assertEquals(List.of(), rows("select a.number, o.position from award_obligation o join award a"
                + " on a.id = o.award_id where a.status = 'ACCEPTED' and not exists (select 1 from output_obligation t"
                + " where t.award_id = o.award_id and t.position = o.position)"), "obligations outputs does not track");
        assertEquals(List.of(List.of("9001", "0", "VERIFIED"), List.of("9001", "1", "VERIFIED"),
                        List.of("9001", "2", "CHECKED"), List.of("9002", "0", "VERIFIED"), List.of("9002", "1", "PLANNED")),
                rows("select award_id, position, state from output_obligation where award_id in (9001, 9002)"
                        + " order by award_id, position"));
        assertEquals(List.of(List.of("9001", "moc"), List.of("9001", "moda"), List.of("9002", "moc"),
                        List.of("9002", "nstc")),
                rows("select distinct o.award_id, m.ministry_code from output_obligation_ministry m join output_obligation o"
                        + " on o.id = m.obligation_id where o.award_id in (9001, 9002) order by o.award_id, m.ministry_code"));
        assertEquals(List.of(List.of("0")), rows("select count(*) from output_obligation where state = 'VERIFIED'"
                + " and (judged_at is null or url is null)"), "a verified output has its verification time and link");
        assertEquals(List.of(List.of("6")), rows("select count(*) from output_mof_component m join output_obligation o"
                + " on o.id = m.obligation_id where o.award_id = 9001 and o.position = 1"));
    }

    private static List<List<String>> rows(String sql) throws SQLException {
        return SqlRows.of(db, sql);
    }
}
