package dev.narrascope.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the numbered SQL scripts {@code db/<dialect>/V<n>__*.sql} that are newer than the
 * database's recorded version, each in one transaction. Scripts are listed in {@code db/<dialect>/index}.
 */
public final class Migrations {
  private Migrations() {}

  /**
   * @param currentVersion the version recorded in the database (0 for a new one)
   * @param recordVersion  statement template that records the new version; {@code %d} is replaced
   * @return the version after migrating
   */
  public static int apply(Connection c, String dialect, int currentVersion, String recordVersion) {
    List<String> scripts = index(dialect);
    int version = currentVersion;
    try {
      for (int i = currentVersion; i < scripts.size(); i++) {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
          for (String sql : splitStatements(read("db/" + dialect + "/" + scripts.get(i)))) st.execute(sql);
          st.execute(String.format(recordVersion, i + 1));
          c.commit();
        } catch (SQLException e) {
          c.rollback();
          throw new StoreException("Migration " + scripts.get(i) + " failed: " + e.getMessage(), e);
        } finally {
          c.setAutoCommit(auto);
        }
        version = i + 1;
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot migrate the " + dialect + " schema: " + e.getMessage(), e);
    }
    return version;
  }

  private static List<String> index(String dialect) {
    List<String> names = new ArrayList<>();
    for (String line : read("db/" + dialect + "/index").split("\n")) {
      if (!line.isBlank()) names.add(line.strip());
    }
    return names;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new StoreException("Missing migration resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("Cannot read " + resource, e);
    }
  }

  /** Splits on ';' at line ends, keeping trigger bodies (BEGIN … END;) whole. */
  static List<String> splitStatements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int depth = 0;
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) continue;
      cur.append(line).append('\n');
      String upper = t.toUpperCase();
      if (upper.endsWith("BEGIN")) depth++;
      if (upper.equals("END;") || upper.equals("END")) depth--;
      if (depth == 0 && t.endsWith(";")) {
        out.add(cur.toString().strip().replaceAll(";$", ""));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) out.add(cur.toString().strip());
    return out;
  }
}
