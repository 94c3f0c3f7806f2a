package dev.sandcastle.reliability;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of the tables a request could write to, to prove a rejected request wrote nothing. */
final class RowCounts {

    static final String[] TABLES = {"players", "player_roles", "access_tokens", "missions", "mission_versions", "submissions"};

    private RowCounts() {
    }

    static Map<String, Long> of(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static long submissions(DataSource dataSource) throws SQLException {
        return of(dataSource).get("submissions");
    }
}
