package dev.arbiter.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Which process owns an embedded PostgreSQL's data directory: the one holding the lock on the file beside it
 * ({@code DIR.lock}). The operating system lets go of the lock when its process dies, however it dies, so a server
 * still running on a directory whose lock is free was left by a process that is gone ({@link LeftoverPostmaster}).
 */
final class DataDirectoryLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean deleteOnClose;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock, boolean deleteOnClose) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Takes the lock of {@code dataDir}, or fails at once naming it when another process (or this one) holds it;
     * the lock's file goes on close when the directory does (a throw-away database's).
     */
    static DataDirectoryLock take(Path dataDir, boolean deleteOnClose) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) return new DataDirectoryLock(file, channel, lock, deleteOnClose);
        } catch (OverlappingFileLockException e) {
            // this process holds it already: in use all the same
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not lock " + file, e);
        }
        closeQuietly(channel);
        throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDir + " is in use by another"
                + " running Arbiter (it holds " + file + "): stop that one first, or give this one a data directory"
                + " of its own (arbiter.data-dir)");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below lets go of it as well
        }
        closeQuietly(channel);
        if (deleteOnClose) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // an empty file left in the temporary directory
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held any more either way
        }
    }
}
