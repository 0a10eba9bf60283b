package org.opendividend.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Forces committed data to the disk before an acknowledgement leaves the server, as a group commit: one fsync covers
 * every commit that finished before it began, so a deadline rush pays one fsync per group of waiting requests, not
 * one per request. Needed on H2 only, whose commits reach the operating system (and so survive a crash of the
 * server process, see {@link CommitDurability}) but not the disk; PostgreSQL has flushed its WAL when the commit
 * returns, and this does nothing there.
 */
@ApplicationScoped
public class DiskSync {

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    private final Object counter = new Object();
    private final Object syncing = new Object();
    private long requested;
    private long synced;
    private CommitDurability.State state;

    /** The migrations set it at deployment already; setting it again is harmless and tells this bean the state. */
    @PostConstruct
    void configure() {
        state = CommitDurability.configure(dataSource, CommitDurability.durableCommitsWanted());
    }

    public CommitDurability.State state() {
        return state;
    }

    /**
     * Returns once every transaction that committed before this call is on the disk; throws when the database
     * could not force it, so that no receipt is given for data that might not be kept.
     */
    public void awaitDisk() {
        CommitDurability.State current = state;
        if (current == null || current.kind() != CommitDurability.Kind.H2 || !current.durable()) {
            return;
        }
        long ticket;
        synchronized (counter) {
            ticket = ++requested;
        }
        synchronized (syncing) {
            if (synced >= ticket) {
                return; // an fsync that began after our commit has finished meanwhile
            }
            long covers;
            synchronized (counter) {
                covers = requested;
            }
            force();
            synced = covers;
        }
    }

    private void force() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // H2: write what is committed and fsync the database file (admin right: the schema's owner has it)
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not force committed data to the disk", e);
        }
    }
}
