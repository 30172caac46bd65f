package dev.arbiter.sandbox;

import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * The runner's stdin: docker-java copies it to the exec as it is read, so the host hands over a command whenever it
 * has one (a test's input only when that test is due) and the exec stays open in between.
 */
final class CommandStream extends InputStream {

    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private byte[] current;
    private int at;
    private boolean closed;

    synchronized void send(byte[] bytes) {
        if (closed) throw new SandboxException("the runner's input is closed");
        if (bytes.length > 0) chunks.add(bytes);
        notifyAll();
    }

    @Override
    public synchronized int read() throws java.io.InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int off, int len) throws java.io.InterruptedIOException {
        while (current == null || at == current.length) {
            current = chunks.poll();
            at = 0;
            if (current != null) break;
            if (closed) return -1;
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }
        int n = Math.min(len, current.length - at);
        System.arraycopy(current, at, into, off, n);
        at += n;
        return n;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
