package dev.arbiter.support;

import dev.arbiter.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** One real PostgreSQL for the whole test run (the same embedded server the application uses by default). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                database = EmbeddedDatabase.start(Files.createTempDirectory("arbiter-test-pg"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedDatabase db = database();
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        // the server outlives each Quarkus test application; it stops when the test JVM exits
    }
}
