package dev.arbiter.support;

import dev.arbiter.db.EmbeddedDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A real Arbiter process (the packaged jar) on a given PostgreSQL, for tests about processes starting and dying. */
public final class JarNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final Process process;
    public final int port;

    private JarNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar with the database's settings and the given extra -D settings, and waits until it is ready. */
    public static JarNode start(EmbeddedDatabase db, int port, String... settings) throws Exception {
        return start(port, List.of("quarkus.datasource.jdbc.url=" + db.jdbcUrl(), "quarkus.datasource.username=" + db.username(),
                "quarkus.datasource.password=" + db.password()), settings);
    }

    /**
     * Starts the jar as {@code ./arbiter start} does, with no database configured: it runs its own embedded PostgreSQL
     * with its data in {@code dataDir}/postgres.
     */
    public static JarNode startWithItsOwnDatabase(Path dataDir, int port, String... settings) throws Exception {
        return start(port, List.of("arbiter.data-dir=" + dataDir), settings);
    }

    /** The node's log (target/node-PORT.log). */
    public String log() throws IOException {
        return java.nio.file.Files.readString(Path.of("target", "node-" + port + ".log"));
    }

    private static JarNode start(int port, List<String> database, String... settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        for (String s : database) command.add("-D" + s);
        for (String s : settings) command.add("-D" + s);
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "node-" + port + ".log").toFile()).start();
        JarNode node = new JarNode(p, port);
        await(() -> node.ready() || !p.isAlive(), 120);
        if (!p.isAlive()) throw new IllegalStateException("node on port " + port + " exited; see target/node-" + port + ".log");
        return node;
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Submits through this node's API and returns the new submission's id. */
    public String submit(String problem, String language, String source) throws Exception {
        String body = "{\"problem\":\"" + problem + "\",\"language\":\"" + language + "\",\"kind\":\"submit\",\"source\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(source) + "}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) throw new AssertionError(response.statusCode() + " " + response.body());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText();
    }

    /** GETs a path of this node: the status and the body. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The node's identity in leases and container labels ("host/pid"). */
    public String nodeId() throws IOException {
        return java.net.InetAddress.getLocalHost().getHostName() + "/" + process.pid();
    }

    public static long count(EmbeddedDatabase db, String sql) {
        String value = text(db, sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    public static String text(EmbeddedDatabase db, String sql) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** Runs one statement that changes rows (a test arranging what a node will find). */
    public static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Sandbox containers on this engine labelled with the node id, stopped or running. */
    public static long containersOf(String nodeId) throws Exception {
        Process ps = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=arbiter.node=" + nodeId).start();
        String out = new String(ps.getInputStream().readAllBytes()).trim();
        if (ps.waitFor() != 0) throw new IllegalStateException("docker ps failed");
        return out.isEmpty() ? 0 : out.lines().count();
    }

    public static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("condition not met within " + seconds + " s");
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
