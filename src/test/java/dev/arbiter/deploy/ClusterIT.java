package dev.arbiter.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.arbiter.support.Solutions;
import dev.arbiter.support.SseClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose deployment, for real: `./arbiter cluster up` with two API nodes and two workers on this machine's
 * engine judges Python and Java through the API; a session and a progress stream work across API nodes; a worker
 * container killed mid-judging has its submission finished by the other, once, and its sandbox reaped; and
 * `./arbiter cluster down --volumes` leaves no container, network or volume behind.
 */
class ClusterIT {

    private static final String SLOW_ACCEPTED = Solutions.slowClimbingStairs(0.7);

    private final Cluster cluster = new Cluster("arbiter-it-" + UUID.randomUUID().toString().substring(0, 8), Map.of(
            "ARBITER_PUBLISH", "127.0.0.1::8080", "ARBITER_API_NODES", "2",
            "ARBITER_LEASE_SECONDS", "8", "ARBITER_HEARTBEAT_SECONDS", "2", "ARBITER_JAR_READY", "1"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Instant started = Instant.now();
    private boolean down;

    @Test
    void twoWorkersJudgeThroughTheApiAndOneFinishesWhatAKilledOneStarted() throws Exception {
        cluster.arbiter("cluster", "up", "--workers", "2");
        System.out.printf("ClusterIT: cluster up after %d s%n", seconds());
        String api1 = cluster.api(1);
        String api2 = cluster.api(2);

        for (String[] lang : new String[][]{{"python", "solution.py"}, {"java", "Solution.java"}}) {
            String source = Files.readString(Path.of("problems/climbing-stairs/solutions/accepted", lang[1]));
            JsonNode done = awaitDone(api1, submit(api1, null, lang[0], source), null);
            assertThat(done.path("verdict").asText()).as(lang[0]).isEqualTo("ACCEPTED");
        }

        // a session made on one API node is valid on the other; a submission made on one streams from the other
        String cookie = signUp(api1);
        assertThat(send(api2, "/api/auth/me", cookie, null).statusCode()).isEqualTo(200);
        String slow = submit(api1, cookie, "python", SLOW_ACCEPTED);
        SseClient stream = SseClient.open(http, HttpRequest.newBuilder(URI.create(api2 + "/api/submissions/" + slow + "/events"))
                .header("Cookie", cookie).build());

        await(() -> Integer.parseInt(cluster.sql("select count(*) from test_result where submission_id = '" + slow + "'")) >= 2);
        String owner = cluster.sql("select lease_owner from submission where id = '" + slow + "'");
        String host = owner.substring(0, owner.indexOf('/'));
        Cluster.docker("kill", host); // SIGKILL: no graceful stop, the lease has to run out
        System.out.printf("ClusterIT: killed worker %s mid-judging after %d s%n", host, seconds());

        JsonNode done = awaitDone(api1, slow, cookie);
        assertThat(done.path("verdict").asText()).isEqualTo("ACCEPTED");
        assertThat(done.path("attempt").asInt()).isEqualTo(2);
        assertThat(cluster.sql("select count(*) || ',' || min(attempt) || ',' || count(distinct ordinal) from test_result"
                + " where submission_id = '" + slow + "'")).isEqualTo(done.path("testsTotal").asInt() + ",2," + done.path("testsTotal").asInt());
        assertThat(cluster.sql("select lease_owner from submission where id = '" + slow + "'")).isEmpty();
        await(stream::closed);
        assertThat(stream.events).last().isEqualTo("done");
        // every user's submission finished; internal ones (a problem's own solutions, judged to calibrate its limits
        // while no user's submission waits) go on in the background of a fresh cluster
        assertThat(cluster.sql("select count(*) from submission where state <> 'DONE' and not internal")).isEqualTo("0");
        // the surviving worker removes the sandbox the killed one left on the shared engine
        await(() -> Cluster.lines("ps", "-aq", "--filter", "label=arbiter.node=" + host + "/1").isEmpty());

        cluster.arbiter("cluster", "down", "--volumes");
        down = true;
        assertThat(Cluster.lines("ps", "-aq", "--filter", "label=com.docker.compose.project=" + cluster.name)).isEmpty();
        assertThat(Cluster.lines("network", "ls", "-q", "--filter", "name=" + cluster.name)).isEmpty();
        assertThat(Cluster.lines("volume", "ls", "-q", "--filter", "name=" + cluster.name)).isEmpty();
        System.out.printf("ClusterIT: done in %d s%n", seconds());
    }

    @AfterEach
    void tearDown() throws Exception {
        if (down) return;
        // the test failed: what the queue held and what the nodes logged, for whoever reads the failure
        try {
            System.out.printf("ClusterIT: failed after %d s; the queue:%n%s%n", seconds(), cluster.sql("""
                    select internal, state, verdict, attempt, lease_owner, lease_until, started_at, finished_at
                      from submission order by created_at"""));
            cluster.keepLogs();
            System.out.println("ClusterIT: the nodes' logs are in target/cluster-" + cluster.name + ".log");
        } finally {
            cluster.arbiter("cluster", "down", "--volumes");
        }
    }

    private String submit(String api, String cookie, String language, String source) throws Exception {
        String body = "{\"problem\":\"climbing-stairs\",\"language\":\"" + language + "\",\"source\":" + TextNode.valueOf(source) + "}";
        HttpResponse<String> r = send(api, "/api/submissions", cookie, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).path("id").asText();
    }

    private String signUp(String api) throws Exception {
        HttpResponse<String> r = send(api, "/api/auth/signup", null, "{\"username\":\"cluster-user\",\"password\":\"correct horse\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("set-cookie").orElseThrow().split(";")[0];
    }

    private JsonNode awaitDone(String api, String id, String cookie) throws Exception {
        JsonNode[] view = new JsonNode[1];
        try {
            await(() -> {
                view[0] = json.readTree(send(api, "/api/submissions/" + id, cookie, null).body());
                return "DONE".equals(view[0].path("state").asText());
            });
        } catch (AssertionError e) {
            throw new AssertionError("submission " + id + " not done within 3 minutes; last seen: " + view[0], e);
        }
        return view[0];
    }

    private HttpResponse<String> send(String api, String path, String cookie, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) b.header("Cookie", cookie);
        if (body != null) b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long seconds() {
        return Duration.between(started, Instant.now()).toSeconds();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not reached within 3 minutes");
            Thread.sleep(250);
        }
    }
}
