package org.opendividend.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The rows a query answers, each as its columns' text: how the demo data tests read what the scripts stored. */
final class SqlRows {

    private SqlRows() {
    }

    static List<List<String>> of(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement statement = c.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
