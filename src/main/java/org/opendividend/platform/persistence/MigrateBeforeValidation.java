package org.opendividend.platform.persistence;

import org.hibernate.boot.Metadata;
import org.opendividend.platform.configuration.StartupSettings;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

import javax.sql.DataSource;

/**
 * Runs the Flyway migrations while Hibernate builds its session factory, before it validates the schema
 * ({@code hibernate.hbm2ddl.auto=validate}). The container creates the persistence unit at deployment, before any
 * startup bean could run, so this is the one place where migration reliably comes first, and where a deployment
 * that lacks a required setting is refused before anything else happens ({@link StartupSettings}).
 * Registered in {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class MigrateBeforeValidation implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        StartupSettings settings = StartupSettings.current();
        // a production deployment without its secrets stops here, before it touches the database
        settings.requireComplete();
        SchemaMigration.migrate(dataSource, settings.seedsDemoData());
        // before the first request: no commit may wait in memory for H2's write delay
        CommitDurability.configure(dataSource, CommitDurability.durableCommitsWanted());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo: migrations are permanent
    }
}
