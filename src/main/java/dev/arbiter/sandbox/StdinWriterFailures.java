package dev.arbiter.sandbox;

import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * docker-java writes an exec's stdin (a runner session's commands) on a thread of its own that has no error callback:
 * when the connection closes under it (the session given up on shutdown, the client closed at exit, the engine gone),
 * the I/O failure is thrown out of the thread and the JVM printed its stack trace on stderr. The session meets the
 * same failure on its own side and reports it, so here it is one debug line. Every other thread's failure goes to
 * the handler that was there before, or is logged as an error with its stack trace.
 */
final class StdinWriterFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StdinWriterFailures.class);
    /** docker-java's name for the thread that copies an exec's stdin into the connection (its HijackingHttpRequestExecutor). */
    static final String WRITER_THREAD = "docker-java-httpclient5-hijacking-stream-";

    private final Thread.UncaughtExceptionHandler before;

    StdinWriterFailures(Thread.UncaughtExceptionHandler before) {
        this.before = before;
    }

    /** Installs the handler as the process's default once, keeping the one there before for other threads. */
    static synchronized void install() {
        Thread.UncaughtExceptionHandler current = Thread.getDefaultUncaughtExceptionHandler();
        if (current instanceof StdinWriterFailures) return;
        Thread.setDefaultUncaughtExceptionHandler(new StdinWriterFailures(current));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        if (thread.getName().startsWith(WRITER_THREAD) && causedByIo(e)) {
            LOG.debugf("A sandbox's stdin connection closed under docker-java's writer (%s): %s", thread.getName(), e);
        } else if (before != null) {
            before.uncaughtException(thread, e);
        } else {
            LOG.errorf(e, "Uncaught in thread %s", thread.getName());
        }
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) return true;
        }
        return false;
    }
}
