package dev.arbiter.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The compose stack as `./arbiter cluster` runs it, under a project name of its own, and the engine's view of it. */
final class Cluster {

    final String name;
    private final Map<String, String> env;

    Cluster(String name, Map<String, String> env) {
        this.name = name;
        this.env = env;
    }

    /** Runs ./arbiter with the cluster's settings; its output goes to target/cluster-NAME.log. */
    void arbiter(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./arbiter"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "cluster-" + name + ".log").toFile()));
        pb.environment().putAll(env);
        pb.environment().put("ARBITER_CLUSTER", name);
        Process p = pb.start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("./arbiter " + String.join(" ", args) + " failed; see target/cluster-" + name + ".log");
        }
    }

    /** docker compose (plugin) or Debian's docker-compose, on this cluster's project. */
    String compose(String... args) throws Exception {
        boolean plugin = run(List.of("docker", "compose", "version")).exit == 0;
        List<String> command = new ArrayList<>(plugin ? List.of("docker", "compose") : List.of("docker-compose"));
        command.addAll(List.of("-p", name));
        command.addAll(Arrays.asList(args));
        return ok(command);
    }

    /** What every node logged, with timestamps, appended to target/cluster-NAME.log (kept when a test fails). */
    void keepLogs() throws Exception {
        java.nio.file.Files.writeString(Path.of("target", "cluster-" + name + ".log"), compose("logs", "--timestamps", "--no-color"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /** The host address of the n-th API node (1-based). */
    String api(int index) throws Exception {
        return "http://" + compose("port", "--index", String.valueOf(index), "api", "8080").trim().replace("0.0.0.0:", "localhost:");
    }

    /** One value from PostgreSQL, through psql in the database container. */
    String sql(String query) throws Exception {
        return compose("exec", "-T", "postgres", "psql", "-U", "arbiter", "-d", "arbiter", "-tAc", query).trim();
    }

    static String docker(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(Arrays.asList(args));
        return ok(command);
    }

    /** Lines of `docker <args>` output, none when empty. */
    static List<String> lines(String... args) throws Exception {
        String out = docker(args).trim();
        return out.isEmpty() ? List.of() : out.lines().toList();
    }

    private static String ok(List<String> command) throws Exception {
        Result r = run(command);
        if (r.exit != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + r.out);
        return r.out;
    }

    private record Result(int exit, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }
}
