package dev.arbiter;

import dev.arbiter.cli.AdminCommand;
import dev.arbiter.cli.ValidateCommand;
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
        boolean validate = args.length > 0 && args[0].equals("validate");
        boolean admin = args.length > 0 && args[0].equals("admin");
        if (admin) {
            // the real database, but no HTTP port, judging or catalog work: the command only writes one account
            System.setProperty("arbiter.role", "api");
            System.setProperty("arbiter.catalog.load-at-start", "false");
            System.setProperty("arbiter.interview.finalize", "false");
            System.setProperty("arbiter.calibration.enabled", "false");
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.log.category.\"dev.arbiter\".level", "WARN");
        }
        if (validate) {
            // a throw-away database and no HTTP port to collide with: validation leaves nothing behind
            System.setProperty("arbiter.catalog.load-at-start", "false");
            System.setProperty("arbiter.calibration.enabled", "false");
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.log.category.\"dev.arbiter\".level", "WARN");
        }
        if (setting("quarkus.datasource.jdbc.url") == null) {
            EmbeddedDatabase database = validate ? EmbeddedDatabase.startThrowaway()
                    : EmbeddedDatabase.start(Path.of(settingOr("arbiter.data-dir", "data"), "postgres"));
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
            LOG.infof("No database configured: embedded PostgreSQL with data in %s", database.dataDir().toAbsolutePath());
        }
        if (validate) {
            Quarkus.run(ValidateCommand.class, args);
        } else if (admin) {
            Quarkus.run(AdminCommand.class, args);
        } else {
            Quarkus.run(args);
        }
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
