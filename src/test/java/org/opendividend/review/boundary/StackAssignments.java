package org.opendividend.review.boundary;

import org.opendividend.devstack.DevStack;
import org.opendividend.stack.RunningStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Assigns demo reviewers to an application in the running stack's database, as the officers' assignment (another
 * page) will: with the application server stopped (the H2 file is its own while it runs), then started again on the
 * same database. A reviewer's person row is added when they never logged in, as their first login would.
 */
final class StackAssignments implements AutoCloseable {

    private final Connection db;

    private StackAssignments(Connection db) {
        this.db = db;
    }

    /** Stops the application server and opens its database; {@link #close()} starts it again. */
    static StackAssignments open() throws Exception {
        RunningStack.stack().stopApplication();
        try {
            // the credentials the stack gives the application (DevStack: the demo's unless the environment sets them)
            return new StackAssignments(DriverManager.getConnection(RunningStack.stack().settings().databaseUrl(),
                    System.getenv().getOrDefault("OPENDIVIDEND_DB_USER", "opendividend"),
                    System.getenv().getOrDefault("OPENDIVIDEND_DB_PASSWORD", DevStack.DEMO_DB_PASSWORD)));
        } catch (SQLException refused) {
            RunningStack.stack().restartApplication();
            throw refused;
        }
    }

    /** The application whose title holds the marker. */
    long application(String marker) throws SQLException {
        return single("select id from application where title_zh_tw like ?", "%" + marker + "%");
    }

    long callOf(long application) throws SQLException {
        return single("select call_id from application where id = ?", application);
    }

    /** The criteria ids of a call, in order. */
    List<Long> criteria(long call) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select id from call_criterion where call_id = ? order by position")) {
            s.setLong(1, call);
            try (ResultSet rs = s.executeQuery()) {
                List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids;
            }
        }
    }

    /** Assigns a reviewer (by their subject) to the application, due at an instant; answers the assignment's id. */
    long assign(long application, String subject, String username, String name, String status, Instant due)
            throws SQLException {
        update("insert into person (subject, username, display_name, email, first_login_at, last_login_at, version, "
                        + "email_verified) select ?, ?, ?, ?, current_timestamp, current_timestamp, 0, true "
                        + "where not exists (select 1 from person where subject = ?)",
                subject, username, name, username + "@demo.opendividend.tw", subject);
        long person = single("select id from person where subject = ?", subject);
        update("insert into review_assignment (call_id, application_id, reviewer_person_id, reviewer_subject, status, "
                        + "due_at, assigned_at, declared_at, version) values (?, ?, ?, ?, ?, ?, current_timestamp, "
                        + "case when ? = 'SUBMITTED' then current_timestamp end, 0)",
                callOf(application), application, person, subject, status, Timestamp.from(due), status);
        return single("select id from review_assignment where application_id = ? and reviewer_person_id = ?",
                application, person);
    }

    /** A submitted review of an assignment: every criterion scored the same, with both comments. */
    void submittedReview(long assignment, List<Long> criteria, int score, String toApplicant, String toPanel)
            throws SQLException {
        update("insert into review (assignment_id, confidence, recommendation, comment_applicant, comment_panel, "
                + "saved_at, submitted_at, version) values (?, 3, 'FUND', ?, ?, current_timestamp, current_timestamp, 1)",
                assignment, toApplicant, toPanel);
        long review = single("select id from review where assignment_id = ?", assignment);
        for (long criterion : criteria) {
            update("insert into review_score (review_id, criterion_id, score) values (?, ?, ?)", review, criterion, score);
        }
    }

    long single(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = statement(sql, parameters); ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for " + sql + " " + List.of(parameters));
            }
            return rs.getLong(1);
        }
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = statement(sql, parameters)) {
            s.executeUpdate();
        }
    }

    private PreparedStatement statement(String sql, Object... parameters) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** Closes the database and starts the application server again on it. */
    @Override
    public void close() throws Exception {
        db.close();
        RunningStack.stack().restartApplication();
    }
}
