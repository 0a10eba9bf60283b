package org.opendividend.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.FlywayException;
import org.opendividend.platform.persistence.DatabaseConfiguration;
import org.opendividend.platform.persistence.SchemaMigration;

import javax.sql.DataSource;

/**
 * Ready only while the database holds every migration of this build and none failed ({@code /health/ready}): a
 * server started on a database that another build migrated further, or whose migration broke off, answers DOWN
 * instead of failing the first request that touches a changed table.
 */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("migrations");
        try {
            SchemaMigration.State state = SchemaMigration.state(dataSource);
            return response.status(state.current())
                    .withData("version", String.valueOf(state.version()))
                    .withData("pending", state.pending())
                    .withData("failed", state.failed())
                    .build();
        } catch (FlywayException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
