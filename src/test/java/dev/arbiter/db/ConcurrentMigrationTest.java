package dev.arbiter.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes of a cluster start together against one new database, and each migrates it at start with the
 * application's own Flyway settings. Every one of them must start. The race is over who creates the schema
 * history table, before any migration runs, so each new database is taken to its first migration only. With
 * baseline-on-migrate, the setting this replaced, a node refused to start in the first or a later round of
 * every run tried (8 of 8).
 */
class ConcurrentMigrationTest {

    private static final int NODES = 8;
    private static final int FRESH_DATABASES = 6;

    @TempDir
    Path dataDir;

    @Test
    void nodesMigratingOneNewDatabaseAtOnceAllStart() throws Exception {
        boolean baselineOnMigrate = Boolean.parseBoolean(applicationProperties()
                .getProperty("quarkus.flyway.baseline-on-migrate", "false"));
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            for (int round = 0; round < FRESH_DATABASES; round++) {
                String url = freshDatabase(db, "cluster_" + round);
                CyclicBarrier together = new CyclicBarrier(NODES);
                List<Future<?>> starts = new ArrayList<>();
                for (int node = 0; node < NODES; node++) {
                    starts.add(nodes.submit(() -> {
                        Flyway flyway = Flyway.configure().dataSource(url, db.username(), db.password())
                                .baselineOnMigrate(baselineOnMigrate).target("1").load();
                        together.await();
                        return flyway.migrate();
                    }));
                }
                for (Future<?> start : starts) {
                    try {
                        start.get();
                    } catch (ExecutionException e) {
                        throw new AssertionError("a node failed to start on new database " + round, e.getCause());
                    }
                }
                assertThat(appliedMigrations(url, db)).as("migrations applied to new database %d", round).isEqualTo(1);
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    private static String freshDatabase(EmbeddedDatabase db, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return db.jdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
    }

    private static int appliedMigrations(String url, EmbeddedDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from flyway_schema_history where success")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConcurrentMigrationTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
