package dev.arbiter.sandbox;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The runner's stdout as docker-java delivers it (frames, on its own thread), read back as whole replies by the
 * thread that sent the command. Holds at most {@code maxBytes} not yet read, so a runner cannot flood the host.
 */
final class ReplyStream extends ResultCallback.Adapter<Frame> {

    private final long maxBytes;
    private byte[] buf = new byte[8192];
    private int start, end;
    private boolean closed;
    private String failure;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    ReplyStream(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void onNext(Frame frame) {
        byte[] payload = frame.getPayload();
        if (frame.getStreamType() == StreamType.STDERR) {
            if (stderr.size() < 4096) stderr.write(payload, 0, Math.min(payload.length, 4096 - stderr.size()));
            return;
        }
        if ((long) (end - start) + payload.length > maxBytes) {
            failure = "the sandbox answered more than " + maxBytes + " bytes";
            notifyAll();
            return;
        }
        if (end + payload.length > buf.length) {
            int live = end - start;
            byte[] grown = live + payload.length > buf.length ? new byte[Math.max(buf.length * 2, live + payload.length)] : buf;
            System.arraycopy(buf, start, grown, 0, live);
            buf = grown;
            start = 0;
            end = live;
        }
        System.arraycopy(payload, 0, buf, end, payload.length);
        end += payload.length;
        notifyAll();
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        failure = String.valueOf(throwable.getMessage());
        closed = true;
        notifyAll();
    }

    @Override
    public synchronized void onComplete() {
        closed = true;
        notifyAll();
    }

    /** Waits until the exec ended (the runner exited), at most {@code ms}. */
    synchronized void awaitClosed(long ms) throws InterruptedException {
        long deadline = System.nanoTime() + ms * 1_000_000;
        while (!closed && failure == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The next line (without its newline), waiting until {@code deadline} (System.nanoTime). */
    synchronized String line(long deadline) throws InterruptedException, SandboxException {
        for (;;) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    String line = new String(buf, start, i - start, StandardCharsets.US_ASCII);
                    start = i + 1;
                    return line;
                }
            }
            if (end - start > 1024) throw new SandboxException("the runner sent a malformed reply");
            await(deadline);
        }
    }

    /** Exactly n bytes, waiting until {@code deadline}. */
    synchronized byte[] bytes(int n, long deadline) throws InterruptedException, SandboxException {
        while (end - start < n) await(deadline);
        byte[] out = new byte[n];
        System.arraycopy(buf, start, out, 0, n);
        start += n;
        return out;
    }

    private void await(long deadline) throws InterruptedException, SandboxException {
        if (failure != null) throw new SandboxException(failure);
        if (closed) {
            String why = stderr.toString(StandardCharsets.UTF_8).strip();
            throw new SandboxException("the runner stopped" + (why.isEmpty() ? "" : ": " + why));
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new SandboxException("the runner did not answer in time");
        wait(Math.max(1, left / 1_000_000));
    }
}
