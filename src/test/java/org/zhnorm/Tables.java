package org.zhnorm;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a run's Parquet tables back with DuckDB, an independent reader. */
public final class Tables implements AutoCloseable {
  private final Connection connection;
  private final Path output;

  public Tables(Path output) throws SQLException {
    this.output = output;
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** {@code read_parquet} over one table with Hive partitioning, for use in FROM. */
  public String table(String name) {
    return "read_parquet('" + output.resolve(name) + "/**/*.parquet', hive_partitioning=true)";
  }

  /** Runs a query; each row as its columns' string values joined by tabs. */
  public List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (i > 1) {
            sb.append('\t');
          }
          sb.append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  public long count(String sql) throws SQLException {
    return Long.parseLong(rows(sql).get(0));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
