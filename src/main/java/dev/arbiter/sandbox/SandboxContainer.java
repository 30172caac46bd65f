package dev.arbiter.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One started sandbox container; everything runs in it through docker exec as the unprivileged user. */
public class SandboxContainer implements AutoCloseable {

    static final String USER = "10001:10001";
    private static final String RUNGUARD = "/opt/arbiter/runguard";

    private final DockerClient docker;
    private final String id;
    private final long outputBytes;

    SandboxContainer(DockerClient docker, String id, long outputBytes) {
        this.docker = docker;
        this.id = id;
        this.outputBytes = outputBytes;
    }

    public String id() {
        return id;
    }

    /** Writes files (paths relative to /work) into the container's tmpfs work directory. */
    public void upload(Map<String, byte[]> files) {
        byte[] tar = tar(files);
        // docker-java does not half-close stdin, so read exactly the archive's length instead of waiting for EOF
        String extract = "head -c " + tar.length + " | tar -x -C /work -f -";
        Exec result = exec(List.of("sh", "-c", extract), new ByteArrayInputStream(tar), 60_000, 1 << 16);
        if (result.exitCode() == null || result.exitCode() != 0) {
            throw new SandboxException("upload into the sandbox failed: " + result.text());
        }
    }

    /** Runs a command under runguard with the given limits and an optional stdin file inside /work. */
    public RunReport run(List<String> command, RunLimits limits, String stdinFile) {
        List<String> guarded = new ArrayList<>(List.of(RUNGUARD,
                "--cpu-ms", String.valueOf(limits.cpuMs()),
                "--wall-ms", String.valueOf(limits.wallMs()),
                "--output-bytes", String.valueOf(limits.outputBytes())));
        if (stdinFile != null) {
            guarded.add("--stdin");
            guarded.add(stdinFile);
        }
        guarded.add("--");
        guarded.addAll(command);
        long started = System.nanoTime();
        // the host waits a little longer than runguard's own wall limit, as a backstop
        Exec exec = exec(guarded, null, limits.wallMs() + 5_000, 2 * limits.outputBytes() + (1 << 17));
        int hostWallMs = (int) ((System.nanoTime() - started) / 1_000_000);
        if (exec.timedOut()) {
            return RunReport.guardFailed("the sandbox did not answer within " + (limits.wallMs() + 5_000) + " ms", hostWallMs);
        }
        return RunguardReportParser.parse(exec.stdout(), hostWallMs);
    }

    record Exec(Integer exitCode, byte[] stdout, boolean timedOut) {
        String text() {
            return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Exec exec(List<String> command, InputStream stdin, long timeoutMs, long maxBytes) {
        String execId = docker.execCreateCmd(id)
                .withUser(USER)
                .withWorkingDir("/work")
                .withAttachStdin(stdin != null)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withCmd(command.toArray(String[]::new))
                .exec().getId();
        BoundedCollector collector = new BoundedCollector(maxBytes);
        var start = docker.execStartCmd(execId);
        if (stdin != null) {
            start.withStdIn(stdin);
        }
        try (BoundedCollector callback = start.exec(collector)) {
            boolean done = callback.awaitCompletion(timeoutMs, TimeUnit.MILLISECONDS);
            if (!done) {
                return new Exec(null, collector.bytes(), true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for the sandbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Long exit = docker.inspectExecCmd(execId).exec().getExitCodeLong();
        return new Exec(exit == null ? null : exit.intValue(), collector.bytes(), false);
    }

    @Override
    public void close() {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException e) {
            // already gone, or the engine is down: the reaper removes it later
        }
    }

    /** Collects stdout frames up to a bound so a flood cannot exhaust the host's memory. */
    static final class BoundedCollector extends ResultCallback.Adapter<Frame> {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long maxBytes;

        BoundedCollector(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void onNext(Frame frame) {
            if (frame.getStreamType() == StreamType.STDERR) return;
            byte[] payload = frame.getPayload();
            synchronized (out) {
                int room = (int) Math.max(0, maxBytes - out.size());
                out.write(payload, 0, Math.min(room, payload.length));
            }
        }

        byte[] bytes() {
            synchronized (out) {
                return out.toByteArray();
            }
        }
    }

    private static byte[] tar(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (var file : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
