package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runner inside one sandbox (judge-images/runner), driven over a single docker exec: files go in, programs
 * run, and each run answers with a report. Commands are answered in order; one thread uses a session at a time.
 */
public final class RunnerSession implements AutoCloseable {

    /** Who owns a file or runs a program: the judge (root, read-only to the others), the candidate, the reference. */
    public enum User {
        JUDGE(0), CANDIDATE(10001), REFERENCE(10002);

        final int uid;

        User(int uid) {
            this.uid = uid;
        }

        public int uid() {
            return uid;
        }
    }

    /** How a worker runs tests: a Python fork server, or one JVM that loads the classes afresh per test. */
    public enum WorkerKind { FORK, JVM }

    private static final String RUNNER = "/opt/arbiter/runner";
    /** The host's backstop beyond a run's own wall limit (the runner stops programs itself, within 3x of it). */
    private static final long SLACK_MS = 10_000;

    private final CommandStream commands = new CommandStream();
    private final ReplyStream replies;
    private final Closeable exec;
    private String broken;
    /** The runner has answered: its docker exec is running, no longer starting. */
    private volatile boolean answered;

    RunnerSession(DockerClient docker, String containerId, long maxReplyBytes) {
        String execId = docker.execCreateCmd(containerId)
                .withUser("0")
                .withWorkingDir("/work")
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withCmd(RUNNER)
                .exec().getId();
        replies = new ReplyStream(maxReplyBytes);
        exec = docker.execStartCmd(execId).withStdIn(commands).exec(replies);
    }

    /** Whether the runner has answered a command (its exec has started, and a freeze cannot catch it starting). */
    boolean answered() {
        return answered;
    }

    /** Writes a file (absolute path under /work, /ref or /tmp) as the given user. */
    public void put(String path, byte[] content, User owner) {
        send("put", content, "path=" + path, "uid=" + owner.uid);
        expectOk(deadline(60_000));
    }

    /** Runs one program to its end: stdin from the bytes (none when null). */
    public RunReport exec(List<String> argv, RunLimits limits, User user, byte[] stdin) {
        byte[] in = stdin == null ? new byte[0] : stdin;
        ByteArrayOutputStream payload = new ByteArrayOutputStream(in.length + 256);
        payload.writeBytes(in);
        for (String arg : argv) {
            payload.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
            payload.write(0);
        }
        send("exec", payload.toByteArray(), "uid=" + user.uid, "cpu=" + limits.cpuMs(), "wall=" + limits.wallMs(),
                "out=" + limits.outputBytes(), "input=" + in.length);
        return report(deadline(3L * limits.wallMs() + SLACK_MS));
    }

    /** Starts the worker that will run the tests; its report is the solution's compilation (exit 0: ready). */
    public RunReport startWorker(WorkerKind kind, List<String> argv, RunLimits limits) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (String arg : argv) {
            payload.writeBytes(arg.getBytes(StandardCharsets.UTF_8));
            payload.write(0);
        }
        send("worker", payload.toByteArray(), "uid=" + User.CANDIDATE.uid, "kind=" + kind.name().toLowerCase(),
                "cpu=" + limits.cpuMs(), "wall=" + limits.wallMs(), "out=" + limits.outputBytes());
        return report(deadline(3L * limits.wallMs() + SLACK_MS));
    }

    /** Runs one test on the worker; its input exists in the sandbox only while the test runs. */
    public RunReport test(byte[] input, RunLimits limits, RunLimits restart) {
        send("test", input, "cpu=" + limits.cpuMs(), "wall=" + limits.wallMs(), "out=" + limits.outputBytes());
        // a worker that the previous test ended is started again first, within its own limits
        return report(deadline(3L * (limits.wallMs() + restart.wallMs()) + SLACK_MS));
    }

    private void send(String verb, byte[] payload, String... options) {
        if (broken != null) throw new SandboxException("the sandbox's runner failed earlier: " + broken);
        StringBuilder head = new StringBuilder(verb).append(' ').append(payload.length);
        for (String o : options) {
            if (o.indexOf(' ') >= 0 || o.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("bad runner option " + o);
            }
            head.append(' ').append(o);
        }
        commands.send(head.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
        commands.send(payload);
    }

    private RunReport report(long deadline) {
        long started = System.nanoTime();
        try {
            String line = replies.line(deadline);
            answered = true;
            String[] words = line.split(" ");
            if (words.length != 2) throw new SandboxException("the runner sent a malformed reply: " + line);
            byte[] body = replies.bytes(Integer.parseInt(words[1]), deadline);
            if (words[0].equals("error")) {
                throw new SandboxException("runner: " + new String(body, StandardCharsets.UTF_8));
            }
            if (!words[0].equals("report")) {
                throw new SandboxException("the runner sent " + words[0] + " instead of a report");
            }
            return RunnerReportParser.parse(body, hostMs(started));
        } catch (SandboxException e) {
            // a late answer would be taken for the next command's: nothing more goes through this session
            broken = e.getMessage();
            return RunReport.guardFailed(e.getMessage(), hostMs(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandbox");
        }
    }

    private void expectOk(long deadline) {
        try {
            String line = replies.line(deadline);
            answered = true;
            String[] words = line.split(" ");
            byte[] body = replies.bytes(words.length == 2 ? Integer.parseInt(words[1]) : 0, deadline);
            if (!words[0].equals("ok")) {
                broken = words[0];
                throw new SandboxException("the sandbox refused a file: " + new String(body, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandbox");
        }
    }

    private static long deadline(long ms) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    }

    private static int hostMs(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }

    /** Tells the runner to stop; the container is removed by its owner anyway. */
    @Override
    public void close() {
        try {
            commands.send("end 0\n".getBytes(StandardCharsets.US_ASCII));
        } catch (SandboxException e) {
            // already closed
        }
        commands.close();
        // the connection closes under docker-java's stdin writer only once the runner is gone; a judging interrupted
        // on shutdown waits for that too (its interrupt is kept for after), or the writer fails mid-write
        boolean interrupted = Thread.interrupted();
        try {
            replies.awaitClosed(3000);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) Thread.currentThread().interrupt();
        try {
            exec.close();
        } catch (java.io.IOException e) {
            // the exec's connection is gone either way
        }
    }
}
