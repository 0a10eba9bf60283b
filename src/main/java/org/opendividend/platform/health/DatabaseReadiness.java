package org.opendividend.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import jakarta.inject.Inject;
import org.opendividend.platform.persistence.CommitDurability;
import org.opendividend.platform.persistence.DatabaseConfiguration;
import org.opendividend.platform.persistence.DiskSync;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the database answers a query and keeps commits durably ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DiskSync disk;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            CommitDurability.State commits = disk.state();
            // a server that would acknowledge submissions it may lose in a crash is not ready for applicants
            return response.status(valid && commits.acceptable())
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("commits", commits.how())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
