package dev.arbiter.db;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL an Arbiter left running when it died without its exit hooks (kill -9, the OOM killer): the server
 * outlives it and holds the data directory, so the next start could not run its own. Called by the process that
 * holds the directory's {@link DataDirectoryLock}, so any server still running on it is a dead process's.
 */
final class LeftoverPostmaster {

    private static final Logger LOG = Logger.getLogger(LeftoverPostmaster.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private LeftoverPostmaster() {
    }

    /** Stops the server recorded in {@code dataDir}/postmaster.pid, if one runs (a stale file names none). */
    static void stop(Path dataDir) {
        Optional<ProcessHandle> server = running(dataDir);
        if (server.isEmpty()) return;
        ProcessHandle postmaster = server.get();
        LOG.warnf("Stopping the embedded PostgreSQL (pid %d) an earlier Arbiter left running in %s",
                postmaster.pid(), dataDir);
        postmaster.destroy(); // SIGTERM: a smart shutdown, and its clients died with their process
        try {
            postmaster.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left in " + dataDir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL an earlier Arbiter left running in " + dataDir
                    + " (pid " + postmaster.pid() + ") did not stop within " + STOP_WAIT_SECONDS + " s", e);
        }
    }

    /** The live postgres process postmaster.pid names for this directory, if any (a stale file names none). */
    private static Optional<ProcessHandle> running(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + pidFile, e);
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) return Optional.empty();
        if (!Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize())) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }
}
