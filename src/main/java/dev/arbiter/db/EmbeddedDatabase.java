package dev.arbiter.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real PostgreSQL server run by Arbiter itself, with its data kept in a directory across restarts. */
public final class EmbeddedDatabase implements AutoCloseable {

    /**
     * When the server stops: with the JVM (at its exit, beside every other exit hook), or only when closed, for an
     * owner that closes it once nothing uses it any more (the application's own database: {@code ArbiterMain}).
     */
    public enum Stop { AT_JVM_EXIT, WHEN_CLOSED }

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final DataDirectoryLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.lock = lock;
    }

    /** Starts PostgreSQL on a free port with its cluster in {@code dataDir}, created on first use; stops at exit. */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, Stop.AT_JVM_EXIT);
    }

    /** Starts PostgreSQL on a free port with its cluster in {@code dataDir}, created on first use. */
    public static EmbeddedDatabase start(Path dataDir, Stop stop) {
        return start(dataDir, false, stop);
    }

    /** Starts PostgreSQL on a free port with its cluster in a new temporary directory, deleted again on close. */
    public static EmbeddedDatabase startThrowaway(Stop stop) {
        try {
            return start(Files.createTempDirectory("arbiter-validate"), true, stop);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a directory for a throw-away PostgreSQL", e);
        }
    }

    private static EmbeddedDatabase start(Path dataDir, boolean deleteOnClose, Stop stop) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the embedded PostgreSQL's directory " + dataDir, e);
        }
        DataDirectoryLock lock = DataDirectoryLock.take(dataDir, deleteOnClose);
        try {
            LeftoverPostmaster.stop(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(deleteOnClose)
                    .setRegisterShutdownHook(stop == Stop.AT_JVM_EXIT)
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres, dataDir, lock);
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
