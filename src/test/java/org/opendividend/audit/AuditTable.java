package org.opendividend.audit;

import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.audit.entity.ChainHash;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit tables as raw rows, read and written with plain JDBC past the application: what a person with database
 * access could do to the log. Every statement commits on its own.
 */
final class AuditTable {

    /** One stored row of {@code audit_entry}, column name (lower case) to value as the driver returned it. */
    record Row(Map<String, Object> columns) {

        long seq() {
            return ((Number) columns.get("seq")).longValue();
        }

        String text(String column) {
            return (String) columns.get(column);
        }
    }

    /** The stored end of the chain. */
    record Head(long lastSeq, String lastHash) {
    }

    private final DataSource dataSource;

    AuditTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Head head() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select last_seq, last_hash from audit_chain_head where id = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_chain_head has no row");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** The entries after the given sequence number, in order. */
    List<Row> entriesAfter(long seq) throws SQLException {
        return query("select * from audit_entry where seq > ? order by seq", seq);
    }

    /** The entries about one object, in order. */
    List<Row> entriesAbout(String objectType, String objectId) throws SQLException {
        return query("select * from audit_entry where object_type = ? and object_id = ? order by seq",
                objectType, objectId);
    }

    Row entry(long seq) throws SQLException {
        List<Row> rows = query("select * from audit_entry where seq = ?", seq);
        if (rows.size() != 1) {
            throw new IllegalStateException("no audit entry " + seq);
        }
        return rows.get(0);
    }

    long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_entry");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void changeSummary(long seq, String summary) throws SQLException {
        update("update audit_entry set summary = ? where seq = ?", summary, seq);
    }

    /**
     * What a database administrator covering their tracks would do: changes the summary of entry {@code seq}, then
     * recomputes its hash, the links and hashes of every entry after it and the recorded end, so that the chain alone
     * verifies intact. Answers the rows and the end as they were, for {@link #restore}.
     */
    Rewritten rewriteAndRehash(long seq, String summary) throws SQLException {
        Rewritten original = new Rewritten(query("select * from audit_entry where seq >= ? order by seq", seq), head());
        String previous = seq == 1 ? ChainHash.GENESIS : entry(seq - 1).text("entry_hash");
        for (Row row : original.rows()) {
            AuditRecord record = recordOf(row, row.seq() == seq ? summary : row.text("summary"));
            String hash = ChainHash.of(row.seq(), record, previous);
            update("update audit_entry set summary = ?, previous_hash = ?, entry_hash = ? where seq = ?",
                    record.summary(), previous, hash, row.seq());
            previous = hash;
        }
        update("update audit_chain_head set last_hash = ? where id = 1", previous);
        return original;
    }

    /** The rows and the end before {@link #rewriteAndRehash}. */
    record Rewritten(List<Row> rows, Head head) {
    }

    /** Puts back the rows and the end as they were before the rewrite. */
    void restore(Rewritten original) throws SQLException {
        for (Row row : original.rows()) {
            update("update audit_entry set summary = ?, previous_hash = ?, entry_hash = ? where seq = ?",
                    row.text("summary"), row.text("previous_hash"), row.text("entry_hash"), row.seq());
        }
        update("update audit_chain_head set last_hash = ? where id = 1", original.head().lastHash());
    }

    private static AuditRecord recordOf(Row row, String summary) {
        Object occurred = row.columns().get("occurred_at");
        Instant occurredAt = occurred instanceof OffsetDateTime odt ? odt.toInstant()
                : occurred instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) occurred;
        return new AuditRecord(occurredAt, row.text("actor_subject"), row.text("actor_name"), row.text("object_type"),
                row.text("object_id"), row.text("action"), summary);
    }

    void delete(long seq) throws SQLException {
        update("delete from audit_entry where seq = ?", seq);
    }

    /** Puts a row back exactly as it was read. */
    void insert(Row row) throws SQLException {
        List<String> names = new ArrayList<>(row.columns().keySet());
        String sql = "insert into audit_entry (" + String.join(", ", names) + ") values ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        update(sql, names.stream().map(row.columns()::get).toArray());
    }

    private List<Row> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> columns = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(new Row(columns));
                }
                return rows;
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            int changed = s.executeUpdate();
            if (changed != 1) {
                throw new IllegalStateException(changed + " rows changed by " + sql);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
