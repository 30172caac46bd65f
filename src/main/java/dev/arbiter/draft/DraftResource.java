package dev.arbiter.draft;

import dev.arbiter.account.CurrentUser;
import dev.arbiter.common.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in user's draft of a problem in one language. */
@Path("/api/drafts/{slug}/{language}")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    public record Draft(String source) {
    }

    private final DraftService drafts;
    private final CurrentUser current;

    public DraftResource(DraftService drafts, CurrentUser current) {
        this.drafts = drafts;
        this.current = current;
    }

    @GET
    public Draft get(@PathParam("slug") String slug, @PathParam("language") String language) {
        return drafts.get(current.requireUserId(), slug, language).map(Draft::new)
                .orElseThrow(() -> ApiException.notFound("No draft"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("slug") String slug, @PathParam("language") String language, Draft draft) {
        drafts.save(current.requireUserId(), slug, language, draft == null ? null : draft.source());
        return Response.noContent().build();
    }
}
