package dev.arbiter.interview;

import dev.arbiter.account.CurrentUser;
import dev.arbiter.account.RequiresRole;
import dev.arbiter.account.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;

/** Interviewers create sessions and manage their invite links; every interviewer sees every session. */
@RequiresRole(Role.INTERVIEWER)
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    private final InterviewService interviews;
    private final InterviewConfig config;
    private final CurrentUser current;

    public InterviewResource(InterviewService interviews, InterviewConfig config, CurrentUser current) {
        this.interviews = interviews;
        this.config = config;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull(message = "a JSON body is required") InterviewDtos.CreateRequest request,
                           @Context UriInfo uri) {
        long me = current.requireRole(Role.INTERVIEWER).id;
        InterviewDtos.Invitation created = interviews.create(request, me, baseUrl(uri));
        return Response.created(URI.create("/api/interviews/" + created.id())).entity(created).build();
    }

    @GET
    public List<InterviewDtos.Summary> list() {
        current.requireRole(Role.INTERVIEWER);
        return interviews.list();
    }

    @GET
    @Path("/{id}")
    public InterviewDtos.Summary get(@PathParam("id") long id) {
        current.requireRole(Role.INTERVIEWER);
        return interviews.get(id);
    }

    /** A new invite link; the previous one stops working (410). */
    @POST
    @Path("/{id}/invite")
    public InterviewDtos.Invitation reissue(@PathParam("id") long id, @Context UriInfo uri) {
        current.requireRole(Role.INTERVIEWER);
        return interviews.reissue(id, baseUrl(uri));
    }

    @DELETE
    @Path("/{id}/invite")
    public InterviewDtos.Summary revoke(@PathParam("id") long id) {
        current.requireRole(Role.INTERVIEWER);
        return interviews.revoke(id);
    }

    private String baseUrl(UriInfo uri) {
        return config.publicUrl().orElse(uri.getBaseUri().toString());
    }
}
