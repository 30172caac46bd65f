package dev.arbiter;

import dev.arbiter.cli.AdminCommand;
import dev.arbiter.cli.ValidateCommand;
import dev.arbiter.db.EmbeddedDatabase;
import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/** Entry point: starts an embedded PostgreSQL when no database is configured, then the application. */
@QuarkusMain
public class ArbiterMain {

    private static final Logger LOG = Logger.getLogger(ArbiterMain.class);
    /** Longer than the judge workers' stop grace (arbiter.judge.stop-grace-seconds) and the hand-backs after it. */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofSeconds(60);

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
            EmbeddedDatabase database = startEmbeddedDatabase(validate);
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
            Runtime.getRuntime().addShutdownHook(
                    new Thread(() -> closeAfterTheApplication(database), "embedded-postgres-stop"));
            LOG.infof("No database configured: embedded PostgreSQL with data in %s",
                    database.dataDir().toAbsolutePath());
        }
        if (validate) {
            Quarkus.run(ValidateCommand.class, args);
        } else if (admin) {
            Quarkus.run(AdminCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }

    /** The application's own PostgreSQL; a start that cannot have it says why in one line and exits with 1. */
    private static EmbeddedDatabase startEmbeddedDatabase(boolean throwaway) {
        try {
            return throwaway ? EmbeddedDatabase.startThrowaway(EmbeddedDatabase.Stop.WHEN_CLOSED)
                    : EmbeddedDatabase.start(Path.of(settingOr("arbiter.data-dir", "data"), "postgres"),
                    EmbeddedDatabase.Stop.WHEN_CLOSED);
        } catch (IllegalStateException | UncheckedIOException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            System.err.println("arbiter: " + e.getMessage() + cause);
            System.exit(1);
            throw e;
        }
    }

    /**
     * At JVM exit (SIGTERM, Ctrl-C, the end of a command) the application stops in an exit hook of its own, and while
     * it stops it still writes: judge workers hand their claims back, leases are released. The database stops after
     * that, or after {@link #APPLICATION_STOP_WAIT} if the application does not stop, never beside it.
     */
    private static void closeAfterTheApplication(EmbeddedDatabase database) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread stopped = new Thread(application::awaitShutdown, "await-application-stop");
            stopped.setDaemon(true);
            stopped.start();
            try {
                stopped.join(APPLICATION_STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
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
