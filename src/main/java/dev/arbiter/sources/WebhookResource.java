package dev.arbiter.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * The push webhook of a Git source (GitHub or GitLab): a valid signature queues a sync and answers 202 at once;
 * a bad or missing one is 401 and starts nothing. Pushes to other branches are acknowledged and ignored.
 */
@Path("/api/sources/{name}/hook")
public class WebhookResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourcesConfig config;
    private final SyncRunner runner;

    public WebhookResource(SourcesConfig config, SyncRunner runner) {
        this.config = config;
        this.runner = runner;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response hook(@PathParam("name") String name, byte[] body,
                         @HeaderParam("X-Hub-Signature-256") String github,
                         @HeaderParam("X-Gitlab-Token") String gitlab) {
        SourcesConfig.Repo repo = config.git().get(name);
        if (repo == null) throw ApiException.notFound("No problem source '" + name + "'");
        byte[] payload = body == null ? new byte[0] : body;
        if (!WebhookSignature.valid(repo.webhookSecret().orElse(null), payload, github, gitlab)) {
            throw new ApiException(401, "Bad or missing webhook signature");
        }
        String ref = ref(payload);
        if (ref != null && !ref.equals("refs/heads/" + repo.branch())) {
            return Response.accepted(Map.of("ignored", "a push to " + ref + ", not " + repo.branch())).build();
        }
        runner.request(name);
        return Response.accepted(Map.of("queued", name)).build();
    }

    private static String ref(byte[] payload) {
        try {
            JsonNode root = JSON.readTree(payload);
            return root == null || !root.path("ref").isTextual() ? null : root.get("ref").asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
