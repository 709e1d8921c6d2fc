package dev.narrascope.store;

import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a store's schema up to date with Flyway: the scripts {@code db/<dialect>/V<n>__<what>.sql}
 * on the classpath ({@code classpath:db/sqlite}, {@code classpath:db/postgres}), each applied once,
 * in order, in its own transaction, and recorded in Flyway's {@code flyway_schema_history} table.
 * To change the schema, add {@code V<n>__<what>.sql} in both folders; a change SQL cannot make is a Java
 * migration of both dialects listed here ({@link StoryStatesAsBytes}, V11).
 *
 * <p>Before Flyway the stores recorded the schema version themselves (SQLite: {@code PRAGMA
 * user_version}; PostgreSQL: a {@code schema_version} table). A store passes that version in, and
 * Flyway baselines such a database at it, so only newer scripts run on it.
 */
public final class SchemaMigrations {
  /** Flyway's schema history table (its default name). */
  public static final String HISTORY_TABLE = "flyway_schema_history";

  private SchemaMigrations() {}

  /**
   * Applies the dialect's scripts that are newer than the database's version.
   *
   * @param dialect       the folder under {@code db/} holding the scripts: {@code sqlite} or {@code postgres}
   * @param database      the database as messages should name it (no password)
   * @param legacyVersion the version recorded by the pre-Flyway store, or empty when there is none
   *                      (a new database, or one Flyway already manages)
   * @throws StoreException naming {@code database} when a script fails or the history does not fit the scripts
   */
  public static void migrate(DataSource dataSource, String dialect, String database, OptionalInt legacyVersion) {
    migrate(dataSource, database, legacyVersion, "classpath:db/" + dialect);
  }

  /** {@link #migrate(DataSource, String, String, OptionalInt)} with the scripts of these Flyway locations (tests add one). */
  static void migrate(DataSource dataSource, String database, OptionalInt legacyVersion, String... locations) {
    var config = Flyway.configure(SchemaMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        .javaMigrations(new StoryStatesAsBytes())
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        .loggers("slf4j");
    if (legacyVersion.isPresent()) {
      // Flyway baselines only a database without its history table; one it manages ignores this.
      config.baselineOnMigrate(true)
          .baselineVersion(Integer.toString(legacyVersion.getAsInt()))
          .baselineDescription("schema version " + legacyVersion.getAsInt() + " recorded before Flyway");
    }
    try {
      config.load().migrate();
    } catch (RuntimeException e) { // FlywayException, or a plugin's failure
      throw new StoreException("Cannot migrate the schema of " + database + ": " + e.getMessage(), e);
    }
  }
}
