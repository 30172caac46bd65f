package dev.arbiter.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Unix socket in front of the Docker engine's, for a node to talk to (arbiter.sandbox.docker-host): while it is cut,
 * every connection through it is closed and new ones are refused, as when the engine stops or restarts.
 */
public final class EngineProxy implements AutoCloseable {

    private static final Path ENGINE = Path.of("/var/run/docker.sock");

    private final Path socket;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocketChannel server;

    public EngineProxy(Path socket) throws IOException {
        this.socket = socket;
        restore();
    }

    /** The docker-host setting that reaches the engine through this proxy. */
    public String dockerHost() {
        return "unix://" + socket;
    }

    /** The engine is gone: open connections closed, new ones refused (the socket file is removed). */
    public synchronized void cut() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
        for (SocketChannel c : open) c.close();
        open.clear();
    }

    /** The engine is back. */
    public synchronized void restore() throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(socket));
        server = s;
        Thread accept = new Thread(() -> accept(s), "engine-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    private void accept(ServerSocketChannel s) {
        while (s.isOpen()) {
            try {
                SocketChannel client = s.accept();
                SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(ENGINE));
                open.add(client);
                open.add(engine);
                pump(client, engine);
                pump(engine, client);
            } catch (IOException e) {
                return; // closed by cut()
            }
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (from.read(buffer) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) to.write(buffer);
                    buffer.clear();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // one side went away: the other follows
                try {
                    to.close();
                    from.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }
        }, "engine-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
