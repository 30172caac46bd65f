package dev.arbiter.db;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * One connection of its own (outside the pool) that LISTENs on a PostgreSQL channel and hands every payload to a
 * consumer. After a lost connection it reconnects and calls {@code onConnected} again, because notifications sent
 * while it was away are gone and whoever depends on them must catch up.
 */
public final class Listener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Listener.class);
    private static final int WAIT_MILLIS = 500;

    private final String url;
    private final String user;
    private final String password;
    private final String channel;
    private final Consumer<String> onPayload;
    private final Runnable onConnected;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    public Listener(String url, String user, String password, String channel, Consumer<String> onPayload,
                    Runnable onConnected) {
        if (!channel.matches("[a-z_]+")) throw new IllegalArgumentException("channel " + channel);
        this.url = url;
        this.user = user;
        this.password = password;
        this.channel = channel;
        this.onPayload = onPayload;
        this.onConnected = onConnected;
        this.thread = new Thread(this::loop, "listen-" + channel);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                onConnected.run();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications == null) continue;
                    for (PGNotification n : notifications) deliver(n.getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                LOG.warnf("Listening on %s failed (%s); reconnecting", channel, e.getMessage());
                pause();
            }
        }
    }

    private void deliver(String payload) {
        try {
            onPayload.accept(payload);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Handling a notification on %s failed", channel);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        Connection c = connection;
        try {
            if (c != null) c.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
