package dev.arbiter;

import dev.arbiter.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/** Entry point: starts an embedded PostgreSQL when no database is configured, then the application. */
@QuarkusMain
public class ArbiterMain {

    private static final Logger LOG = Logger.getLogger(ArbiterMain.class);

    public static void main(String... args) {
        if (setting("quarkus.datasource.jdbc.url") == null) {
            Path dataDir = Path.of(settingOr("arbiter.data-dir", "data"), "postgres");
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
            LOG.infof("No database configured: embedded PostgreSQL with data in %s", dataDir.toAbsolutePath());
        }
        Quarkus.run(args);
    }

    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String settingOr(String key, String fallback) {
        String value = setting(key);
        return value == null ? fallback : value;
    }
}
