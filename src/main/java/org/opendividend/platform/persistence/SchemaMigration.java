package org.opendividend.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

import org.opendividend.platform.i18n.Formats;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the database to the schema of {@code sql/migration} with Flyway and, in demo mode, loads the idempotent
 * demo data of {@code sql/demo} (and then restarts the identity columns above its fixed ids,
 * {@link IdentitiesAfterSeeding}). The SQL migrations own the schema; Hibernate only validates it.
 */
public final class SchemaMigration {

    static final String MIGRATIONS = "classpath:db/migration";
    static final String DEMO_DATA = "classpath:db/demo";
    /** The Flyway placeholder {@code ${demo_day}} of the demo data: the day the demo starts, as yyyy-MM-dd. */
    static final String DEMO_DAY = "demo_day";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, boolean withDemoData) {
        return migrate(dataSource, withDemoData, Clock.systemUTC());
    }

    /** As {@link #migrate(DataSource, boolean)}, with the clock that says which day the demo starts on. */
    static MigrateResult migrate(DataSource dataSource, boolean withDemoData, Clock clock) {
        MigrateResult result = flyway(dataSource, withDemoData, clock).migrate();
        if (withDemoData) {
            IdentitiesAfterSeeding.restartAboveLargestIds(dataSource);
        }
        LOG.info(() -> "database at schema version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied");
        return result;
    }

    /** Where the database stands against the migrations in this build. */
    public record State(String version, int pending, int failed) {

        /** Ready for requests: every migration of this build is applied and none failed. */
        public boolean current() {
            return pending == 0 && failed == 0 && version != null;
        }
    }

    /**
     * Reads the schema history (no change): a server whose database lags behind its build, or whose last migration
     * failed, must not take requests that the entities would misread.
     */
    public static State state(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource, false, Clock.systemUTC()).info();
        MigrationInfo current = info.current();
        int failed = (int) java.util.Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
        return new State(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                info.pending().length, failed);
    }

    /**
     * The day the demo data's dates are counted from: today in Taipei. The demo calls open and close relative to it
     * ({@code sql/demo}), so that whoever tries a fresh demo finds open calls.
     */
    static String demoDay(Clock clock) {
        return LocalDate.now(clock.withZone(Formats.TAIPEI)).toString();
    }

    private static Flyway flyway(DataSource dataSource, boolean withDemoData, Clock clock) {
        List<String> locations = new ArrayList<>(List.of(MIGRATIONS));
        if (withDemoData) {
            locations.add(DEMO_DATA);
        }
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data is repeatable (R__) and written as MERGE, so seeding twice changes nothing
                .ignoreMigrationPatterns("*:missing")
                .placeholders(Map.of(DEMO_DAY, demoDay(clock)))
                .load();
    }
}
